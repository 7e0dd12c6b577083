/// A piece of a report body: author's Markdown, or a section Karta generates in its place.
public enum ReportBlock: Sendable {
    /// Markdown text and the line of the file it starts on.
    case markdown(String, line: Int)
    case section(ReportSection)
}
