import Foundation
import KartaModel
import KartaRender

/// Prints every annual report as an A4 PDF through headless Chromium, from the pages just rendered.
///
/// The report pages and the assets they use are written to a temporary folder (with the site's
/// relative layout, so the stylesheet's print rules apply), printed one by one, and read back as
/// output files; the site itself is still written all at once afterwards, so a failed print leaves
/// the previous output untouched.
enum ReportPDFs {
    static func render(_ reports: [Report], site files: [OutputFile], chromium: Chromium) throws(Chromium.PrintError) -> [OutputFile] {
        guard !reports.isEmpty else { return [] }
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory.appendingPathComponent("karta-pdf-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: folder) }
        let pages = Set(reports.map { SitePath.file(for: SitePath.report($0)) })
        do {
            for file in files where pages.contains(file.path) || file.path.hasPrefix("assets/") {
                guard OutputPath.isSafe(file.path) else { continue }
                let target = folder.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: target)
            }
        } catch {
            throw Chromium.PrintError(description: "could not prepare the pages to print in \(folder.path): \(error.localizedDescription)")
        }
        var printed: [OutputFile] = []
        for (index, report) in reports.enumerated() {
            let page = folder.appendingPathComponent(SitePath.file(for: SitePath.report(report)))
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
