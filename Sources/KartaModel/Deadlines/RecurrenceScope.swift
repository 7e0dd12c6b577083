/// Whom a repeat is counted for: «для каждой образовательной организации» means every school gets its own cycle.
public enum RecurrenceScope: String, Sendable, Hashable, CaseIterable, Encodable {
    case perOrganization = "per_organization"
}
