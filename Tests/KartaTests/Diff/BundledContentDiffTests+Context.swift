import Foundation
import Testing

/// Every change carries its context (issue 17, point 3): the entity of each document, the year of a
/// figure, the section of an item; a document added or removed is one document, not a change of each field.
extension BundledContentDiffTests {
    static let kachkanarIndicators = "sverdlovskaya-oblast/kachkanar/indicators.csv"
    static let rasskazovoIndicators = "tambovskaya-oblast/rasskazovskiy-rayon/indicators.csv"
    static let regionRoadmap = "sverdlovskaya-oblast/roadmaps/rsoko-2019.yaml"
    static let newRoadmap = "sverdlovskaya-oblast/pervouralsk/roadmaps/talents-2023.yaml"

    /// One figure in each of two entities' `indicators.csv`.
    static func changeTwoEntitiesIndicators(_ site: ContentFixture) throws {
        try site.replace("1.1.1;;;2019;98,6;", with: "1.1.1;;;2019;98,9;", in: kachkanarIndicators)
        try site.replace("М.1;;;2021;57,5;", with: "М.1;;;2021;58,5;", in: rasskazovoIndicators)
    }

    /// The region's roadmap deleted, a small one of Pervouralsk's added.
    static func addOneRoadmapAndDeleteAnother(_ site: ContentFixture) throws {
        try FileManager.default.removeItem(at: site.url(regionRoadmap))
        try site.write(
            """
            title: "Дорожная карта поддержки одарённых детей в городском округе Первоуральск на 2023 год"
            period: {from: 2023, to: 2023}
            columns:
              - {key: number, title: "№ п/п"}
              - {key: text, title: "Мероприятия"}
              - {key: deadline, title: "Сроки"}
              - {key: responsible, title: "Ответственные"}
            sections:
              - direction: talents
                title: "Выявление и поддержка одарённых детей"
                items:
                  - id: talents-1
                    number: "1."
                    text: "Проведение муниципального этапа всероссийской олимпиады школьников"
                    deadline: "ноябрь 2023"
                    responsible: ["Управление образования"]
                  - id: talents-2
                    number: "2."
                    text: "Формирование муниципального банка данных одарённых детей"
                    deadline: "декабрь 2023"
                    responsible: ["Управление образования"]

            """, to: newRoadmap)
    }

