/// Which way an indicator should move (the `better` column): up, down, or neither.
public enum IndicatorDirection: String, Sendable, CaseIterable, Codable {
    case higher
    case lower
    case neutral
}
