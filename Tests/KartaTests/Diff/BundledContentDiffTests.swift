import Foundation
import Testing

/// `karta diff --format json` on copies of the bundled `Content/` with one edit each: exactly the expected rows (issue 17, «Done when»).
@Suite("karta diff: edits of the bundled content", .enabled(if: KartaExecutable.url != nil, "the karta executable was not found next to the tests"))
struct BundledContentDiffTests {
    static let content = TestPaths.packageRoot.appendingPathComponent("Content")
    static let report = "sverdlovskaya-oblast/pervouralsk/reports/2022.md"

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
        guard case .object(var root) = json, case .array(let pages)? = root["pages"], pages.count == 1, case .object(var page) = pages[0],
              case .array(let changes)? = page["changes"], changes.count == 1, case .object(var change) = changes[0]
        else {
            Issue.record("not one page with one change: \(json)")
            return
        }
        root["pages"] = nil
        root["old"] = nil
        root["new"] = nil
        let totals: [String: JSONValue] = [
            "$karta": .string("diff"), "added": .integer(0), "removed": .integer(0), "changed": .integer(1), "moved": .integer(0),
            "hidden": .integer(0),
        ]
        #expect(root == totals)
        page["changes"] = nil
        let expectedPage: [String: JSONValue] = [
            "kind": .string("report"), "id": .string("2022"), "entity": .string("sverdlovskaya-oblast/pervouralsk"),
            "title": .string("Исполнение дорожной карты проекта «500+» в городском округе Первоуральск в 2022 году"),
            "action": .string("changed"), "url": .string("sverdlovskaya-oblast/pervouralsk/reports/2022/index.html"),
            "added": .integer(0), "removed": .integer(0), "changed": .integer(1), "moved": .integer(0), "hidden": .integer(0),
            "metadata": .array([]), "columns": .array([]), "warnings": .array([]),
        ]
        #expect(page == expectedPage)
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
}
