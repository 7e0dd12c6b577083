/// Unique page addresses from base slugs: the base itself when free, else the base with the first free
/// number from 2 (`dit`, `dit-2`, `dit-3`).
///
/// Each base remembers the number to try next: every number below it was tried and is taken (taken
/// addresses are never freed). Probing from 2 each time was quadratic in the bodies sharing a base: the
/// directors of thousands of schools with one folder name («sosh-1») in a country, minutes on one core.
struct SlugNumbering {
    private var used: Set<String> = []
    private var nextNumber: [String: Int] = [:]

    mutating func slug(for base: String) -> String {
        var slug = base
        var number = nextNumber[base, default: 2]
        while !used.insert(slug).inserted {
            slug = "\(base)-\(number)"
            number += 1
        }
        nextNumber[base] = number
        return slug
    }
}
