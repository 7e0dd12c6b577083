import KartaContent
import KartaModel

/// The texts of a new site: `site.yaml`, the glossary, the directions and the editors' README.
extension SiteScaffold {
    /// The directions of the quality-management methodology (domain model §1.2), as the bundled
    /// content lists them: a new site's roadmaps point at them by id.
    static let directions: [Direction] = {
        let catalogue = SourceLocation(file: "directions.yaml")
        return [
        Direction(id: "normative-base", title: "Формирование нормативно-правового обеспечения", shortTitle: "Нормативная база", group: .none, location: catalogue),
        Direction(id: "training-quality", title: "Система оценки качества подготовки обучающихся", shortTitle: "Подготовка обучающихся", group: .results, location: catalogue),
        Direction(id: "low-results", title: "Система работы со школами с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях", shortTitle: "Школы с низкими результатами", group: .results, location: catalogue),
        Direction(id: "talents", title: "Система выявления, поддержки и развития способностей и талантов у детей и молодежи", shortTitle: "Способности и таланты", group: .results, location: catalogue),
        Direction(id: "career-guidance", title: "Система работы по самоопределению и профессиональной ориентации обучающихся", shortTitle: "Профориентация", group: .results, location: catalogue),
        Direction(id: "objectivity", title: "Система обеспечения объективности процедур оценки качества образования и олимпиад школьников", shortTitle: "Объективность оценки", group: .activity, location: catalogue),
        Direction(id: "leaders", title: "Система мониторинга эффективности руководителей образовательных организаций", shortTitle: "Эффективность руководителей", group: .activity, location: catalogue),
        Direction(id: "teacher-development", title: "Система обеспечения профессионального развития педагогических работников", shortTitle: "Развитие педагогов", group: .activity, location: catalogue),
        Direction(id: "methodical-work", title: "Система методической работы", shortTitle: "Методическая работа", group: .activity, location: catalogue),
        Direction(id: "upbringing", title: "Система организации воспитания и социализации обучающихся", shortTitle: "Воспитание", group: .activity, location: catalogue),
        Direction(id: "preschool-quality", title: "Система мониторинга качества дошкольного образования", shortTitle: "Дошкольное образование", group: .activity, location: catalogue),
        ]
    }()

    static func siteText(name: String) -> String {
        let quoted = ReportScaffold.yamlString
        return """
            # Настройки сайта; формат — docs/content-format.md («site.yaml»).
            title: \(quoted("Оценка качества образования: дорожные карты"))
            description: \(quoted("Дорожные карты по развитию системы оценки качества образования: \(name)"))
            allow_raw_html: false                  # true — только если все авторы доверенные
            # base_url: "https://uo.example.ru/karta/"   # адрес публикации: даёт sitemap.xml и канонические ссылки
            # list_limit: \(SiteConfig.defaultListLimit)                      # сколько мероприятий сводная страница показывает списком
            # Кто публикует сайт: название — в шапке каждой страницы, контакты — внизу.
            owner:
              name: \(quoted(name))
              # short_name: "Управление образования"
              # emblem: gerb.svg                   # герб или логотип: файл рядом с site.yaml (svg, png, jpg)
              # address: "620000, г. …, ул. …, д. 1"
              # phone: "8 (343) 000-00-00"
              # email: "uo@example.ru"
              # hours: "пн–пт 9:00–18:00"
              # website: "https://uo.example.ru/"
              # legal_basis: "Приказ … от … № …"
            # credit: false                        # убрать строку «Сайт создан программой Karta»
            # analysis: hidden                     # страницы анализа (управленческий цикл) — только в karta serve

            """
    }

    /// One entry per body the example roadmaps name, each with its level.
    static var glossaryText: String {
        let entries = LeadBody.all.map { body in
            """
            \(ReportScaffold.yamlString(body.abbreviation)):
              full: \(ReportScaffold.yamlString(body.full))
              kind: \(GlossaryEntry.Kind.organization.rawValue)
              level: \(body.level.rawValue)
            """
        }
        return """
            # Сокращения и их расшифровки: на сайте каждое показано с подсказкой <abbr>.
            # Поля: full (обязательно), kind (\(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: " | "))),
            # level (\(Level.allCases.map(\.rawValue).joined(separator: " | "))), variants, note.
            \(entries.joined(separator: "\n"))

            """
    }

    static var directionsText: String {
        let entries = directions.map { direction in
            var lines = [
                "- id: \(direction.id)",
                "  title: \(ReportScaffold.yamlString(direction.title))",
                "  group: \(direction.group.rawValue)",
            ]
            if let short = direction.shortTitle { lines.append("  short: \(ReportScaffold.yamlString(short))") }
            return lines.joined(separator: "\n")
        }
        return """
            # Направления в порядке показа; разделы дорожных карт ссылаются на них по id.
            # group: \(Direction.Group.allCases.map(\.rawValue).joined(separator: " | "))
            \(entries.joined(separator: "\n"))

            """
    }

    static func readme(level: Level) -> String {
        let folder = "\(SiteRoot.contentFolderName)/\(entityID(level))"
        // The next entity an editor adds is of the level that sits under the site's own.
        let (child, childID) = EntityScaffold.childLevel(of: level) == .municipality ? ("муниципалитет", "gorod") : ("школу", "sosh-1")
        return """
            # Сайт дорожных карт

            Сайт собирается программой Karta из папки `Content/`:

            ```sh
            karta check      # проверить содержание: ошибки с файлом, строкой и графой
            karta serve      # просмотр в браузере на http://127.0.0.1:8000/, обновляется при правке
            karta build      # собрать сайт в папку Output/ — её и публикуют
            ```

            Команды работают из любой папки внутри сайта.

            ## Что где лежит

            - `Content/site.yaml` — название и описание сайта;
            - `Content/glossary.yaml` — сокращения и их расшифровки;
            - `Content/directions.yaml` — направления, по которым группируются мероприятия;
            - `\(folder)/entity.yaml` — сведения об организации;
            - `\(folder)/roadmaps/` — дорожные карты, одна в файле (пример уже есть).

            ## С чего начать

            1. Впишите в `entity.yaml` настоящее название, а папку переименуйте латиницей
               (`kachkanar`): имя папки становится адресом страницы.
            2. Замените пример дорожной карты своей или импортируйте документ Word:
               `karta import карта.docx --into \(folder)`.
            3. Добавьте \(child): `karta new entity \(entityID(level)) \(childID)`,
               новую дорожную карту: `karta new roadmap \(entityID(level)) soko-2`.
            4. Каждое сокращение в текстах внесите в `glossary.yaml`, иначе `karta check` предупредит.

            Оформление встроено в `karta`. Чтобы изменить его, выполните
            `karta theme export тема` и положите изменённые файлы в папку `Templates/`
            рядом с `Content/`: каждый заменит встроенный файл с тем же именем.

            """
    }
}
