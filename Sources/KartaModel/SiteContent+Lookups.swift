/// An entity's documents, found by binary search: the lists are sorted by entity first (`SiteContent.init`),
/// so each lookup is O(log n) instead of a scan of the whole site. At country scale (42,000 entities, each
/// with a roadmap and a report) a scan per report made validation quadratic: hours instead of seconds.
extension SiteContent {
    public func roadmaps(of entityID: String) -> ArraySlice<Roadmap> {
        roadmaps[Self.range(of: entityID, in: roadmaps, by: \.entityID)]
    }

    public func plans(of entityID: String) -> ArraySlice<LevelPlan> {
        plans[Self.range(of: entityID, in: plans, by: \.entityID)]
    }

    public func expectedResults(of entityID: String) -> ArraySlice<ExpectedResults> {
        expectedResults[Self.range(of: entityID, in: expectedResults, by: \.entityID)]
    }

    /// The reports of one entity, oldest first.
    public func reports(of entityID: String) -> ArraySlice<Report> {
        reports[Self.range(of: entityID, in: reports, by: \.entityID)]
    }

    /// The entity's most recent report.
    public func latestReport(of entityID: String) -> Report? {
        reports(of: entityID).last
    }

    public func indicators(of entityID: String) -> IndicatorTable? {
        indicatorTables[Self.range(of: entityID, in: indicatorTables, by: \.entityID)].first
    }

    /// The run of `elements` (sorted by `key`) whose key is `value`.
    static func range<Element>(of value: String, in elements: [Element], by key: (Element) -> String) -> Range<Int> {
        func firstIndex(where isAfter: (String) -> Bool) -> Int {
            var low = 0
            var high = elements.count
            while low < high {
                let middle = (low + high) / 2
                if isAfter(key(elements[middle])) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        return firstIndex { $0 >= value }..<firstIndex { $0 > value }
    }
}
