import Foundation
import KartaContent
import KartaModel
import KartaTemplates

/// The Mustache templates of a site, read from the templates folder and compiled once
/// (`KartaTemplates`): pages render from typed views into bytes, with no lookup by reflection.
public struct TemplateSet: Sendable {
    /// Templates every site needs (`PageKind.isTemplateRequired`); partials are found by the names the
    /// templates use.
    public static let required = ["layout"] + PageKind.allCases.filter(\.isTemplateRequired).map(\.template)
        .reduce(into: [String]()) { names, name in if !names.contains(name) { names.append(name) } }

    let library: TemplateLibrary
    public let folder: String
    /// Where each template and asset came from: the folder, or the built-in theme under it.
    public let files: ThemeFiles

    /// Reads every `*.mustache` file of the theme: the folder's, over the built-in theme's when
    /// `overBuiltIn` (`ThemeFiles`); names are paths without the extension (`partials/link`). Syntax
    /// errors carry the template's file, line and column; a partial that no file provides is an error
    /// here, not an empty spot in every page.
    public static func load(from folder: String, overBuiltIn: Bool = false) -> Result<TemplateSet, Diagnostics> {
        var diagnostics = Diagnostics()
        var library = TemplateLibrary()
        let files: ThemeFiles
        switch ThemeFiles.gather(folder: folder, overBuiltIn: overBuiltIn) {
        case .success(let gathered): files = gathered
        case .failure(let problems): return .failure(problems)
        }
        let names = files.names.filter { $0.hasSuffix(".mustache") }
        var kindsWritten: [String: PageKindBlock] = [:]
        for name in names {
            let file = files.location(of: name)
            let data = files.files[name]?.data() ?? Data()
            let text: String
            switch SourceText.decode(data, file: file) {
            case .success(let decoded): text = decoded
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            let template = String(name.dropLast(".mustache".count))
            kindsWritten[template] = PageKindBlock(in: text)
            do {
                try library.add(text, named: template)
            } catch {
                diagnostics.error(
                    .template, "template syntax error: \(error.message)",
                    at: SourceLocation(file: file, line: error.line, column: error.column))
            }
        }
        for name in required where !library.has(name) && !names.contains(name + ".mustache") {
            diagnostics.error(.missingTemplate, "required template '\(name).mustache' is missing", at: SourceLocation(file: folder))
        }
        // A template that names another kind than its page kind was copied and not adapted, or saved
        // under the wrong name: its pages would be sorted as the wrong kind.
        for kind in PageKind.allCases {
            guard let block = kindsWritten[kind.template], block.kind != kind.dataKind else { continue }
            let file = files.location(of: kind.template + ".mustache")
            diagnostics.error(
                .templateKind,
                "template '\(kind.template).mustache' names its page kind '\(block.kind ?? "")' where '\(kind.dataKind)' was expected; write {{$kind}}\(kind.dataKind){{/kind}}",
                at: SourceLocation(file: file, line: block.line, column: block.column))
        }
        for (template, partial) in library.missingPartials {
            diagnostics.error(
                .missingTemplate, "template '\(template).mustache' uses '\(partial).mustache', which is missing",
                at: SourceLocation(file: files.location(of: template + ".mustache")))
        }
        return diagnostics.hasErrors ? .failure(diagnostics) : .success(TemplateSet(library: library, folder: folder, files: files))
    }

    public func has(_ name: String) -> Bool { library.has(name) }

    /// Errors for the page kinds of `kinds` whose template is missing: checked before rendering starts,
    /// so a kind that is not required of every site still never renders as an empty page.
    public func problems(rendering kinds: Set<PageKind>) -> [Diagnostic] {
        let missing = Set(kinds.map(\.template)).filter { !library.has($0) }.sorted()
        return missing.map { template in
            let kinds = PageKind.allCases.filter { $0.template == template && kinds.contains($0) }.map(\.path)
            return .error(
                .missingTemplate, "template '\(template).mustache' is missing; the site has pages of its kind (\(kinds.joined(separator: ", ")))",
                at: SourceLocation(file: folder))
        }
    }

    public func render<View: Encodable>(_ view: View, kind: PageKind) -> String {
        render(view, template: kind.template)
    }

    public func render<View: Encodable>(_ view: View, template: String) -> String {
        String(decoding: renderBytes(view, template: template), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, as the typographer and the writer take it.
    public func renderBytes<View: Encodable>(_ view: View, kind: PageKind) -> [UInt8] {
        renderBytes(view, template: kind.template)
    }

    public func renderBytes<View: Encodable>(_ view: View, template: String) -> [UInt8] {
        library.render(view, template: template) ?? []
    }
}
