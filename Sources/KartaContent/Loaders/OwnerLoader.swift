import Foundation
import KartaModel

/// Reads `owner:` in `site.yaml`: who publishes the site, with contacts and an optional emblem.
enum OwnerLoader {
    static let keys = ["name", "short_name", "emblem", "address", "phone", "email", "hours", "website", "legal_basis"]

    /// `images`: the image files at the top of the content folder (`ContentTree.siteImages`).
    static func owner(_ map: MappingReader, reader: YAMLReader, images: Set<String>) -> SiteOwner? {
        let name = map.string("name", required: true)
        let email = map.string("email")
        if let email, !isEmailAddress(email) {
            reader.error(.ownerEmail, "owner.email must be an e-mail address such as \"info@example.ru\"", at: map.value("email"))
        }
        let website = map.string("website")
        if let website, BaseURL.normalised(website) == nil {
            reader.error(
                .ownerWebsite, "owner.website must be an absolute http:// or https:// address without spaces or quotes, such as \"https://obr.example.ru/\"",
                at: map.value("website"))
        }
        let emblem = map.string("emblem").flatMap { readEmblem(named: $0, node: map.value("emblem"), reader: reader, images: images) }
        guard let name else { return nil }
        return SiteOwner(
            name: name, shortName: map.string("short_name"), emblem: emblem, address: map.string("address"), phone: map.string("phone"),
            email: email, hours: map.string("hours"), website: website, legalBasis: map.string("legal_basis"))
    }

    private static func readEmblem(named fileName: String, node: YAMLNode?, reader: YAMLReader, images: Set<String>) -> SiteEmblem? {
        guard images.contains(fileName) else {
            let formats = SiteEmblem.fileExtensions.sorted().joined(separator: ", ")
            reader.error(
                .ownerEmblem, "owner.emblem must name an image file (\(formats)) at the top of the content folder, beside site.yaml; '\(fileName)' is not one",
                at: node)
            return nil
        }
        let path = (reader.file as NSString).deletingLastPathComponent + "/" + fileName
        if let size = ContentLimits.size(of: path), size > ContentLimits.maxFileBytes {
            reader.error(.tooLarge, ContentLimits.message(size: size), at: node)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            reader.error(.read, "the emblem '\(fileName)' could not be read", at: node)
            return nil
        }
        return SiteEmblem(fileName: fileName, bytes: Array(data))
    }

    /// One `@` with text on both sides and no spaces, quotes or angle brackets: enough to catch a phone
    /// number or a name in the wrong field without refusing real addresses.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { !$0.properties.isWhitespace && !"\"'<>(),;:".unicodeScalars.contains($0) }
    }
}
