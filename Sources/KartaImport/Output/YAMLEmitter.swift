/// A small, deterministic YAML writer for the content format: every text is a double-quoted
/// scalar with escapes, or a literal block scalar (`|-`) when it has several lines and a block can
/// hold it exactly; numbers, years and dates are written bare only where the format wants a
/// number or a date.
public enum YAMLEmitter {
    /// `"…"` with `\\`, `\"` and every character YAML would not keep as it is escaped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{A0}": result += "\\_"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if needsEscape(scalar) {
                    result += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFEFF
            || (0xD800...0xDFFF).contains(value) || value == 0xFFFE || value == 0xFFFF
            || (0xE000...0xF8FF).contains(value)
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Whether a literal block scalar (`|-`) reproduces the text exactly: several lines, no TABs,
    /// no spaces at line ends, no space or empty line at the start, no line break at the end, and
    /// only characters YAML keeps as they are.
    public static func fitsBlock(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "\n")), !text.hasSuffix("\n"), !text.hasPrefix("\n"), !text.hasPrefix(" ") else { return false }
        for scalar in text.unicodeScalars {
            if scalar == "\n" { continue }
            if scalar == "\t" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{A0}" || needsEscape(scalar) {
                return false
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.last == " " {
            return false
        }
        return true
    }

    /// `key: value` for a text at `indent` spaces, as a quoted scalar or a literal block.
    public static func text(_ key: String, _ value: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        guard fitsBlock(value) else { return "\(pad)\(key): \(quoted(value))\n" }
        let inner = String(repeating: " ", count: indent + 2)
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : inner + $0 }
        return "\(pad)\(key): |-\n" + lines.joined(separator: "\n") + "\n"
    }

    /// `["A", "B"]`.
    public static func list(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }

    // MARK: - Documents

    static func header(_ source: String, lines: ClosedRange<Int>) -> String {
        "# Imported by `karta import` from \(source), lines \(lines.lowerBound)–\(lines.upperBound). Check it against the original before publishing.\n"
    }

    static func approval(_ approval: ImportedApproval) -> String {
        var out = "approval:\n"
        if let heading = approval.heading { out += text("heading", heading, indent: 2) }
        out += text("kind", approval.kind, indent: 2)
        if let body = approval.body { out += text("body", body, indent: 2) }
        if let number = approval.number { out += text("number", number, indent: 2) }
        if let date = approval.date { out += "  date: \(date)\n" }
        out += text("text", approval.text, indent: 2)
        return out
    }

    /// `period: {from: 2020, to: 2021}`, with `academic: true` for school years.
    static func period(_ period: (from: Int, to: Int), academic: Bool) -> String {
        "period: {from: \(period.from), to: \(period.to)\(academic ? ", academic: true" : "")}\n"
    }

    static func columns(_ columns: [(key: String, title: String)]) -> String {
        "columns:\n" + columns.map { "  - {key: \($0.key), title: \(quoted($0.title))}\n" }.joined()
    }

    static func roadmap(_ roadmap: ImportedRoadmap, comment: String) -> String {
        var out = comment
        out += text("title", roadmap.title, indent: 0)
        if let source = roadmap.source { out += text("source", source, indent: 0) }
        if let approval = roadmap.approval { out += self.approval(approval) }
        if let period = roadmap.period { out += Self.period(period, academic: roadmap.academicPeriod) }
        out += columns(roadmap.columns)
        if let intro = roadmap.intro { out += text("intro", intro, indent: 0) }
        out += roadmap.sections.isEmpty ? "sections: []\n" : "sections:\n"
        for section in roadmap.sections {
            out += sectionHead(section)
            out += text("title", section.title, indent: 4)
            out += section.rows.isEmpty ? "    items: []\n" : "    items:\n"
            for item in section.rows {
                out += "      - id: \(item.id)\n"
                if let number = item.number { out += text("number", number, indent: 8) }
                out += text("text", item.text, indent: 8)
                if let deadline = item.deadline { out += text("deadline", deadline, indent: 8) }
                if !item.responsible.isEmpty { out += "        responsible: \(list(item.responsible))\n" }
                if !item.persons.isEmpty { out += "        persons: \(list(item.persons))\n" }
                if let indicator = item.indicator { out += text("indicator", indicator, indent: 8) }
                if let result = item.result { out += text("result", result, indent: 8) }
                if !item.subitems.isEmpty {
                    out += "        subitems:\n"
                    for subitem in item.subitems {
                        var lines = ""
                        if let number = subitem.number { lines += text("number", number, indent: 12) }
                        lines += text("text", subitem.text, indent: 12)
                        if let deadline = subitem.deadline { lines += text("deadline", deadline, indent: 12) }
                        if !subitem.responsible.isEmpty { lines += "            responsible: \(list(subitem.responsible))\n" }
                        if !subitem.persons.isEmpty { lines += "            persons: \(list(subitem.persons))\n" }
                        out += "          - " + lines.dropFirst(12)
                    }
                }
            }
        }
        if let outro = roadmap.outro { out += text("outro", outro, indent: 0) }
        return out
    }

    static func plan(_ plan: ImportedPlan, comment: String) -> String {
        var out = comment
        out += text("title", plan.title, indent: 0)
        if let approval = plan.approval { out += self.approval(approval) }
        if let period = plan.period { out += Self.period(period, academic: plan.academicPeriod) }
        out += columns(plan.columns)
        if let intro = plan.intro { out += text("intro", intro, indent: 0) }
        out += plan.sections.isEmpty ? "sections: []\n" : "sections:\n"
        for section in plan.sections {
            out += sectionHead(section)
            out += text("title", section.title, indent: 4)
            out += section.rows.isEmpty ? "    rows: []\n" : "    rows:\n"
            for row in section.rows {
                out += "      - id: \(row.id)\n"
                if let year = row.year { out += text("year", year, indent: 8) }
                for cell in row.cells { out += text(cell.key, cell.text, indent: 8) }
            }
        }
        return out
    }

    /// A section's first lines: its direction, marked when the importer guessed it.
    static func sectionHead<Row>(_ section: ImportedSection<Row>) -> String {
        "  - direction: \(section.direction)\n" + (section.directionGuessed ? "    direction_guessed: true\n" : "")
    }

    static func expectedResults(_ table: ImportedExpectedResults, comment: String) -> String {
        var out = comment
        out += text("title", table.title, indent: 0)
        if let caption = table.caption { out += text("caption", caption, indent: 0) }
        if let intro = table.intro { out += text("intro", intro, indent: 0) }
        out += "years: [\(table.years.map(String.init).joined(separator: ", "))]\n"
        out += table.sections.isEmpty ? "sections: []\n" : "sections:\n"
        for section in table.sections {
            out += sectionHead(section)
            out += text("title", section.title, indent: 4)
            out += section.rows.isEmpty ? "    rows: []\n" : "    rows:\n"
            for row in section.rows {
                out += "      - id: \(row.id)\n"
                for cell in row.cells { out += text(quoted(String(cell.year)), cell.text, indent: 8) }
            }
        }
        return out
    }

    static func page(_ page: ImportedPage, comment: String) -> String {
        "---\n" + comment + text("title", page.title, indent: 0) + "kind: page\n---\n" + page.body + "\n"
    }
}
