import KartaModel

/// Addresses of annual reports: `/ENTITY/reports/` lists them, `/ENTITY/reports/YYYY/` is one, and
/// its PDF (built with `karta build --pdf`) sits beside it.
extension SitePath {
    public static func reportIndex(_ entityID: String) -> String { "\(entityID)/reports/" }
    public static func report(_ report: Report) -> String { "\(report.entityID)/reports/\(report.year)/" }

    /// `kachkanar-2020.pdf`: named after the entity and year, so a saved copy says what it is.
    public static func reportPDF(_ report: Report) -> String {
        let name = report.entityID.split(separator: "/").last.map(String.init) ?? "report"
        return self.report(report) + "\(name)-\(report.year).pdf"
    }
}
