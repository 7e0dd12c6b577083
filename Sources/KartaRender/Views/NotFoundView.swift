/// The page servers show for an address that does not exist.
public struct NotFoundView: Sendable, Encodable {
    public var chrome: ChromeView
    public var homeURL: String
    public var searchURL: String
    public var glossaryURL: String
}
