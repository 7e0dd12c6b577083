public struct GlossaryView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var anchor: String
        public var abbreviation: String
        public var full: String
        public var kind: String
        public var variants: String?
        public var note: String?
        public var uncertain: Bool
    }

    public var chrome: ChromeView
    public var entries: [Entry]
    public var count: String
}
