public struct GlossaryView: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public var anchor: String
        public var abbreviation: String
        public var full: String
        /// In a territory's section: the abbreviation and the expansion, escaped and marked to be typeset
        /// through its glossary.
        public var abbreviationHTML: String? = nil
        public var fullHTML: String? = nil
        public var kind: String
        public var variants: String?
        public var note: String?
    }

    /// A territory's own glossary (`glossary.yaml` in its entity folder).
    public struct Territory: Sendable, Encodable {
        public var anchor: String
        public var name: String
        public var url: String
        public var entries: [Entry]
    }

    public var chrome: ChromeView
    public var entries: [Entry]
    public var territories: [Territory]
    public var count: String
}
