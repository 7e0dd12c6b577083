import Foundation
import KartaDiff
import KartaModel
import KartaRender
import KartaSite

/// The presentations of a content diff: an HTML report (a small site in the look of the published
/// one), JSON for machines, Markdown for a merge request.
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, json, markdown
    }

    public let diff: ContentDiff

    public init(_ diff: ContentDiff) {
        self.diff = diff
    }

    public func json() throws -> Data {
        try DiffJSON(diff, paths: DiffPaths(diff)).data()
    }

    public func markdown() -> String {
        DiffMarkdown(diff: diff).text
    }

    /// Writes the JSON or Markdown form to one file under the single-file output rule: never into a
    /// protected folder, never through a link or onto a FIFO, and over an existing file only when it is
    /// an earlier `karta diff` of the same form (or `force`).
    public func writeFile(_ format: Format, to path: String, protecting inputs: [String], force: Bool) -> Diagnostics {
        let header = format == .json ? DiffJSON.header : Data(DiffMarkdown.header.utf8)
        let output = SingleFileOutput(path: path, ownHeader: header, protecting: inputs, force: force)
        do {
            let data = format == .json ? try json() : Data(markdown().utf8)
            return Diagnostics(output.write(data))
        } catch {
            return Diagnostics([.error(.write, "the diff could not be encoded: \(error)", at: SourceLocation(file: path))])
        }
    }

    /// Every file of the HTML report: the summary page, one page per changed document, the JSON
    /// and Markdown forms beside them, and the site's stylesheet.
    public func files(templates: TemplateSet) throws -> [OutputFile] {
        let paths = DiffPaths(diff)
        let builder = DiffViewBuilder(diff: diff, paths: paths)
        var files = [OutputFile(path: SitePath.file(for: DiffPaths.index), text: templates.render(builder.index(), template: "diff/index"))]
        // Pages render in parallel into fixed slots, as the site's pages do.
        let pages = diff.documents.indices.compactMap { index in paths.pages[index].map { (index, $0) } }
        let documents = diff.documents
        files += pages.map { PageJob(index: $0.0, path: $0.1) }.parallelMap { job in
            let html = switch documents[job.index] {
            case .table(let table): templates.render(builder.tablePage(table, path: job.path), template: "diff/table")
            case .prose(let prose): templates.render(builder.prosePage(prose, path: job.path), template: "diff/prose")
            }
            return OutputFile(path: SitePath.file(for: job.path), text: html)
        }
        files.append(OutputFile(path: DiffPaths.json, data: try json()))
        files.append(OutputFile(path: DiffPaths.markdown, text: markdown()))
        // The theme's top-level assets; the diff pages link the stylesheet only.
        for name in templates.files.assetNames where !name.contains("/") && !name.hasPrefix(".") {
            if let data = templates.files.asset(name)?.data() { files.append(OutputFile(path: "assets/" + name, data: data)) }
        }
        return files
    }

    /// Writes the HTML report into `output` the way `karta build` writes a site: aside, then swapped
    /// in. An output folder that holds something other than a previous diff is refused unless `force`.
    /// `overBuiltInTheme`: the folder overrides the built-in theme file by file and may be missing.
    public func write(to output: String, templates folder: String, overBuiltInTheme: Bool = false, protecting inputs: [String], force: Bool) -> Diagnostics {
        var diagnostics = Diagnostics()
        for problem in OutputLocation.problems(output: output, protecting: [folder] + inputs, force: force, kind: .diff) {
            diagnostics.append(problem)
        }
        guard !diagnostics.hasErrors else { return diagnostics }
        let templates: TemplateSet
        switch TemplateSet.load(from: folder, overBuiltIn: overBuiltInTheme) {
        case .success(let set): templates = set
        case .failure(let problems): return problems
        }
        for name in Self.templates where !templates.has(name) {
            diagnostics.error(.missingTemplate, "the diff template '\(name).mustache' is missing", at: SourceLocation(file: folder))
        }
        guard !diagnostics.hasErrors else { return diagnostics }
        do {
            for warning in try OutputWriter(output: output).write(try files(templates: templates), kind: .diff) { diagnostics.append(warning) }
        } catch let error as OutputWriter.WriteError {
            diagnostics.error(.write, "\(error.description); \(output) is unchanged", at: SourceLocation(file: output))
        } catch {
            diagnostics.error(.write, "the diff could not be encoded: \(error)", at: SourceLocation(file: output))
        }
        return diagnostics
    }

    static let templates = ["diff/index", "diff/table", "diff/prose"]
}

/// One diff page to render: the document's index and its folder.
private struct PageJob: Sendable {
    var index: Int
    var path: String
}
