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
                jobs.append(PageJob(.entityYear, path: SitePath.entityYear(entity.id, year), scope: .entity(entity.id)) { $0.entityYear(entity, year) })
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
}
