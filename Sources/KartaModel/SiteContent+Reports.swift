/// Lookups for annual reports and the indicators they show.
extension SiteContent {
    /// The reports of one entity, oldest first.
    public func reports(of entityID: String) -> [Report] {
        reports.filter { $0.entityID == entityID }
    }

    /// The entity's most recent report.
    public func latestReport(of entityID: String) -> Report? {
        reports(of: entityID).last
    }

    public func indicators(of entityID: String) -> IndicatorTable? {
        indicatorTables.first { $0.entityID == entityID }
    }
}
