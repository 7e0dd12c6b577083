import Foundation
import KartaDiff
import KartaDiffRender
import Testing

/// `karta diff --format json` against the JSON Schema that `docs/diff.md` publishes.
@Suite("karta diff: JSON schema")
struct DiffJSONSchemaTests {
    /// The first ```json block under «## The JSON form» of `docs/diff.md`: the page and the test read the same schema.
    static func schema() throws -> JSONValue {
        let page = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/diff.md"), encoding: .utf8)
        let section = try #require(page.range(of: "## The JSON form"), "docs/diff.md has no JSON form section")
        let open = try #require(page.range(of: "```json\n", range: section.upperBound..<page.endIndex))
        let close = try #require(page.range(of: "\n```", range: open.upperBound..<page.endIndex))
        return try JSONValue.decode(Data(page[open.upperBound..<close.lowerBound].utf8))
    }

    /// A fixture diff with every kind of change: rows changed, moved, added, removed and renamed,
    /// paragraphs added and moved, a pipe-table row, a report's execution and front matter.
    static func fixtureJSON() throws -> JSONValue {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            let site = fixture.new
            let roadmap = DiffFixture.roadmap
            try site.replace("Проведение региональных", with: "Проведение муниципальных", in: roadmap)
            try site.replace(#"deadline: "октябрь 2024""#, with: #"deadline: "декабрь 2024""#, in: roadmap)
            try site.replace(
                "оценочных процедур\"\n        deadline: \"2024\"\n        responsible: [\"ИРО\"]",
                with: "оценочных процедур\"\n        deadline: \"2024\"\n        responsible: [\"ИРО\", \"ОО\"]", in: roadmap)
            try site.replace("id: nb-3\n", with: "id: nb-3-new\n", in: roadmap)
            try site.replace(#"оценки качества - \"ВПР\""#, with: "оценки качества — «ВПР»", in: roadmap)
            try site.remove("""
                      - id: ob-2
                        number: "3.2"
                        text: "Формирование муниципального банка контрольно-измерительных материалов"
                        deadline: "2024 г."
                        responsible: ["ИРО"]

                """, in: roadmap)
            try site.replace("    items:\n      - id: ob-1", with: """
                    items:
                      - id: ob-0
                        number: "3.0"
                        text: "Создание муниципальной группы общественных наблюдателей"
                        deadline: "январь 2024"
                        responsible: ["МОУО"]
                      - id: ob-1
                """, in: roadmap)
            // Two neighbours swapped: one of them moves.
            let text = try site.read(roadmap)
            let first = text.range(of: "      - id: nb-1")!.lowerBound
            let second = text.range(of: "      - id: nb-2")!.lowerBound
            let third = text.range(of: "      - id: nb-3-new")!.lowerBound
            try site.write(
                String(text[..<first]) + String(text[second..<third]) + String(text[first..<second]) + String(text[third...]), to: roadmap)
            let paragraph = "Система оценки качества образования включает региональные и муниципальные процедуры.\n\n"
            try site.remove(paragraph, in: DiffFixture.concept)
            try site.replace("## Выводы\n\n", with: "## Выводы\n\nНовый абзац о результатах мониторинга.\n\n" + paragraph, in: DiffFixture.concept)
            try site.replace("| Доля участников олимпиад | 40 % |", with: "| Доля участников олимпиад | 45 % |", in: DiffFixture.concept)
            try site.remove("Концепция определяет цели, принципы и направления развития муниципальной системы оценки качества образования.\n\n", in: DiffFixture.concept)
            try site.replace("    tq-1: not-done", with: "    tq-1: done", in: ExecutionDiffTests.report)
            try site.replace("3 семинара", with: "4 семинара", in: ExecutionDiffTests.report)
            try site.replace(#"compiled_by: "Управление образованием""#, with: #"compiled_by: "Управление образования""#, in: ExecutionDiffTests.report)
            return try JSONValue.decode(DiffReport(fixture.diff()).json())
        }
    }

    static func changes(_ json: JSONValue) -> [[String: JSONValue]] {
        guard case .object(let root) = json, case .array(let pages)? = root["pages"] else { return [] }
        return pages.flatMap { page -> [[String: JSONValue]] in
            guard case .object(let page) = page, case .array(let changes)? = page["changes"] else { return [] }
            return changes.compactMap { if case .object(let change) = $0 { change } else { nil } }
        }
    }

    @Test func outputOfAFixtureDiffMatchesTheSchema() throws {
        let json = try Self.fixtureJSON()
        let checker = JSONSchemaChecker(root: try Self.schema())
        #expect(checker.problems(json) == [])
        // The fixture covers every action and both kinds of document, so the schema is exercised, not passed vacuously.
        let actions = Set(Self.changes(json).compactMap { if case .string(let action)? = $0["action"] { action } else { nil } })
        #expect(actions == ["added", "removed", "changed", "moved"])
        #expect(Self.changes(json).contains { $0["block"] == .string("execution") })
    }

    /// A document with hidden edits only is listed, with the action `unchanged`.
    @Test func hiddenEditsAloneMatchTheSchema() throws {
        let json = try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try fixture.new.replace(HiddenEditsTests.typography.0, with: HiddenEditsTests.typography.1, in: DiffFixture.roadmap)
            try fixture.new.replace(HiddenEditsTests.body.0, with: HiddenEditsTests.body.1, in: DiffFixture.roadmap)
            return try JSONValue.decode(DiffReport(fixture.diff()).json())
        }
        #expect(JSONSchemaChecker(root: try Self.schema()).problems(json) == [])
        guard case .object(let root) = json, case .array(let pages)? = root["pages"], case .object(let page)? = pages.first else {
            Issue.record("no page: \(json)")
            return
        }
        #expect(page["action"] == .string("unchanged"))
    }

    @Test func addedAndRemovedCarryTheWholeItem() throws {
        let changes = Self.changes(try Self.fixtureJSON())
        let added = try #require(changes.first { $0["id"] == .string("ob-0") })
        guard case .object(let item)? = added["item"], case .object(let cells)? = item["cells"] else {
            Issue.record("no item for the added row: \(added)")
            return
        }
        #expect(item["text"] == .string("Создание муниципальной группы общественных наблюдателей"))
        #expect(cells["deadline"] == .string("январь 2024") && cells["responsible"] == .string("МОУО"))
        let removed = try #require(changes.first { $0["id"] == .string("ob-2") })
        #expect(removed["action"] == .string("removed"))
        guard case .object(let removedItem)? = removed["item"] else {
            Issue.record("no item for the removed row")
            return
        }
        #expect(removedItem["number"] == .string("3.2"))
    }

    /// Edits put together give back both texts: equal and deleted runs the old one, equal and inserted the new.
    @Test func textEditsRebuildBothTexts() throws {
        let fields = Self.changes(try Self.fixtureJSON()).flatMap { change -> [[String: JSONValue]] in
            guard case .array(let fields)? = change["fields"] else { return [] }
            return fields.compactMap { if case .object(let field) = $0 { field } else { nil } }
        }
        let withEdits = fields.filter { $0["edits"] != nil }
        #expect(withEdits.count >= 3)
        for field in withEdits {
            guard case .array(let edits)? = field["edits"], case .string(let old)? = field["old"], case .string(let new)? = field["new"] else {
                Issue.record("edits without old and new: \(field)")
                continue
            }
            let runs = edits.compactMap { edit -> (String, String)? in
                guard case .object(let edit) = edit, case .string(let op)? = edit["op"], case .string(let text)? = edit["text"] else { return nil }
                return (op, text)
            }
            #expect(runs.filter { $0.0 != "insert" }.map(\.1).joined() == old, "\(field)")
            #expect(runs.filter { $0.0 != "delete" }.map(\.1).joined() == new, "\(field)")
        }
    }

    /// The checker itself: it finds what breaks the schema.
    @Test func checkerRejectsWhatTheSchemaForbids() throws {
        let checker = JSONSchemaChecker(root: try Self.schema())
        var json = try Self.fixtureJSON()
        guard case .object(var root) = json, case .array(var pages)? = root["pages"], case .object(var page) = pages[0],
              case .array(var changes)? = page["changes"], case .object(var change) = changes[0]
        else {
            Issue.record("unexpected JSON")
            return
        }
        change["action"] = .string("unchanged")
        change["extra"] = .bool(true)
        changes[0] = .object(change)
        page["changes"] = .array(changes)
        page["added"] = .integer(-1)
        pages[0] = .object(page)
        root["pages"] = .array(pages)
        root["$karta"] = nil
        json = .object(root)
        let problems = checker.problems(json)
        #expect(problems.contains("$: '$karta' is missing"))
        #expect(problems.contains("$.pages[0].added: -1 is below 0"))
        #expect(problems.contains { $0.hasPrefix("$.pages[0].changes[0].action:") })
        #expect(problems.contains("$.pages[0].changes[0]: 'extra' is not allowed"))
        let added = try JSONValue.decode(Data(#"{"change": 1, "anchor": "a", "action": "added", "moved": false, "fields": []}"#.utf8))
        #expect(!JSONSchemaChecker(root: .object(["$ref": .string("#/$defs/change"), "$defs": Self.definitions(try Self.schema())])).problems(added).isEmpty)
    }

    static func definitions(_ schema: JSONValue) -> JSONValue {
        if case .object(let root) = schema, let definitions = root["$defs"] { definitions } else { .null }
    }
}
