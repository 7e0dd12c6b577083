/// Anchors inside a report page.
enum ReportAnchor {
    static func section(_ index: Int, _ kind: String) -> String { "report-\(index + 1)-\(kind)" }
    static func part(_ section: String, _ index: Int) -> String { "\(section)-\(index + 1)" }
}
