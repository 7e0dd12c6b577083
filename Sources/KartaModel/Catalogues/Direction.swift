/// A direction (направление) of the quality-management methodology, from `directions.yaml`.
public struct Direction: Sendable, Identifiable, Hashable {
    public enum Group: String, Sendable, CaseIterable {
        /// Mechanisms for managing the quality of educational results.
        case results
        /// Mechanisms for managing the quality of educational activity.
        case activity
        /// Sections outside the methodology, such as the normative base.
        case none
    }

    public var id: String
    public var title: String
    public var shortTitle: String?
    public var group: Group
    public var location: SourceLocation

    public init(id: String, title: String, shortTitle: String? = nil, group: Group, location: SourceLocation) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.group = group
        self.location = location
    }
}
