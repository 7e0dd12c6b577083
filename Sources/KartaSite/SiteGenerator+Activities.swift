import KartaModel
import KartaRender

/// The pages that gather activities across documents: years (the site's and each entity's) and directions.
extension SiteGenerator {
    var yearJobs: [PageJob] {
        let builder = viewBuilder
        guard !builder.activities.years.isEmpty else { return [] }
        var jobs = [PageJob(path: SitePath.yearIndex) { $1.render($0.yearIndex(), template: "years") }]
        for year in builder.activities.years {
            jobs.append(PageJob(path: SitePath.year(year), scope: .year(year)) { $1.render($0.year(year), template: "year") })
        }
        for (entity, years) in builder.entityYears() {
            for year in years {
                jobs.append(PageJob(path: SitePath.entityYear(entity.id, year), scope: .entity(entity.id)) { $1.render($0.entityYear(entity, year), template: "year") })
            }
        }
        return jobs
    }

    var directionJobs: [PageJob] {
        guard !content.roadmaps.isEmpty || !content.plans.isEmpty else { return [] }
        var jobs = [PageJob(path: SitePath.directionIndex) { $1.render($0.directionIndex(), template: "directions") }]
        for direction in content.directions {
            jobs.append(PageJob(path: SitePath.direction(direction.id), scope: .direction(direction.id)) { $1.render($0.direction(direction), template: "direction") })
        }
        return jobs
    }
}
