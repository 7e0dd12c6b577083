import Foundation
import KartaRender

/// What every page's file job reads, held once: the view builder, the typographer, the templates and the
/// pages. Each job's closure keeps a reference to it and a position, where it kept copies of the four and
/// the page (about 850 bytes a page: 20 MB of a region build, 690 MB of the country's, for the whole build).
final class PageFileMaker: Sendable {
    let builder: ViewBuilder
    let typographer: Typographer
    let templates: TemplateSet
    let pages: [SiteGenerator.PageJob]

    init(builder: ViewBuilder, typographer: Typographer, templates: TemplateSet, pages: [SiteGenerator.PageJob]) {
        self.builder = builder
        self.typographer = typographer
        self.templates = templates
        self.pages = pages
    }

    /// The page at `index`, rendered and typeset, with the roadmaps whose wording it prints.
    func make(_ index: Int) -> (data: Data, wording: Set<String>) {
        let page = pages[index]
        let wording = WordingSources()
        let typeset = typographer.apply(toPage: page.render(builder.recordingWording(into: wording), templates), territory: page.territory)
        return (Data(page.kind.isLongList ? AbbreviationTitles.firstUseOnly(typeset) : typeset), wording.files)
    }
}
