/// A set of scalars a stem pattern accepts at one position: `[а-яё]`, `[«"]`, `\S`.
struct ScalarClass: Sendable, Equatable {
    var ranges: [ClosedRange<UInt32>]
    /// `\S`: anything but what ICU's `\s` matches.
    var isNotSpace = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if isNotSpace { return !Self.isSpace(scalar) }
        return ranges.contains { $0.contains(scalar.value) }
    }

    static let notSpace = ScalarClass(ranges: [], isNotSpace: true)

    /// ICU's `\s`: `[\t\n\f\r\p{Z}]`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\u{0C}", "\r", " ": return true
        case _ where scalar.value < 0x80 || (0x400...0x52F).contains(scalar.value): return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
