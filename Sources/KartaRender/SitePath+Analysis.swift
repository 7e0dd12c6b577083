/// Addresses of the analysis pages: Karta's reading of the documents, kept apart from them.
extension SitePath {
    /// The list of analysis pages; `analysis` is reserved at every depth of the content for them.
    public static let analysisIndex = "analysis/"
    /// `/sverdlovskaya-oblast/analysis/`: one entity's management cycle and its activities' stages.
    public static func entityAnalysis(_ entityID: String) -> String { entity(entityID) + "analysis/" }
    /// `/directions/ID/analysis/`: every body's management cycle in one direction.
    public static func directionAnalysis(_ id: String) -> String { direction(id) + "analysis/" }
}
