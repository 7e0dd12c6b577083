import Foundation
import KartaTemplates
import Synchronization
import Testing

/// A `TemplateList` renders exactly as the array of its elements would, and makes each element only
/// when the template reaches it, so a roadmap page of 200,000 rows never holds them all (issue 19).
@Suite("Template lists made as they are rendered")
struct TemplateListTests {
    struct Row: Encodable, Sendable {
        var label: String
        var note: String?
    }

    struct Page<Rows: Encodable & Sendable>: Encodable, Sendable {
        var title = "Таблица"
        var note = "внешняя"
        var rows: Rows
        var none: Rows
    }

    static let rows = [Row(label: "А <1>", note: "1"), Row(label: "Б", note: nil), Row(label: "В", note: "3")]

    static let templates = [
        "{{#rows}}<{{label}}|{{note}}|{{title}}>{{/rows}}",
        "{{^rows}}пусто{{/rows}}{{^none}}нет строк{{/none}}{{#none}}x{{/none}}",
        "{{count(rows)}} {{#first(rows)}}{{label}}{{/first(rows)}} {{#last(rows)}}{{label}}{{/last(rows)}}",
        "{{^empty(rows)}}есть{{/empty(rows)}}{{#empty(none)}}нет{{/empty(none)}}",
        "{{#reversed(rows)}}{{label}};{{/reversed(rows)}}",
        "<ul>\n{{#rows}}\n  <li>{{label}}</li>\n{{/rows}}\n</ul>\n",
    ]

    static func render<Rows: Encodable & Sendable>(_ page: Page<Rows>, _ template: String) throws -> String {
        var library = TemplateLibrary()
        try library.add(template, named: "page")
        return String(decoding: library.render(page, template: "page") ?? [], as: UTF8.self)
    }

    @Test(arguments: templates)
    func rendersAsTheArrayWould(template: String) throws {
        let lazy = Page(rows: TemplateList(Self.rows), none: TemplateList([Row]()))
        let eager = Page(rows: Self.rows, none: [Row]())
        #expect(try Self.render(lazy, template) == Self.render(eager, template))
    }

    @Test func elementsAreMadeOnlyWhenRendered() throws {
        let made = Mutex(0)
        let rows = TemplateList(count: 1_000) { index in
            made.withLock { $0 += 1 }
            return Row(label: "\(index)")
        }
        var library = TemplateLibrary()
        try library.add("{{#rows}}{{label}},{{/rows}}", named: "page")
        let value = TemplateEncoder.value(of: Page(rows: rows, none: TemplateList([Row]())))
        #expect(made.withLock { $0 } == 0)
        let output = String(decoding: library.render(value, template: "page") ?? [], as: UTF8.self)
        #expect(made.withLock { $0 } == 1_000)
        #expect(output.hasPrefix("0,1,2,") && output.hasSuffix("998,999,"))
    }

    @Test func otherEncodersSeeAnArray() throws {
        // Sorted keys: Foundation on Linux writes an object's keys in hash order, which differs between encodes.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(TemplateList(Self.rows))
        #expect(String(decoding: json, as: UTF8.self) == String(decoding: try encoder.encode(Self.rows), as: UTF8.self))
    }
}
