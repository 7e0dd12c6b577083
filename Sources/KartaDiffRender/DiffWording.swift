import Foundation
import KartaDiff
import KartaModel
import KartaRender

/// The Russian words of the diff report: actions with their glyphs, fields, shifts, deltas, counts.
public enum DiffWording {
    /// Glyph and word for each action: never colour alone.
    public static func action(_ action: DiffAction) -> (glyph: String, label: String) {
        switch action {
        case .added: ("+", "добавлено")
        case .removed: ("−", "удалено")
        case .changed: ("✎", "изменено")
        case .unchanged: ("", "без изменений")
        }
    }

    public static let moved = (glyph: "↕", label: "перемещено")

    public static func category(_ category: ChangeCategory) -> String {
        switch category {
        case .wording: "формулировки"
        case .deadline: "сроки"
        case .responsible: "ответственные"
        case .indicator: "показатели"
        case .status: "статус"
        }
    }

    public static func kind(_ kind: DocumentKind) -> String {
        switch kind {
        case .roadmap: "Дорожная карта"
        case .plan: "План по уровням"
        case .expectedResults: "Ожидаемые результаты"
        case .glossary: "Глоссарий"
        case .directions: "Направления"
        case .entities: "Органы и организации"
        case .indicators: "Показатели мониторинга"
        case .page: "Страница"
        case .report: "Отчёт"
        }
    }

    /// «12 мероприятий», «3 строки»: what the rows of a document are.
    public static func units(_ count: Int, of kind: DocumentKind) -> String {
        switch kind {
        case .roadmap: RussianFormat.activities(count)
        case .glossary: RussianFormat.plural(count, one: "сокращение", few: "сокращения", many: "сокращений")
        case .directions: RussianFormat.plural(count, one: "направление", few: "направления", many: "направлений")
        case .entities: RussianFormat.plural(count, one: "организация", few: "организации", many: "организаций")
        case .page, .report: RussianFormat.plural(count, one: "абзац", few: "абзаца", many: "абзацев")
        case .plan, .expectedResults: RussianFormat.plural(count, one: "строка", few: "строки", many: "строк")
        case .indicators: RussianFormat.plural(count, one: "значение", few: "значения", many: "значений")
        }
    }

    public static func hiddenKind(_ kind: HiddenEdit.Kind) -> String {
        switch kind {
        case .typography: "типографика: кавычки, тире, пробелы, «ё»"
        case .deadlineFormat: "тот же срок, записанный иначе"
        case .partiesOrder: "те же ответственные в другом порядке"
        case .partiesSpelling: "тот же ответственный по глоссарию, записанный иначе"
        }
    }

    /// Where a hidden edit is: its row or block, or the document's own fields.
    public static func hiddenPlace(_ edit: HiddenEdit) -> String {
        edit.place.isEmpty ? "реквизиты документа" : edit.place
    }

    /// The field a hidden edit is in: the column's printed title, else the field's name.
    public static func hiddenField(_ edit: HiddenEdit, columns: [TableColumn]) -> String {
        columns.first { $0.key == edit.field }?.title ?? metadata(edit.field)
    }

    public static func metadata(_ key: String) -> String {
        switch key {
        case "title": "Название"
        case "approval": "Утверждающий документ"
        case "approval-date": "Дата утверждения"
        case "approval-heading": "Гриф утверждения"
        case "period": "Период"
        case "intro": "Текст перед таблицей"
        case "outro": "Текст после таблицы"
        case "source": "Источник"
        case "caption": "Подпись таблицы"
        case "kind": "Вид страницы"
        case "date": "Дата"
        case "summary": "Краткое описание"
        case "year": "Год"
        case "execution-result": "Результат исполнения"
        default: key
        }
    }

    /// The printed name of a value of a fixed list, by the column it sits in.
    public static func choice(_ value: String, column: String) -> String {
        switch column {
        case "status": ItemStatus(rawValue: value).map(RussianFormat.status) ?? value
        case "kind": GlossaryEntry.Kind(rawValue: value).map(RussianFormat.glossaryKind) ?? value
        case "group": Direction.Group(rawValue: value).map(RussianFormat.directionGroup) ?? value
        case "level": Level(rawValue: value).map(RussianFormat.level) ?? value
        case "better": ["higher": "выше", "lower": "ниже", "neutral": "нейтрально"][value] ?? value
        default: value
        }
    }

