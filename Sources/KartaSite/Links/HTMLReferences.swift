import KartaModel

/// The links and anchors of one HTML file, read with a small tolerant tokenizer.
///
/// Only what a link check needs: every `href`, `src`, `srcset`, `action` and `poster` value with its
/// position, every `id` (and `name` on `<a>`), and a `<base href>`. Comments, `<script>` and `<style>`
/// bodies are skipped; character references in attribute values are decoded.
struct HTMLReferences {
    struct Reference: Equatable {
        var attribute: String
        var value: String
        var line: Int
        var column: Int
    }

    var references: [Reference] = []
    var anchors: Set<String> = []
    var base: String?

    static let linkAttributes: Set<String> = ["href", "src", "srcset", "action", "poster"]

    init(html: String) {
        let bytes = Array(html.utf8)
        var scanner = Scanner(bytes: bytes)
        while let tag = scanner.nextTag() {
            for attribute in tag.attributes {
                if attribute.name == "id" || (attribute.name == "name" && tag.name == "a") {
                    anchors.insert(attribute.value)
                }
                if tag.name == "base", attribute.name == "href" {
                    base = attribute.value
                    continue
                }
                guard Self.linkAttributes.contains(attribute.name) else { continue }
                if attribute.name == "srcset" {
                    for candidate in attribute.value.split(separator: ",") {
                        let url = candidate.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first.map(String.init) ?? ""
                        references.append(Reference(attribute: "srcset", value: url, line: attribute.line, column: attribute.column))
                    }
                } else {
                    references.append(Reference(attribute: attribute.name, value: attribute.value, line: attribute.line, column: attribute.column))
                }
            }
        }
    }
}

/// Walks the bytes of a document tag by tag, keeping line and column.
private struct Scanner {
    struct Attribute {
        var name: String
        var value: String
        var line: Int
        var column: Int
    }

    struct Tag {
        var name: String
        var attributes: [Attribute]
    }

    let bytes: [UInt8]
    var index = 0
    var line = 1
    /// Index of the first byte of the current line.
    var lineStart = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Column in Unicode scalars, as `SourceLocation` counts: UTF-8 continuation bytes do not count.
    func column(at position: Int) -> Int {
        var count = 1
        var cursor = lineStart
        while cursor < position {
            if bytes[cursor] & 0xC0 != 0x80 { count += 1 }
            cursor += 1
        }
        return count
    }

    mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    mutating func skip(past marker: [UInt8]) {
        while index < bytes.count {
            if bytes[index] == marker[0], index + marker.count <= bytes.count, Array(bytes[index..<index + marker.count]) == marker {
                for _ in marker { advance() }
                return
            }
            advance()
        }
    }

    /// Skips to the closing tag of a raw-text element (`</script`, `</style`), case-insensitively.
    mutating func skipRawText(_ name: String) {
        let closing = Array("</\(name)".utf8)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + closing.count <= bytes.count,
               zip(bytes[index..<index + closing.count], closing).allSatisfy({ lower($0) == $1 }) {
                return
            }
            advance()
        }
    }

    func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    mutating func nextTag() -> Tag? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                advance()
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                skip(past: Array("-->".utf8))
                continue
            }
            advance()
            guard index < bytes.count else { return nil }
            let first = bytes[index]
            if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") || first == UInt8(ascii: "/") {
                skip(past: [UInt8(ascii: ">")])
                continue
            }
            guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower(first)) else { continue }
            let tag = readTag()
            if tag.name == "script" || tag.name == "style" { skipRawText(tag.name) }
            return tag
        }
        return nil
    }

    mutating func readName() -> String {
        var name: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") { break }
            name.append(lower(byte))
            advance()
        }
        return String(decoding: name, as: UTF8.self)
    }

    mutating func skipSpaces() {
        while index < bytes.count, isSpace(bytes[index]) { advance() }
    }

    mutating func readTag() -> Tag {
        let name = readName()
        var attributes: [Attribute] = []
        while index < bytes.count {
            skipSpaces()
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ">") {
                advance()
                break
            }
            if bytes[index] == UInt8(ascii: "/") {
                advance()
                continue
            }
            let attributeName = readName()
            if attributeName.isEmpty {
                advance()
                continue
            }
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                attributes.append(Attribute(name: attributeName, value: "", line: line, column: column(at: index)))
                continue
            }
            advance()
            skipSpaces()
            guard index < bytes.count else { break }
            let quote = bytes[index]
            var value: [UInt8] = []
            let valueLine: Int
            let valueColumn: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                advance()
                valueLine = line
                valueColumn = column(at: index)
                while index < bytes.count, bytes[index] != quote {
                    value.append(bytes[index])
                    advance()
                }
                if index < bytes.count { advance() }
            } else {
                valueLine = line
                valueColumn = column(at: index)
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                    value.append(bytes[index])
                    advance()
                }
            }
            let text = CharacterReferences.decode(String(decoding: value, as: UTF8.self))
            attributes.append(Attribute(name: attributeName, value: text, line: valueLine, column: valueColumn))
        }
        return Tag(name: name, attributes: attributes)
    }
}
