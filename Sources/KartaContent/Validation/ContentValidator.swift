import KartaModel

/// Checks that need more than one file: references between files, the entity tree, URL clashes.
struct ContentValidator {
    let content: SiteContent
    let declaredParents: [(entity: Entity, parent: String, location: SourceLocation)]
    /// Files with errors of their own: names pointing into them are not checked again.
    var broken = BrokenFiles()
    /// The warnings about wording (unexplained abbreviations); a comparison does not need them.
    var checksWording = true

    func validate(into diagnostics: inout Diagnostics) {
        var found = Diagnostics()
        checkEntityTree(&found)
        checkDirections(&found)
        if checksWording { checkAbbreviations(&found) }
        checkPageAddresses(&found)
        checkReports(&found)
        diagnostics.append(contentsOf: BrokenFiles.oneNotePerFile(found))
    }

    private func checkEntityTree(_ diagnostics: inout Diagnostics) {
        for (entity, parent, location) in declaredParents {
            let folderParent = entity.parentID ?? "(none: the folder is at the top)"
            if content.entity(parent) == nil, let file = broken.entity(parent) {
                diagnostics.append(BrokenFiles.note("'\(parent)'", in: file, at: location))
            } else if content.entity(parent) == nil {
                diagnostics.error(.unknownParent, "unknown parent entity '\(parent)'; the folder's parent entity is \(folderParent)", at: location)
            } else if parent != entity.parentID {
                diagnostics.error(
                    .parentMismatch, "parent '\(parent)' does not match the folder; the folder's parent entity is \(folderParent) (the folder tree is the hierarchy)",
                    at: location)
            }
        }
        for entity in content.entities {
            let parentLevel = entity.parentID.flatMap(content.entity)?.level
            switch (entity.level, parentLevel) {
            case (.region, nil): continue
            case (_, nil) where entity.parentID.flatMap(broken.entity) != nil:
                // The parent folder's entity.yaml has errors, so the level this one sits in is unknown.
                let parent = entity.parentID ?? ""
                diagnostics.append(BrokenFiles.note("'\(parent)'", in: broken.entity(parent) ?? "", at: entity.location))
            case (.region, let level?):
                diagnostics.error(.level, "a region cannot sit inside a \(level.rawValue) folder", at: entity.location)
            case (_, nil):
                diagnostics.error(
                    .level, "a \(entity.level.rawValue) must sit inside the folder of its \(entity.level.allowedParents.map(\.rawValue).joined(separator: " or "))",
                    at: entity.location)
            case (_, let level?) where !entity.level.allowedParents.contains(level):
                diagnostics.error(.level, "a \(entity.level.rawValue) cannot sit inside a \(level.rawValue) folder", at: entity.location)
            default: continue
            }
        }
    }

