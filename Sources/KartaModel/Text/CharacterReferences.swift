/// Decodes the character references Karta, cmark and the templates write: the five XML ones,
/// `&nbsp;` and numeric references. Unknown named references are kept as written. The one decoder
/// for the link checker (attribute values) and plain text (search index, descriptions).
public enum CharacterReferences {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]

    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        // Every activity of the search index passes through here. Where each scalar is a character
        // (no CR LF, nothing joined), the bytes give what the walk by `Character` gives.
        guard !SingleScalarGraphemes.holdOnly(text) || text.utf8.contains(UInt8(ascii: "\r")) else { return decodeBytes(text) }
        return decodeCharacters(text)
    }

    /// `decode` by `Character`: a reference's `;` is looked for within the twelve characters after `&`.
    static func decodeCharacters(_ text: String) -> String {
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

    /// `decode` over UTF-8 bytes: a reference's `;` is looked for within the twelve scalars after `&`.
    static func decodeBytes(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&") else {
                result.append(bytes[index])
                index += 1
                continue
            }
            var semicolon: Int?
            var scalars = 0
            var probe = index + 1
            while probe < bytes.count, scalars < 12 {
                if bytes[probe] & 0xC0 != 0x80 {
                    if bytes[probe] == UInt8(ascii: ";") {
                        semicolon = probe
                        break
                    }
                    scalars += 1
                }
                probe += 1
            }
            guard let semicolon else {
                result.append(UInt8(ascii: "&"))
                index += 1
                continue
            }
            let name = bytes[(index + 1)..<semicolon]
            if let decoded = decodeReference(String(decoding: name, as: UTF8.self)) {
                result += decoded.utf8
            } else {
                result += bytes[index...semicolon]
            }
            index = semicolon + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func decodeReference(_ name: String) -> String? {
        if let value = named[name] { return value }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
