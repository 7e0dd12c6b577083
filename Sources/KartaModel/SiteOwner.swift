/// The organisation that publishes the site (`owner:` in `site.yaml`): shown in the header and footer
/// of every page and in the page metadata, as Russian government sites show theirs.
public struct SiteOwner: Sendable, Equatable {
    /// The full name: «Министерство образования и науки Тамбовской области».
    public var name: String
    /// The short name used where space is tight (the header on a phone); nil to use `name`.
    public var shortName: String?
    /// An image at the top of the content folder, published under `assets/owner/`.
    public var emblem: SiteEmblem?
    public var address: String?
    public var phone: String?
    public var email: String?
    /// «пн–чт 9:00–18:00, пт 9:00–16:45»
    public var hours: String?
    /// The organisation's main site (an absolute http:// or https:// address).
    public var website: String?
    /// What the site is published under: «Приказ министерства от 01.02.2019 № 87».
    public var legalBasis: String?

    public init(
        name: String, shortName: String? = nil, emblem: SiteEmblem? = nil, address: String? = nil, phone: String? = nil,
        email: String? = nil, hours: String? = nil, website: String? = nil, legalBasis: String? = nil
    ) {
        self.name = name
        self.shortName = shortName
        self.emblem = emblem
        self.address = address
        self.phone = phone
        self.email = email
        self.hours = hours
        self.website = website
        self.legalBasis = legalBasis
    }
}
