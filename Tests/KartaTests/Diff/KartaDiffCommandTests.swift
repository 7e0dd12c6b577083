import Foundation
import Testing

/// `karta diff` through the real executable: formats, exit codes, git revisions, the output folder.
@Suite("karta diff command", .enabled(if: KartaExecutable.url != nil, "the karta executable was not found next to the tests"))
struct KartaDiffCommandTests {
    static let roadmap = DiffFixture.roadmap

    /// Two fixture copies with the indicator target raised and one item removed in `new`.
    func withEditedFixture(_ body: (URL) throws -> Void) throws {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            try fixture.new.replace("не менее 85 %", with: "не менее 90 %", in: Self.roadmap)
            try fixture.new.remove("""
                      - id: ob-2
                        number: "3.2"
                        text: "Формирование муниципального банка контрольно-измерительных материалов"
                        deadline: "2024 г."
                        responsible: ["ИРО"]

                """, in: Self.roadmap)
            try body(folder)
        }
    }

    func diff(_ arguments: [String], in folder: URL) throws -> KartaExecutable.Run {
        try KartaExecutable.run(["diff"] + arguments + ["--templates", TestPaths.templates.path], in: folder)
    }

    @Test func jsonHasTheCountsAndPages() throws {
        try withEditedFixture { folder in
            let run = try diff(["old", "new", "--format", "json"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(json["added"] as? Int == 0)
            #expect(json["removed"] as? Int == 1)
            #expect(json["changed"] as? Int == 1)
            #expect(json["moved"] as? Int == 0)
            let pages = try #require(json["pages"] as? [[String: Any]])
            #expect(pages.count == 1)
            #expect(pages[0]["kind"] as? String == "roadmap")
            #expect(pages[0]["url"] as? String == "oblast/gorod/roadmaps/msoko/index.html")
            let changes = try #require(pages[0]["changes"] as? [[String: Any]])
            #expect(changes.map { $0["action"] as? String } == ["changed", "removed"])
            let fields = try #require(changes[0]["fields"] as? [[String: Any]])
            #expect(fields.first?["deltas"] as? [String] == ["+5 п.п."])
        }
    }

    @Test func markdownSummaryForAMergeRequest() throws {
        try withEditedFixture { folder in
            let run = try diff(["old", "new", "--format", "markdown"], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.hasPrefix("<!-- karta diff -->\n## Изменения в содержании: папка old → папка new"))
            #expect(run.stdout.contains("| Документ | Организация | Вид | + | − | ✎ | ↕ | Скрыто |"))
            #expect(run.stdout.contains("### Дорожная карта развития муниципальной системы оценки качества образования (Городской округ Тестовый)"))
            // Numbering restarts in each section: a row is named by its section and number, an edit shown with the words around it.
            #expect(
                run.stdout.contains("- ✎ **раздел «Подготовка обучающихся», № 2.1** Показатель: Доля участников не менее ~~85~~ → **90** % (+5 п.п.)"),
                "\(run.stdout)")
            #expect(run.stdout.contains("- − **раздел «Объективность оценки», № 3.2** ~~Формирование муниципального банка"))
        }
    }

    @Test func exitCodeIsOneOnlyWhenAskedAndSomethingChanged() throws {
        try withEditedFixture { folder in
            let plain = try diff(["old", "new", "--format", "json"], in: folder)
            let changed = try diff(["old", "new", "--format", "json", "--exit-code"], in: folder)
            let same = try diff(["old", "old", "--format", "json", "--exit-code"], in: folder)
            #expect(plain.status == 0)
            #expect(changed.status == 1)
            #expect(same.status == 0)
        }
    }

    @Test func htmlReportIsWrittenTwiceTheSame() throws {
        try withEditedFixture { folder in
            let first = try diff(["old", "new", "--output", "out-a"], in: folder)
            #expect(first.status == 0, "\(first.combined)")
            #expect(first.stdout.contains("Compared old → new: 0 added, 1 removed, 1 changed, 0 moved. Written to out-a/index.html."), "\(first.stdout)")
            _ = try diff(["old", "new", "--output", "out-b"], in: folder)
            let a = try FileTree.read(folder.appendingPathComponent("out-a"))
            let b = try FileTree.read(folder.appendingPathComponent("out-b"))
            #expect(a.differences(from: b).isEmpty)
            #expect(a.files.contains("index.html") && a.files.contains("oblast/gorod/roadmaps/msoko/index.html"))
            #expect(a.files.contains("data/diff.json") && a.files.contains("summary.md") && a.files.contains("assets/karta.css"))
            // A second run replaces its own output, but not a folder of other files.
            let again = try diff(["old", "new", "--output", "out-a"], in: folder)
            #expect(again.status == 0)
            let refused = try diff(["old", "new", "--output", "old"], in: folder)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("error:"))
        }
    }

    @Test func contentErrorsStopTheComparison() throws {
        try withTemporaryDirectory { folder in
            let fixture = try DiffFixture.make(in: folder)
            let position = try fixture.new.replace("id: tq-2\n", with: "id: tq-1\n", in: Self.roadmap, pointingAt: "tq-1")
            let run = try diff(["old", "new"], in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("new/\(Self.roadmap):\(position.line):\(position.column): error: duplicate id 'tq-1'"), "\(run.stderr)")
            #expect(run.stderr.contains("nothing was compared"))
            #expect(!run.stdout.contains("Written"))
        }
    }

    @Test func outsideARepositoryARevisionIsRefused() throws {
        try withTemporaryDirectory { folder in
            _ = try DiffFixture.make(in: folder)
            let run = try diff(["HEAD~1", "new"], in: folder)
            #expect(run.status == 2)
            #expect(run.stderr.contains("error: 'HEAD~1' is not a content folder, and the current folder is not inside a git repository"), "\(run.stderr)")
        }
    }

    @Test(.enabled(if: Git.isAvailable, "git is not installed"))
    func gitRevisionsAndTheWorkTree() throws {
        try withTemporaryDirectory { folder in
            try Git.repositoryOfTheFixture(in: folder)
            let site = ContentFixture(root: folder.appendingPathComponent("Content"))
            try site.replace("Проведение региональных", with: "Проведение муниципальных", in: Self.roadmap)
            try Git.commitAll("second", in: folder)
            try Git.run(["tag", "v2"], in: folder)
            try site.replace("не менее 85 %", with: "не менее 90 %", in: Self.roadmap)

            // No arguments: HEAD against the work tree (the uncommitted indicator change).
            let worktree = try diff(["--format", "json"], in: folder)
            #expect(worktree.status == 0, "\(worktree.combined)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(worktree.stdout.utf8)) as? [String: Any])
            #expect(json["changed"] as? Int == 1)
            #expect((json["old"] as? [String: Any])?["name"] as? String == "HEAD")
            #expect((json["new"] as? [String: Any])?["kind"] as? String == "worktree")

            let history = try diff(["HEAD~1", "v2", "--format", "markdown"], in: folder)
            #expect(history.status == 0, "\(history.combined)")
            #expect(history.stdout.contains("~~региональных~~ → **муниципальных**"), "\(history.stdout)")
            #expect(history.stdout.contains("HEAD~1 ("))

            let unknown = try diff(["no-such-branch", "WORKTREE"], in: folder)
            #expect(unknown.status == 2)
            #expect(unknown.stderr.contains("'no-such-branch' is neither a content folder nor a git revision"), "\(unknown.stderr)")

            // The temporary copies of revisions are gone afterwards.
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("karta-diff-") }
            #expect(leftovers.isEmpty, "\(leftovers)")
        }
    }

    /// The default `Diff/` lands inside the work tree: it is added to `.git/info/exclude` (and said
    /// so), so `git add -A` does not commit the report (issue 17, point 6); a second run adds nothing.
    @Test(.enabled(if: Git.isAvailable, "git is not installed"))
    func defaultOutputIsKeptOutOfCommits() throws {
        try withTemporaryDirectory { folder in
            try Git.repositoryOfTheFixture(in: folder)
            try ContentFixture(root: folder.appendingPathComponent("Content")).replace("не менее 85 %", with: "не менее 90 %", in: Self.roadmap)

            let run = try diff([], in: folder)
            #expect(run.status == 0, "\(run.combined)")
            #expect(run.stdout.contains("added /Diff/ to .git/info/exclude"), "\(run.stdout)")
            let status = try Git.run(["status", "--porcelain", "--untracked-files=all"], in: folder)
            #expect(!status.contains("Diff/"), "\(status)")

            let again = try diff([], in: folder)
            #expect(!again.stdout.contains("info/exclude"), "\(again.stdout)")
            let exclude = try String(contentsOf: folder.appendingPathComponent(".git/info/exclude"), encoding: .utf8)
            #expect(exclude.components(separatedBy: "/Diff/\n").count == 2, "\(exclude)")
        }
    }
}

/// `git` for setting up test repositories.
enum Git {
    static let isAvailable = (try? run(["--version"], in: URL(fileURLWithPath: NSTemporaryDirectory()))) != nil

    @discardableResult
    static func run(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Karta Tests", "-c", "user.email=tests@karta.invalid", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw FixtureError("git \(arguments.joined(separator: " ")) failed: \(text)") }
        return text
    }

    /// The diff fixture as `Content/` of a new repository, committed once as «first».
    static func repositoryOfTheFixture(in folder: URL) throws {
        try FileManager.default.copyItem(at: DiffFixture.source, to: folder.appendingPathComponent("Content"))
        try run(["init", "-q", "-b", "main"], in: folder)
        try commitAll("first", in: folder)
    }

    static func commitAll(_ message: String, in folder: URL) throws {
        try run(["add", "-A"], in: folder)
        try run(["commit", "-q", "-m", message], in: folder)
    }
}