    @Test func twoEntitiesIndicatorsChanged() throws {
        let json = try diff(Self.changeTwoEntitiesIndicators)
        guard case .object(var root) = json, case .array(let pages)? = root["pages"] else {
            Issue.record("no pages: \(json)")
            return
        }
        for key in ["pages", "old", "new"] { root[key] = nil }
        var totals = Self.totals(hidden: 0)
        totals["changed"] = .integer(2)
        #expect(root == totals)
        func page(_ entity: String, code: String, year: String, old: String, new: String, delta: String) -> JSONValue {
            let value: [String: JSONValue] = [
                "field": .string("value"), "category": .string("indicator"), "old": .string(old), "new": .string(new),
                "deltas": .array([.string(delta)]),
                "edits": .array([.object(["op": .string("delete"), "text": .string(old)]), .object(["op": .string("insert"), "text": .string(new)])]),
            ]
            let change: [String: JSONValue] = [
                "change": .integer(1), "anchor": .string("item-\(code)/\(year)"), "action": .string("changed"), "moved": .bool(false),
                "id": .string("\(code)/\(year)"), "number": .string(code), "old_number": .string(code), "year": .string(year),
                "fields": .array([.object(value)]),
            ]
            return .object([
                "kind": .string("indicators"), "id": .string("indicators"), "entity": .string(entity), "title": .string("Показатели мониторинга"),
                "action": .string("changed"), "url": .string("\(entity)/indicators/index.html"),
                "added": .integer(0), "removed": .integer(0), "changed": .integer(1), "moved": .integer(0), "hidden": .integer(0),
                "metadata": .array([]), "columns": .array([]), "warnings": .array([]), "hidden_edits": .array([]), "changes": .array([.object(change)]),
            ])
        }
        #expect(pages == [
            page("sverdlovskaya-oblast/kachkanar", code: "1.1.1", year: "2019", old: "98,6 %", new: "98,9 %", delta: "+0,3 п.п."),
            page("tambovskaya-oblast/rasskazovskiy-rayon", code: "М.1", year: "2021", old: "57,5 %", new: "58,5 %", delta: "+1 п.п."),
        ])
    }

    /// The Markdown names each document's entity, in the table and in its heading, and each figure by its code, name and year.
    @Test func twoEntitiesIndicatorsInMarkdown() throws {
        let markdown = try output("markdown", Self.changeTwoEntitiesIndicators)
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(lines.contains("| Показатели мониторинга | Качканар | Показатели мониторинга |  |  | 1 |  |  |"), "\(markdown)")
        #expect(lines.contains("| Показатели мониторинга | Рассказовский район | Показатели мониторинга |  |  | 1 |  |  |"))
        #expect(lines.contains("### Показатели мониторинга (Качканар)"))
        #expect(lines.contains("### Показатели мониторинга (Рассказовский район)"))
        #expect(lines.contains(
            "- ✎ **показатель 1.1.1 «Доступность дошкольного образования для детей в возрасте от…», 2019 г.** Значение: ~~98,6 %~~ → 98,9 % (+0,3 п.п.)"))
        #expect(lines.contains(
            "- ✎ **показатель М.1 «Доля обучающихся, участвующих в открытых онлайн-уроках…», 2021 г.** Значение: ~~57,5 %~~ → 58,5 % (+1 п.п.)"))
    }

    @Test func oneRoadmapAddedAnotherDeleted() throws {
        let json = try diff(Self.addOneRoadmapAndDeleteAnother)
        guard case .object(var root) = json, case .array(let pages)? = root["pages"], pages.count == 2,
              case .object(var removed) = pages[0], case .object(var added) = pages[1],
              case .array(let removedRows)? = removed["changes"], case .array(let addedRows)? = added["changes"]
        else {
            Issue.record("not two pages: \(json)")
            return
        }
        for key in ["pages", "old", "new"] { root[key] = nil }
        var totals = Self.totals(hidden: 0)
        totals["added"] = .integer(2)
        totals["removed"] = .integer(125)
        #expect(root == totals)
        removed["changes"] = nil
        added["changes"] = nil
        // No «title: "" → …» or approval field changes: a document only one version has is one document.
        #expect(removed == [
            "kind": .string("roadmap"), "id": .string("rsoko-2019"), "entity": .string("sverdlovskaya-oblast"),
            "title": .string(
                "Дорожная карта по развитию региональной системы оценки качества образования и региональных механизмов управления качеством образования в Свердловской области"),
            "action": .string("removed"), "url": .string("sverdlovskaya-oblast/roadmaps/rsoko-2019/index.html"),
            "added": .integer(0), "removed": .integer(125), "changed": .integer(0), "moved": .integer(0), "hidden": .integer(0),
            "metadata": .array([]), "columns": .array([]), "warnings": .array([]), "hidden_edits": .array([]),
        ])
        #expect(added == [
            "kind": .string("roadmap"), "id": .string("talents-2023"), "entity": .string("sverdlovskaya-oblast/pervouralsk"),
            "title": .string("Дорожная карта поддержки одарённых детей в городском округе Первоуральск на 2023 год"),
            "action": .string("added"), "url": .string("sverdlovskaya-oblast/pervouralsk/roadmaps/talents-2023/index.html"),
            "added": .integer(2), "removed": .integer(0), "changed": .integer(0), "moved": .integer(0), "hidden": .integer(0),
            "metadata": .array([]), "columns": .array([]), "warnings": .array([]), "hidden_edits": .array([]),
        ])
        func row(_ number: Int, id: String, text: String, deadline: String, action: String) -> JSONValue {
            let item: [String: JSONValue] = [
                "id": .string(id), "number": .string("\(number)."), "level": .string("municipality"), "text": .string(text),
                "cells": .object(["text": .string(text), "deadline": .string(deadline), "responsible": .string("Управление образования")]),
            ]
            return .object([
                "change": .integer(number), "anchor": .string("item-\(id)"), "action": .string(action), "moved": .bool(false),
                "id": .string(id), "number": .string("\(number)."), "direction": .string("talents"),
                "section": .string("Выявление и поддержка одарённых детей"), "fields": .array([]), "item": .object(item),
            ])
        }
        #expect(addedRows == [
            row(1, id: "talents-1", text: "Проведение муниципального этапа всероссийской олимпиады школьников", deadline: "ноябрь 2023", action: "added"),
            row(2, id: "talents-2", text: "Формирование муниципального банка данных одарённых детей", deadline: "декабрь 2023", action: "added"),
        ])
        // The deleted roadmap's rows, each with its whole item, numbered 1…125 in reading order.
        #expect(removedRows.count == 125)
        for (index, row) in removedRows.enumerated() {
            guard case .object(let change) = row else { continue }
            #expect(change["action"] == .string("removed") && change["change"] == .integer(index + 1) && change["item"] != nil, "\(change)")
        }
        let text = "Утверждение дорожной карты по развитию региональной системы оценки качества образования и региональных механизмов управления качеством образования в Свердловской области"
        let first: [String: JSONValue] = [
            "change": .integer(1), "anchor": .string("item-normative-base-1"), "action": .string("removed"), "moved": .bool(false),
            "id": .string("normative-base-1"), "old_number": .string("1."), "direction": .string("normative-base"),
            "section": .string(
                "Формирование нормативно-правового обеспечения развития региональной системы оценки качества образования и региональных механизмов управления качеством образования в Свердловской области"),
            "fields": .array([]),
            "item": .object([
                "id": .string("normative-base-1"), "number": .string("1."), "level": .string("region"), "text": .string(text),
                "cells": .object(["text": .string(text), "deadline": .string("Февраль 2019"), "responsible": .string("ИРО")]),
            ]),
        ]
        #expect(removedRows.first == .object(first))
    }

    /// In the Markdown each is one line, under «Новые и удалённые документы», and no field of either is listed.
    @Test func oneRoadmapAddedAnotherDeletedInMarkdown() throws {
        let markdown = try output("markdown", Self.addOneRoadmapAndDeleteAnother)
        let changes = markdown.components(separatedBy: "\n### Новые и удалённые документы\n\n").last ?? ""
        #expect(changes == """
            - − удалён документ Дорожная карта по развитию региональной системы оценки качества образования и региональных механизмов управления качеством образования в Свердловской области (Свердловская область), 125 мероприятий
            - + добавлен документ Дорожная карта поддержки одарённых детей в городском округе Первоуральск на 2023 год (Первоуральск), 2 мероприятия

            """, "\(markdown)")
        #expect(markdown.contains("+ добавлено 2 · − удалено 125\n"))
        #expect(!markdown.contains("Название"))
    }
}