    private func checkDirections(_ diagnostics: inout Diagnostics) {
        let known = content.directions.map(\.id)
        func check(_ id: String, at location: SourceLocation) {
            guard content.direction(id) == nil else { return }
            if let file = broken.directionsFile { return diagnostics.append(BrokenFiles.note("'\(id)'", in: file, at: location)) }
            let hint = YAMLReader.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
            diagnostics.error(.unknownDirection, "unknown direction '\(id)': it is not in directions.yaml\(hint)", at: location)
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

    /// A document whose texts readers see, for the abbreviation check.
    private enum PublishedDocument: Sendable {
        case roadmap(Roadmap), plan(LevelPlan), expectedResults(ExpectedResults), page(Page), report(Report)
    }

    /// Every published document, in the order its texts are checked (and, at the same place, reported).
    private var publishedDocuments: [PublishedDocument] {
        content.roadmaps.map(PublishedDocument.roadmap) + content.plans.map(PublishedDocument.plan)
            + content.expectedResults.map(PublishedDocument.expectedResults) + content.pages.map(PublishedDocument.page)
            + content.reports.map(PublishedDocument.report)
    }

    /// The entity whose territory's glossary a document is read through, and its texts with where each is.
    private static func texts(of document: PublishedDocument) -> (entityID: String?, texts: [(text: String, location: SourceLocation)]) {
        var texts: [(String, SourceLocation)] = []
        switch document {
        case .roadmap(let roadmap):
            texts.append((roadmap.title, roadmap.location))
            for item in roadmap.itemsInOrder {
                let parts = [item.text, item.indicator, item.result].compactMap { $0 } + item.responsible
                    + item.subitems.flatMap { [$0.text] + $0.responsible }
                texts += parts.map { ($0, item.location) }
            }
            return (roadmap.entityID, texts)
        case .plan(let plan):
            for section in plan.sections {
                for row in section.rows {
                    for case .text(let text) in row.cells.values { texts.append((text, row.location)) }
                }
            }
            return (plan.entityID, texts)
        case .expectedResults(let table):
            for section in table.sections {
                for row in section.rows { texts += row.results.values.map { ($0, row.location) } }
            }
            return (table.entityID, texts)
        case .page(let page):
            return (page.entityID, [(page.body, SourceLocation(file: page.location.file, line: page.bodyLine))])
        case .report(let report):
            for case .markdown(let text, let line) in report.blocks { texts.append((text, SourceLocation(file: report.location.file, line: line))) }
            return (report.entityID, texts)
        }
    }

    /// All-capital Cyrillic words that the glossary of the text's territory (the closest `glossary.yaml`
    /// up the tree) does not explain are shown to readers as they are; each is reported once, where it
    /// first occurs, so the author can add it or fix a typo. A word that only another territory's glossary
    /// explains is reported once per territory that uses it: it would be shown there without an expansion.
    /// A word that is part of a longer glossary spelling found in the same text («ТП» of «ТП РПК») is
    /// explained by that spelling.
    private func checkAbbreviations(_ diagnostics: inout Diagnostics) {
        let words = Dictionary(content.glossaries.all.map { ($0.owner ?? "", GlossaryWords($0.glossary)) }, uniquingKeysWith: { _, last in last })
        // The root glossary's words are the ones under no owner (`all` starts with it).
        let rootWords = words[""] ?? GlossaryWords(content.glossary)
        var reported: Set<String> = []
        // Finding the capital words and whether the glossary explains them is most of the check and needs
        // nothing from other texts: both cores do it, document by document. Only the texts with a word to
        // report are then put in the order of their places (stable: texts at one place keep their order),
        // and reported once each, on one core.
        let validator = self
        let glossaries = content.glossaries
        let found = publishedDocuments.parallelMap { document in
            let (entityID, texts) = Self.texts(of: document)
            let owner = glossaries.owner(of: entityID)
            let known = words[owner ?? ""] ?? rootWords
            return texts.compactMap { text, location -> (text: String, location: SourceLocation, owner: String?, tokens: [String])? in
                let tokens = validator.abbreviationTokens(in: text).filter { !known.explains($0, in: text) }
                return tokens.isEmpty ? nil : (text, location, owner, tokens)
            }
        }.flatMap { $0 }
        let ordered = found.indices.sorted { (found[$0].location, $0) < (found[$1].location, $1) }.map { found[$0] }
        for (text, location, owner, tokens) in ordered {
            for token in tokens {
                let definers = content.glossaries.definers(of: token)
                if definers.isEmpty {
                    guard reported.insert(token).inserted else { continue }
                    diagnostics.warning(
                        .unknownAbbreviation, "'\(token)' looks like an abbreviation but is not in glossary.yaml; it is shown without an expansion",
                        at: Self.locate(token, in: text, from: location))
                } else {
                    guard reported.insert(token + "\u{0}" + (owner ?? "")).inserted else { continue }
                    let files = definers.compactMap { content.glossaries.own[$0]?.entry(for: token)?.location.file }
                    diagnostics.warning(
                        .abbreviationOtherTerritory,
                        "'\(token)' is explained only by the glossary of another territory (\(files.joined(separator: ", "))), which this document does not read; "
                            + "it is shown without an expansion. Explain it in the glossary.yaml of this document's territory, or in the root glossary.yaml if it means the same everywhere",
                        at: Self.locate(token, in: text, from: location))
                }
            }
        }
    }

    /// Whether no word of `texts`, printed in a document of `entityID`, would be reported as an unexplained
    /// abbreviation.
    func explainsEveryAbbreviation(in texts: [String], of entityID: String?) -> Bool {
        let known = GlossaryWords(content.glossary(for: entityID))
        return texts.allSatisfy { text in abbreviationTokens(in: text).allSatisfy { known.explains($0, in: text) } }
    }

    /// For a page body the location is its first line; point at the line the word is on.
    static func locate(_ token: String, in text: String, from location: SourceLocation) -> SourceLocation {
        guard location.column == 0, let range = text.range(of: token) else { return location }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
        return SourceLocation(file: location.file, line: location.line + line, column: column)
    }

    /// The words of `text`, each that does not start with a capital Cyrillic letter or a digit given as "":
    /// it can be neither an abbreviation nor a heading word, and most words are not built as strings at all.
    static func capitalWords(in text: String) -> [String] {
        func mayBeCapital(_ character: Character) -> Bool { ("А"..."Я").contains(character) || character == "Ё" || character.isNumber }
        let keeping = { (scalar: Unicode.Scalar) -> Bool in
            switch scalar.value {
            case 0x30...0x39, 0x401, 0x410...0x42F: true
            case 0..<0x80, 0x430...0x45F: false
            default: mayBeCapital(Character(scalar))
            }
        }
        if let words = WordSplitter.words(inSingleScalarText: text, keeping: keeping) { return words }
        return words(in: text).map { word in word.first.map(mayBeCapital) == true ? word : "" }
    }

    static func words(in text: String) -> [String] {
        if let words = WordSplitter.words(inSingleScalarText: text) { return words }
        return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Cyrillic words of two to seven capital letters, «ГИМЦРО», «ТП», that do not stand in a
    /// heading set in capitals («ПОЛОЖЕНИЕ О СИСТЕМЕ ОЦЕНКИ»): a word is taken as part of such a
    /// heading when a word near it is a capitalised ordinary word (five letters or more, unknown
    /// to the glossary).
    func abbreviationTokens(in text: String) -> [String] {
        let words = Self.capitalWords(in: text)
        func isCapital(_ word: String) -> Bool {
            word.count >= 2 && word.allSatisfy { ("А"..."Я").contains($0) || $0 == "Ё" || $0.isNumber } && word.contains(where: \.isLetter)
        }
        func isHeadingWord(_ word: String) -> Bool {
            word.count >= 5 && isCapital(word) && content.glossary.entry(for: word) == nil
                && (word.count > 7 || Self.commonWordEndings.contains { word.hasSuffix($0) })
        }
        return words.indices.compactMap { index in
            let word = words[index]
            guard isCapital(word), word.filter(\.isLetter).count >= 2, word.count <= 7 else { return nil }
            let nearby = ((index - 2)...(index + 2)).filter { $0 != index && words.indices.contains($0) }.map { words[$0] }
            return nearby.contains(where: isHeadingWord) ? nil : word
        }
    }

    /// Endings of ordinary Russian words; abbreviations rarely end this way.
    static let commonWordEndings = ["ИЕ", "ИЯ", "ИИ", "АЯ", "ОЙ", "ЫЙ", "ИЙ", "ЕМЕ", "КИ", "ОВ", "АМ", "АХ", "ЫЕ", "ОГО", "ЕГО", "ЕНИЯ", "ТЫ", "ЛА"]

    /// Every page address must belong to one thing only.
    private func checkPageAddresses(_ diagnostics: inout Diagnostics) {
        var owners: [String: SourceLocation] = [:]
        for entity in content.entities { owners[entity.id] = entity.location }
        for page in content.pages {
            if let owner = owners[page.id] {
                diagnostics.error(.addressClash, "this page's address /\(page.id)/ is already the address of \(owner.file)", at: page.location)
            } else {
                owners[page.id] = page.location
            }
        }
    }
}
