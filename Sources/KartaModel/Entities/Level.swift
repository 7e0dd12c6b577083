/// The administrative level an entity belongs to: region → municipality → school.
public enum Level: String, Sendable, CaseIterable, Codable {
    case region
    case municipality
    case school

    /// Levels an entity of this level may sit under (a school may belong to a region directly).
    public var allowedParents: [Level] {
        switch self {
        case .region: []
        case .municipality: [.region]
        case .school: [.municipality, .region]
        }
    }
}
