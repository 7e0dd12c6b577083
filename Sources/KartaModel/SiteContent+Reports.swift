/// Lookups for annual reports and the indicators they show.
extension SiteContent {
    /// The entity's most recent report.
    public func latestReport(of entityID: String) -> Report? {
        reports(of: entityID).last
    }
}
