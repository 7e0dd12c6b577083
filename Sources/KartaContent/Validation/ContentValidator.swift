import KartaModel

/// Checks that need more than one file: references between files, the entity tree, URL clashes.
struct ContentValidator {
    let content: SiteContent
    let declaredParents: [(entity: Entity, parent: String, location: SourceLocation)]

    func validate(into diagnostics: inout Diagnostics) {
        checkEntityTree(&diagnostics)
        checkDirections(&diagnostics)
        checkResponsibleParties(&diagnostics)
        checkPageAddresses(&diagnostics)
    }

    private func checkEntityTree(_ diagnostics: inout Diagnostics) {
        for (entity, parent, location) in declaredParents {
            let folderParent = entity.parentID ?? "(none: the folder is at the top)"
            if content.entity(parent) == nil {
                diagnostics.error("unknown-parent", "unknown parent entity '\(parent)'; the folder's parent entity is \(folderParent)", at: location)
            } else if parent != entity.parentID {
                diagnostics.error(
                    "parent-mismatch", "parent '\(parent)' does not match the folder; the folder's parent entity is \(folderParent) (the folder tree is the hierarchy)",
                    at: location)
            }
        }
        for entity in content.entities {
            let parentLevel = entity.parentID.flatMap(content.entity)?.level
            switch (entity.level, parentLevel) {
            case (.region, nil): continue
            case (.region, let level?):
                diagnostics.error("level", "a region cannot sit inside a \(level.rawValue) folder", at: entity.location)
            case (_, nil):
                diagnostics.error(
                    "level", "a \(entity.level.rawValue) must sit inside the folder of its \(entity.level.allowedParents.map(\.rawValue).joined(separator: " or "))",
                    at: entity.location)
            case (_, let level?) where !entity.level.allowedParents.contains(level):
                diagnostics.error("level", "a \(entity.level.rawValue) cannot sit inside a \(level.rawValue) folder", at: entity.location)
            default: continue
            }
        }
    }

    private func checkDirections(_ diagnostics: inout Diagnostics) {
        let known = content.directions.map(\.id)
        func check(_ id: String, at location: SourceLocation) {
            guard content.direction(id) == nil else { return }
            let hint = YAMLReader.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.error("unknown-direction", "unknown direction '\(id)': it is not in directions.yaml\(hint)", at: location)
        }
        for roadmap in content.roadmaps {
            for section in roadmap.sections { check(section.directionID, at: section.location) }
        }
        for plan in content.plans {
            for section in plan.sections { check(section.directionID, at: section.location) }
        }
        for table in content.expectedResults {
            for section in table.sections { check(section.directionID, at: section.location) }
        }
    }

    private func checkResponsibleParties(_ diagnostics: inout Diagnostics) {
        var reported: Set<String> = []
        for roadmap in content.roadmaps {
            for item in roadmap.items {
                let parties = item.responsible + item.subitems.flatMap(\.responsible)
                for party in parties where content.glossary.entry(for: party) == nil {
                    for token in Self.abbreviationTokens(in: party)
                    where content.glossary.entry(for: token) == nil && !reported.contains(token) {
                        reported.insert(token)
                        diagnostics.warning(
                            "unknown-abbreviation", "'\(token)' looks like an abbreviation but is not in glossary.yaml; it is shown without an expansion",
                            at: item.location)
                    }
                }
            }
        }
    }

    /// Words of two or more letters written in capitals: «ГИМЦРО», «ТП».
    static func abbreviationTokens(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || ",;()«»\"".contains($0) }).map(String.init).filter { word in
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        }
    }

    /// Every page address must belong to one thing only.
    private func checkPageAddresses(_ diagnostics: inout Diagnostics) {
        var owners: [String: SourceLocation] = [:]
        for entity in content.entities { owners[entity.id] = entity.location }
        for page in content.pages {
            if let owner = owners[page.id] {
                diagnostics.error("address-clash", "this page's address /\(page.id)/ is already the address of \(owner.file)", at: page.location)
            } else {
                owners[page.id] = page.location
            }
        }
    }
}
