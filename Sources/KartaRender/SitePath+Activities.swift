import KartaModel

/// Addresses of the pages that read activities across documents: years, directions.
extension SitePath {
    /// The list of years; `years` is reserved at the top level of the content for it.
    public static let yearIndex = "years/"
    /// `/2022/`: every activity due that year (four-digit names are reserved at the top level).
    public static func year(_ year: Int) -> String { "\(year)/" }
    /// `/2022/sverdlovskaya-oblast/kachkanar/`: one entity's activities that year.
    public static func entityYear(_ entityID: String, _ year: Int) -> String { "\(year)/\(entityID)/" }
    public static let directionIndex = "directions/"
    public static func direction(_ id: String) -> String { "directions/\(id)/" }

    /// The page of the roadmap or plan that prints an activity.
    public static func document(of activity: Activity) -> String {
        switch activity.source {
        case .roadmap: "\(activity.entityID)/roadmaps/\(activity.documentID)/"
        case .plan: "\(activity.entityID)/plans/\(activity.documentID)/"
        }
    }
}
