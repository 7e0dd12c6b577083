/// Decodes the character references Karta, cmark and the templates write: the five XML ones,
/// `&nbsp;` and numeric references. Unknown named references are kept as written. The one decoder
/// for the link checker (attribute values) and plain text (search index, descriptions).
public enum CharacterReferences {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]

    public static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = String(rest[afterAmpersand..<semicolon])
            if let decoded = decodeReference(name) {
                result += decoded
            } else {
                result += "&" + name + ";"
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func decodeReference(_ name: String) -> String? {
        if let value = named[name] { return value }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
