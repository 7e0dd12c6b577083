/// The site's owner as the header, the footer and the page metadata show it.
public struct OwnerView: Sendable, Encodable {
    public var name: String
    public var shortName: String?
    /// The emblem's address from this page; nil without an emblem.
    public var emblemURL: String?
    public var address: String?
    public var phone: String?
    /// `tel:` with the digits of `phone` and a leading `+`, so a phone dials it.
    public var phoneURL: String?
    public var email: String?
    public var emailURL: String?
    public var hours: String?
    public var website: String?
    public var legalBasis: String?
}
