/// The plan or schedule a deadline defers to: an assessment programme's official schedule, or a document
/// named in the nominative («План-график», «график», «план Управления образования»).
public enum ScheduleReference: Sendable, Hashable {
    case programme(AssessmentProgramme)
    case document(String)

    /// The JSON string: the programme abbreviation or the document name.
    public var name: String {
        switch self {
        case .programme(let programme): programme.rawValue
        case .document(let name): name
        }
    }
}
