import Foundation
import KartaSite
import Testing

/// `karta build --pdf`: each report printed by headless Chromium as an A4 PDF with real text, and a
/// clear refusal when there is no Chromium. `make test` installs chromium and poppler-utils, so CI runs
/// the printing test; elsewhere it is skipped when they are missing.
@Suite("Report PDFs")
struct ReportPDFTests {
    static let chromium = Chromium.locate()
    static let pdfinfo = ExternalTool.find("pdfinfo")
    static let pdftotext = ExternalTool.find("pdftotext")
    static let canPrint = chromium != nil && pdfinfo != nil && pdftotext != nil

    @Test(.enabled(if: canPrint, "needs chromium and poppler-utils (make test installs them)"), .timeLimit(.minutes(3)))
    func reportPrintsAsAMultiPageA4PDFWithExtractableText() throws {
        try withTemporaryDirectory { folder in
            let site = try ReportFixture.make(in: folder)
            let output = folder.appendingPathComponent("out")
            var builder = site.builder(output: output)
            builder.chromium = Self.chromium
            let report = builder.build()
            #expect(report.succeeded, "\(report.writeFailure ?? "") \(report.diagnostics.sorted.map(\.description))")
            #expect(report.pdfsWritten == 1)
            let pdf = output.appendingPathComponent("oblast/gorod/reports/2020/gorod-2020.pdf")
            #expect(FileManager.default.fileExists(atPath: pdf.path))

            let info = try ExternalTool.run(try #require(Self.pdfinfo), [pdf.path])
            #expect(info.status == 0)
            let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            #expect(pages > 1, "sections start on new pages: \(info.output)")
            #expect(info.output.contains("(A4)"), "\(info.output)")

            let text = try ExternalTool.run(try #require(Self.pdftotext), ["-layout", pdf.path, "-"])
            #expect(text.status == 0)
            #expect(text.output.contains("Показатели мониторинга системы образования"), "the text is extractable, not pictures of text")
            #expect(text.output.contains("Демонстрационные данные"))
            #expect(text.output.contains("О состоянии системы образования: Городской округ Тестовый, 2020 год"), "the running title is printed")

            let page = try String(contentsOf: output.appendingPathComponent("oblast/gorod/reports/2020/index.html"), encoding: .utf8)
            #expect(page.contains("href=\"../../../../oblast/gorod/reports/2020/gorod-2020.pdf\""))
            let catalogue = try String(contentsOf: output.appendingPathComponent("data/index.json"), encoding: .utf8)
            #expect(catalogue.contains("\"pdf\" : \"oblast/gorod/reports/2020/gorod-2020.pdf\""))
        }
    }

    @Test(.enabled(if: KartaExecutable.url != nil, "the karta executable was not built"))
    func withoutChromiumTheBuildSaysHowToInstallItAndWritesNothing() throws {
        try withTemporaryDirectory { folder in
            _ = try ReportFixture.make(in: folder)
            let run = try KartaExecutable.run(
                ["build", "--content", "content", "--templates", TestPaths.templates.path, "--output", "out", "--pdf", "--chromium", "/nonexistent/chromium"],
                in: folder)
            #expect(run.status == 1)
            #expect(run.stderr.contains("apt-get install chromium"), "\(run.combined)")
            #expect(run.stderr.contains("out was not changed"), "\(run.combined)")
            #expect(!run.combined.contains("Built "))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
    }
}