    public static func level(_ level: Level) -> String {
        switch level {
        case .region: "регион"
        case .municipality: "муниципалитет"
        case .school: "ОО"
        }
    }

    /// «позже на 61 день», «раньше на 2 дня».
    public static func shift(_ days: Int) -> String {
        let amount = RussianFormat.plural(abs(days), one: "день", few: "дня", many: "дней")
        return days > 0 ? "позже на \(amount)" : "раньше на \(amount)"
    }

    /// «+5 п.п.», «−2,5», with the minus sign and a decimal comma.
    public static func delta(_ delta: NumericDelta) -> String {
        let change = delta.change
        let sign = change > 0 ? "+" : change < 0 ? "−" : "±"
        let magnitude = NSDecimalNumber(decimal: change < 0 ? -change : change).stringValue.replacingOccurrences(of: ".", with: ",")
        return sign + magnitude + (delta.isPercent ? " п.п." : "")
    }

    public static func version(_ label: VersionLabel) -> String {
        switch label.kind {
        case .worktree: "рабочая копия (незафиксированные изменения)"
        case .folder: "папка \(label.name)"
        case .revision: label.detail.map { "\(label.name) (\($0))" } ?? label.name
        }
    }

    /// «+ добавлено 2 · − удалено 1 · ✎ изменено 5 (сроки — 2, формулировки — 3) · ↕ перемещено 1 · скрыто правок оформления: 4».
    public static func summary(_ counts: ChangeCounts, kind: DocumentKind?) -> String {
        var parts: [String] = []
        if counts.added > 0 { parts.append("+ добавлено \(counted(counts.added, kind))") }
        if counts.removed > 0 { parts.append("− удалено \(counted(counts.removed, kind))") }
        let rows = counts.changed - counts.execution
        if rows > 0 {
            let categories = ChangeCategory.allCases.compactMap { category in
                counts.categories[category].map { "\(Self.category(category)) — \($0)" }
            }
            parts.append("✎ изменено \(counted(rows, kind))" + (categories.isEmpty ? "" : " (\(categories.joined(separator: ", ")))"))
        }
        if counts.execution > 0 {
            parts.append("✎ изменено исполнение \(RussianFormat.plural(counts.execution, one: "мероприятия", few: "мероприятий", many: "мероприятий"))")
        }
        if counts.moved > 0 { parts.append("↕ перемещено \(counted(counts.moved, kind))") }
        if counts.metadata > 0 { parts.append("изменений в реквизитах и структуре: \(counts.metadata)") }
        if parts.isEmpty { parts.append("изменений нет") }
        if counts.hidden > 0 { parts.append("скрыто правок оформления: \(counts.hidden)") }
        return parts.joined(separator: " · ")
    }

    static func counted(_ count: Int, _ kind: DocumentKind?) -> String {
        kind.map { units(count, of: $0) } ?? String(count)
    }

    public static func columnChange(_ change: ColumnChange) -> String {
        switch change.kind {
        case .added: "добавлен столбец «\(change.newTitle ?? change.key)»"
        case .removed: "удалён столбец «\(change.oldTitle ?? change.key)»"
        case .renamed: "столбец «\(change.oldTitle ?? "")» назван «\(change.newTitle ?? "")»"
        case .reordered: "изменён порядок столбцов"
        }
    }

    public static func warning(_ warning: DiffWarning) -> String {
        switch warning.kind {
        case .idChanged:
            "Идентификатор изменён: «\(warning.oldID)» → «\(warning.id)»; текст совпадает на \(Int((warning.similarity * 100).rounded())) %, строки сопоставлены. Проверьте, что это то же мероприятие."
        case .idReused:
            "Идентификатор «\(warning.id)» остался прежним, но текст совпадает лишь на \(Int((warning.similarity * 100).rounded())) %: возможно, идентификатор использован для другого мероприятия."
        }
    }
}
