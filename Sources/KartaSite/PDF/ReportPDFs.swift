import Foundation
import KartaModel
import KartaRender

/// Prints every annual report as an A4 PDF through headless Chromium, from the pages just written.
///
/// The pages are printed where the build wrote them, in its staging folder (the site's relative
/// layout, so the stylesheet's print rules apply); the PDFs come back as output files, and the
/// build writes them beside their reports before it swaps the folder in, so a failed print leaves
/// the previous output untouched.
enum ReportPDFs {
    static func render(_ reports: [Report], site: URL, chromium: Chromium) throws(Chromium.PrintError) -> [OutputFile] {
        guard !reports.isEmpty else { return [] }
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appendingPathComponent("karta-pdf-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: folder) }
        var printed: [OutputFile] = []
        for (index, report) in reports.enumerated() {
            let page = site.appendingPathComponent(SitePath.file(for: SitePath.report(report)))
            let pdf = folder.appendingPathComponent("report-\(index).pdf")
            let profile = folder.appendingPathComponent("profile-\(index)", isDirectory: true)
            try? fileManager.createDirectory(at: profile, withIntermediateDirectories: true)
            do {
                try chromium.printPDF(page: page, to: pdf, profile: profile)
            } catch {
                throw Chromium.PrintError(description: "printing \(SitePath.report(report)) as PDF failed: \(error.description)")
            }
            guard let data = try? Data(contentsOf: pdf) else { throw Chromium.PrintError(description: "could not read \(pdf.path)") }
            printed.append(OutputFile(path: SitePath.reportPDF(report), data: data))
        }
        return printed
    }
}
