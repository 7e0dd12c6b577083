/// Compiles Mustache text into instructions, with swift-mustache's rules for standalone lines (a
/// line holding only a section, comment, partial or block tag leaves no trace in the output),
/// inheritance (`{{<parent}}{{$block}}…{{/block}}{{/parent}}`), `{{=<% %>=}}` and
/// `{{% CONTENT_TYPE: … }}`, so pages come out byte for byte as they did through swift-mustache.
/// Works on UTF-8 bytes: every delimiter and name character is ASCII.
struct TemplateParser {
    let bytes: [UInt8]
    var position = 0

    /// A problem at a byte offset; `TemplateParser.compile` turns it into a line and column.
    struct Failure: Error {
        var message: String
        var offset: Int
    }

    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// Where the open section's tag starts, for "never closed".
        var sectionOffset = 0
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [UInt8] = Array("{{".utf8)
        var endDelimiter: [UInt8] = Array("}}".utf8)
        var partialDefinitionIndent: ArraySlice<UInt8>?

        func inSection(_ name: String, transforms: [String], at offset: Int, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.sectionOffset = offset
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inInheritance(_ name: String, at offset: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.sectionOffset = offset
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    static func compile(_ text: String) throws(TemplateSyntaxError) -> [TemplateInstruction] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        do {
            return try parser.parse(State())
        } catch {
            let (line, column) = parser.lineAndColumn(of: error.offset)
            throw TemplateSyntaxError(error.message, line: line, column: column)
        }
    }

    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        // Columns count characters (UTF-8 continuation bytes are not counted).
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    // MARK: Reading

    var atEnd: Bool { position >= bytes.count }
    var current: UInt8 { atEnd ? 0 : bytes[position] }

    /// The length of the line break at `offset` (`\n` or `\r\n`), 0 when there is none.
    func newlineLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        if bytes[offset] == UInt8(ascii: "\n") { return 1 }
        if bytes[offset] == UInt8(ascii: "\r"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") { return 2 }
        return 0
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    @discardableResult
    mutating func read(while condition: (UInt8) -> Bool) -> ArraySlice<UInt8> {
        let start = position
        while !atEnd, condition(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// Reads `expected` if it is next.
    mutating func read(_ expected: [UInt8]) -> Bool {
        guard position + expected.count <= bytes.count, bytes[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    /// Text up to a line break (not read) or the start delimiter (read); at the end of the text, all of it.
    mutating func readUntilDelimiterOrNewline(_ state: State) -> ArraySlice<UInt8> {
        let start = position
        let first = state.startDelimiter[0]
        while !atEnd {
            if newlineLength(at: position) > 0 { return bytes[start..<position] }
            if bytes[position] == first {
                let end = position
                if read(state.startDelimiter) { return bytes[start..<end] }
            }
            position += 1
        }
        return bytes[start..<position]
    }

    /// After a tag: only blanks up to the end of the line (or text)? Then they and the line break are read.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var offset = position
        while offset < bytes.count, Self.isBlank(bytes[offset]) { offset += 1 }
        let length = newlineLength(at: offset)
        guard length > 0 else { return false }
        position = offset + length
        return true
    }
}
