import KartaModel
import KartaRender

/// The pages that gather activities across documents: years (the site's and each entity's) and directions.
extension SiteGenerator {
    var yearJobs: [PageJob] {
        let builder = viewBuilder
        guard !builder.activities.years.isEmpty else { return [] }
        var jobs = [PageJob(.yearIndex, path: SitePath.yearIndex) { $0.yearIndex() }]
        for year in builder.activities.years {
            jobs.append(PageJob(.year, path: SitePath.year(year), scope: .year(year)) { $0.year(year) })
        }
        for (entity, years) in builder.entityYears() {
            for year in years {
                jobs.append(PageJob(.entityYear, path: SitePath.entityYear(entity.id, year), scope: .entity(entity.id), territory: entity.id) { $0.entityYear(entity, year) })
            }
        }
        return jobs
    }

    var directionJobs: [PageJob] {
        guard !content.roadmaps.isEmpty || !content.plans.isEmpty else { return [] }
        var jobs = [PageJob(.directionIndex, path: SitePath.directionIndex) { $0.directionIndex() }]
        for direction in content.directions {
            jobs.append(PageJob(.direction, path: SitePath.direction(direction.id), scope: .direction(direction.id)) { $0.direction(direction) })
        }
        return jobs
    }

    /// The analysis pages, when this build shows them (`analysis: public`, or the preview).
    var analysisJobs: [PageJob] {
        guard viewBuilder.hasAnalysis else { return [] }
        var jobs = [PageJob(.analysisIndex, path: SitePath.analysisIndex) { $0.analysisIndex() }]
        for entity in content.entities where viewBuilder.hasAnalysis(of: entity.id) {
            jobs.append(PageJob(.analysis, path: SitePath.entityAnalysis(entity.id), scope: .entity(entity.id), territory: entity.id) { $0.entityAnalysis(entity) })
        }
        for direction in content.directions {
            jobs.append(
                PageJob(.directionAnalysis, path: SitePath.directionAnalysis(direction.id), scope: .direction(direction.id)) { $0.directionAnalysis(direction) })
        }
        return jobs
    }
}
