import Foundation
import Testing

/// `karta diff --format json` on copies of the bundled `Content/` with one edit each: exactly the expected rows (issue 17, «Done when»).
@Suite("karta diff: edits of the bundled content", .enabled(if: KartaExecutable.url != nil, "the karta executable was not found next to the tests"))
struct BundledContentDiffTests {
    static let content = TestPaths.packageRoot.appendingPathComponent("Content")
    static let report = "sverdlovskaya-oblast/pervouralsk/reports/2022.md"
    static let roadmap = "sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020.yaml"

    /// Copies the bundled content as `old` and `new`, lets `edit` change `new`, and returns the JSON diff.
    func diff(_ edit: (ContentFixture) throws -> Void) throws -> JSONValue {
        try withTemporaryDirectory { folder in
            for name in ["old", "new"] { try FileManager.default.copyItem(at: Self.content, to: folder.appendingPathComponent(name)) }
            try edit(ContentFixture(root: folder.appendingPathComponent("new")))
            let run = try KartaExecutable.run(["diff", "old", "new", "--format", "json"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            return try JSONValue.decode(Data(run.stdout.utf8))
        }
    }

    @Test func oneExecutionStatusChanged() throws {
        let json = try diff { try $0.replace("    low-results-5: done", with: "    low-results-5: in-progress", in: Self.report) }
        let found = try #require(Self.onePage(json), "not one page: \(json)")
        var totals = Self.totals(hidden: 0)
        totals["changed"] = .integer(1)
        #expect(found.totals == totals)
        let expectedPage: [String: JSONValue] = [
            "kind": .string("report"), "id": .string("2022"), "entity": .string("sverdlovskaya-oblast/pervouralsk"),
            "title": .string("Исполнение дорожной карты проекта «500+» в городском округе Первоуральск в 2022 году"),
            "action": .string("changed"), "url": .string("sverdlovskaya-oblast/pervouralsk/reports/2022/index.html"),
            "added": .integer(0), "removed": .integer(0), "changed": .integer(1), "moved": .integer(0), "hidden": .integer(0),
            "metadata": .array([]), "columns": .array([]), "warnings": .array([]), "hidden_edits": .array([]),
        ]
        #expect(found.page == expectedPage)
        guard found.changes.count == 1, case .object(var change) = found.changes[0] else {
            Issue.record("not one change: \(found.changes)")
            return
        }
        guard case .string(let activity)? = change["activity"] else {
            Issue.record("no activity: \(change)")
            return
        }
        #expect(activity.hasPrefix("Издание распоряжения Управления образования «О реализации мероприятия"))
        change["activity"] = nil
        let status: [String: JSONValue] = [
            "field": .string("status"), "category": .string("status"), "old": .string("done"), "new": .string("in-progress"),
            "old_label": .string("выполнено"), "new_label": .string("выполняется"),
        ]
        let expectedChange: [String: JSONValue] = [
            "change": .integer(1), "anchor": .string("execution-500-plus-2022-low-results-5"), "action": .string("changed"),
            "moved": .bool(false), "block": .string("execution"), "roadmap": .string("500-plus-2022"), "id": .string("low-results-5"),
            "number": .string("5"),
            "fields": .array([.object(status)]),
        ]
        #expect(change == expectedChange)
    }

    /// The totals without the version labels, and the single page (without its changes) and its changes.
    static func onePage(_ json: JSONValue) -> (totals: [String: JSONValue], page: [String: JSONValue], changes: [JSONValue])? {
        guard case .object(var root) = json, case .array(let pages)? = root["pages"], pages.count == 1, case .object(var page) = pages[0],
              case .array(let changes)? = page["changes"]
        else { return nil }
        for key in ["pages", "old", "new"] { root[key] = nil }
        page["changes"] = nil
        return (root, page, changes)
    }

    static func totals(hidden: Int) -> [String: JSONValue] {
        [
            "$karta": .string("diff"), "added": .integer(0), "removed": .integer(0), "changed": .integer(0), "moved": .integer(0),
            "hidden": .integer(hidden),
        ]
    }

    /// The Kachkanar roadmap's page, listed for its hidden edits alone.
    static func kachkanarPage(hiddenEdits: [JSONValue]) -> [String: JSONValue] {
        [
            "kind": .string("roadmap"), "id": .string("msoko-2020"), "entity": .string("sverdlovskaya-oblast/kachkanar"),
            "title": .string(
                "Дорожная карта по развитию муниципальной системы оценки качества образования и муниципальных механизмов управления качеством образования на территории Качканарского городского округа"),
            "action": .string("unchanged"), "url": .string("sverdlovskaya-oblast/kachkanar/roadmaps/msoko-2020/index.html"),
            "added": .integer(0), "removed": .integer(0), "changed": .integer(0), "moved": .integer(0), "hidden": .integer(hiddenEdits.count),
            "metadata": .array([]), "columns": .array([]), "warnings": .array([]), "hidden_edits": .array(hiddenEdits),
        ]
    }

    @Test func onlyTypographyChanged() throws {
        let json = try diff { try $0.replace("по развитию  муниципальной  системы", with: "по развитию муниципальной системы", in: Self.roadmap) }
        let found = try #require(Self.onePage(json), "not one page: \(json)")
        #expect(found.totals == Self.totals(hidden: 1))
        #expect(found.changes.isEmpty)
        let text = " системы оценки качества образования и муниципальных механизмов управления качеством образования в Качканарском городском округе"
        let edit: [String: JSONValue] = [
            "kind": .string("typography"), "reason": .string("типографика: кавычки, тире, пробелы, «ё»"), "place": .string("1."),
            "field": .string("text"), "anchor": .string("item-normative-base-1"),
            "old": .string("Утверждение дорожной карты по развитию  муниципальной " + text),
            "new": .string("Утверждение дорожной карты по развитию муниципальной" + text),
        ]
        #expect(found.page == Self.kachkanarPage(hiddenEdits: [.object(edit)]))
    }

    @Test func bodyEquivalentByTheGlossary() throws {
        let json = try diff { site in
            try site.replace(
                "deadline: \"октябрь 2019\"\n        responsible: [\"МОУО\"]\n      - id: normative-base-2",
                with: "deadline: \"октябрь 2019\"\n        responsible: [\"муниципальный орган управления образованием\"]\n      - id: normative-base-2",
                in: Self.roadmap)
        }
        let found = try #require(Self.onePage(json), "not one page: \(json)")
        #expect(found.totals == Self.totals(hidden: 1))
        #expect(found.changes.isEmpty)
        let edit: [String: JSONValue] = [
            "kind": .string("parties-spelling"), "reason": .string("тот же ответственный по глоссарию, записанный иначе"),
            "place": .string("1."), "field": .string("responsible"), "anchor": .string("item-normative-base-1"),
            "old": .string("МОУО"), "new": .string("муниципальный орган управления образованием"),
        ]
        #expect(found.page == Self.kachkanarPage(hiddenEdits: [.object(edit)]))
    }
}
