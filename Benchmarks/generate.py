#!/usr/bin/env python3
"""Deterministic synthetic Karta content at three scales, with the same pages as a Hugo site.

usage: generate.py SCALE OUTDIR [--seed S]      SCALE: municipality | region | country
       generate.py --hash                      print the generator hash (cache key) and exit

Scales (entities = regions + municipalities + schools):
  municipality  1 region, 1 municipality, 30 schools               (32 entities)
  region        1 region, 70 municipalities, 1,200 schools         (1,271 entities)
  country       85 regions, 2,300 municipalities, 40,000 schools   (42,385 entities)

Every entity gets entity.yaml, one roadmap of 55-65 activities (roadmaps/ID.yaml), an annual report
for 2023 (reports/2023.md, with `karta execution` and `karta indicators` blocks) and an
indicators.csv (6 indicators, 2022 and 2023), in the format of docs/content-format.md. site.yaml is
written here; directions.yaml and glossary.yaml are copied from the repository's Content/.

OUTDIR (must not exist or be empty) receives:
  content/        the Karta content folder: `karta build --content OUTDIR/content`
  hugo/           the same page-worthy documents as a Hugo site (`hugo --source OUTDIR/hugo`):
                  every entity page (an _index.md: its sections list its children), every roadmap
                  (its table as a Markdown table), every report (the karta blocks written out as
                  Markdown tables) and each entity's report list (reports/_index.md)
  md/KIND/FLAT.md the same Markdown files (hard links to the Hugo pages), KIND = entity | roadmap |
                  report, FLAT = the entity path joined with "--": for the libcmark C loop
                  (cmark_batch writes OUT/KIND/FLAT/index.html)
  bodies.md       every body (front matter stripped) in generation order, one blank line between:
                  the single stream for `cmark bodies.md`
  manifest.json   counts and byte totals

Output is a function of (scale, seed, this file, the copied YAML) only: a rerun is byte-identical.
Entities are generated and written one at a time (streaming), so memory stays small at any scale.
Only the Python 3 standard library is used.
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_CONTENT = os.path.join(HERE, "..", "Content")
COPIED = ["directions.yaml", "glossary.yaml"]
DEFAULT_SEED = "karta-bench-1"
REPORT_YEAR = 2023
PERIOD = (2022, 2024)

SCALES = {
    # regions, municipalities (total), schools (total)
    "municipality": (1, 1, 30),
    "region": (1, 70, 1200),
    "country": (85, 2300, 40000),
}


def generator_hash():
    h = hashlib.sha256()
    with open(os.path.abspath(__file__), "rb") as f:
        h.update(f.read())
    for name in COPIED:
        with open(os.path.join(REPO_CONTENT, name), "rb") as f:
            h.update(name.encode() + b"\0" + f.read())
    return h.hexdigest()[:16]


def spread(total, parts):
    """total split into `parts` near-equal integers (the first ones get the remainder)."""
    base, rem = divmod(total, parts)
    return [base + (1 if i < rem else 0) for i in range(parts)]


# ----------------------------------------------------------------------------- names

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                     "yu", "ya"]))


def slugify(text):
    out = []
    for ch in text.lower():
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    s = "-".join(p for p in "".join(out).split("-") if p)
    return s or "x"


REGION_PREFIXES = ["Северо", "Южно", "Верхне", "Нижне", "Западно", "Восточно", "Ново", "Старо", "Средне"]
REGION_ROOTS = ["волжск", "донск", "уральск", "озерск", "лесн", "степн", "речн", "горн", "камск", "окск"]
TOWN_HEADS = ["Бел", "Крас", "Нов", "Зелен", "Камен", "Сосн", "Берез", "Луг", "Озер", "Яр", "Волж", "Гор",
              "Сер", "Тих", "Светл", "Рад", "Лип", "Кедр", "Ольх", "Песч"]
TOWN_TAILS = ["огорск", "оярск", "оград", "озерск", "ово", "ино", "инск", "ецк", "одар", "ополь"]
VILLAGES = ["Покровка", "Никольское", "Ивановка", "Михайловка", "Александровка", "Знаменка",
            "Троицкое", "Успенка", "Воскресенское", "Рождествено", "Петровка", "Васильевка"]


def region_names(r, n):
    pool = [p + "-" + q if p.endswith("о") and q[0] in "аеиоу" else p + q
            for p in REGION_PREFIXES for q in REGION_ROOTS]
    r.shuffle(pool)
    names = []
    for i in range(n):
        adj = pool[i % len(pool)]
        kind = ("область", "ая") if i % 5 != 4 else ("край", "ий")
        name = (adj + kind[1]).capitalize() + " " + kind[0]
        if i >= len(pool):
            name += " (%d)" % (i // len(pool) + 1)
        names.append(name)
    return names


def town(r):
    return r.choice(TOWN_HEADS) + r.choice(TOWN_TAILS)


def municipality_names(r, n):
    seen, names = set(), []
    while len(names) < n:
        t = town(r)
        k = r.randrange(3)
        if k == 0:
            full, short = "%sский район" % t.rstrip("ао"), t
        elif k == 1:
            full, short = "городской округ %s" % t, t
        else:
            full, short = "%sский муниципальный округ" % t.rstrip("ао"), t
        if full in seen:
            full = full + " № %d" % (len(names) + 1)
        seen.add(full)
        names.append((full, short))
    return names


SCHOOL_KINDS = [("МОУ СОШ № {n}", "sosh", "средняя общеобразовательная школа"),
                ("МОУ «Гимназия № {n}»", "gimnaziya", "гимназия"),
                ("МОУ «Лицей № {n}»", "litsey", "лицей"),
                ("МОУ «Основная школа № {n}»", "oosh", "основная общеобразовательная школа"),
                ("МОУ СОШ № {n}", "sosh", "средняя общеобразовательная школа")]


# ----------------------------------------------------------------------------- activity text

ACTIONS = ["Проведение", "Организация", "Разработка", "Обеспечение", "Анализ", "Подготовка",
           "Утверждение", "Совершенствование", "Реализация", "Формирование", "Внедрение",
           "Сопровождение", "Актуализация", "Проведение мониторинга", "Обобщение и распространение",
           "Корректировка", "Методическое сопровождение", "Информирование о ходе", "Выявление",
           "Экспертиза"]
OBJECTS = ["мониторинга образовательных результатов", "оценки качества образования",
           "методических рекомендаций", "адресных рекомендаций по результатам анализа",
           "всероссийских проверочных работ", "национальных исследований качества образования",
           "государственной итоговой аттестации", "функциональной грамотности обучающихся",
           "профессиональных компетенций педагогических работников", "управленческих решений",
           "показателей эффективности деятельности руководителей",
           "дополнительных профессиональных программ повышения квалификации",
           "объективности процедур оценивания", "индивидуальных образовательных маршрутов",
           "внутренней системы оценки качества образования", "профессиональных дефицитов учителей",
           "программ наставничества молодых педагогов", "олимпиад и конкурсов для одаренных детей",
           "профориентационных мероприятий", "программ поддержки школ с низкими результатами",
           "предметных и метапредметных результатов", "аналитических материалов",
           "нормативных документов", "комплексного анализа результатов процедур оценки качества",
           "информационной открытости образовательных организаций",
           "банка контрольных измерительных материалов", "плана-графика оценочных процедур"]
GENITIVES = ["образовательных организаций", "общеобразовательных организаций",
             "педагогических работников", "руководителей образовательных организаций",
             "обучающихся с низкими результатами", "учителей математики и русского языка",
             "методических объединений", "участников образовательных отношений",
             "родителей (законных представителей)", "обучающихся 4-9 классов",
             "выпускников 9 и 11 классов"]
MODIFIERS = ["в рамках реализации дорожной карты", "на основе анализа результатов",
             "с учетом результатов оценочных процедур", "по итогам учебного года",
             "в режиме видеоконференцсвязи", "с привлечением независимых экспертов",
             "по результатам мониторинга", "в целях повышения качества образования",
             "в соответствии с утвержденным графиком", "с использованием федеральной информационной системы оценки качества",
             "в рамках работы методических объединений", "с учетом выявленных затруднений"]
INDICATORS = ["Наличие приказа", "Наличие аналитической справки", "Наличие плана-графика",
              "Доля участников не менее 90%", "Наличие адресных рекомендаций",
              "Количество проведенных семинаров", "Материалы размещены на официальном сайте",
              "Наличие протокола заседания", "Доля педагогов, прошедших повышение квалификации"]
RESULTS = ["Аналитическая справка подготовлена", "План мероприятий утвержден",
           "Рекомендации направлены в ОО", "Проведены два семинара",
           "Материалы размещены на сайте", "Приняты управленческие решения"]
LINK_HOSTS = ["https://edu.example.ru", "https://iro.example.ru", "https://minobr.example.ru"]

RESPONSIBLE = {
    "region": ["ИРО", "РЦОИ", "РУМО", "ГАОУ ДПО СО «ИРО»", "ФИОКО", "РЭС", "МОУО",
               "региональный координатор", "рабочая группа министерства"],
    "municipality": ["МОУО", "УО", "ММЦ", "ММС", "ГМО", "РМО", "ИМЦ", "ТКДН и ЗП", "ОО", "ИРО",
                     "муниципальный координатор", "руководители ОО"],
    "school": ["ОО", "ШМО", "ОУ", "директор", "заместитель директора по учебной работе",
               "классные руководители", "педагог-психолог", "учителя-предметники"],
}

MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь"]
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
QUARTERS = ["I", "II", "III", "IV"]


def deadline(r):
    """(text as printed, the years of PERIOD it falls in)."""
    y = r.randint(PERIOD[0], PERIOD[1])
    every = set(range(PERIOD[0], PERIOD[1] + 1))
    k = r.randrange(12)
    if k == 0:
        return "ежегодно", every
    if k == 1:
        return r.choice(["постоянно", "ежеквартально", "ежемесячно", "в течение учебного года"]), every
    if k == 2:
        return "%s %d" % (r.choice(MONTHS), y), {y}
    if k == 3:
        return "%s %d г." % (r.choice(MONTHS).capitalize(), y), {y}
    if k == 4:
        return "до %02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), y), {y}
    if k == 5:
        a = r.randint(PERIOD[0], PERIOD[1] - 1)
        b = r.randint(a + 1, PERIOD[1])
        return "%d-%d гг." % (a, b), set(range(a, b + 1))
    if k == 6:
        return "%s квартал %d" % (r.choice(QUARTERS), y), {y}
    if k == 7:
        return "до %d %s %d г." % (r.randint(1, 28), r.choice(MONTHS_GEN), y), {y}
    if k == 8:
        return "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), y), {y}
    if k == 9:
        return "%d год" % y, {y}
    if k == 10:
        return "ежегодно, %s" % r.choice(MONTHS), every
    return "ежегодно", every


def activity_text(r):
    parts = [r.choice(ACTIONS), r.choice(OBJECTS), r.choice(GENITIVES)]
    if r.random() < 0.6:
        parts.append(r.choice(MODIFIERS))
    s = " ".join(parts)
    if r.random() < 0.1:
        w = s.split(" ")
        i = r.randrange(1, len(w))
        j = min(len(w), i + r.randint(1, 3))
        s = " ".join(w[:i] + ["**" + " ".join(w[i:j]) + "**"] + w[j:])
    if r.random() < 0.05:
        s += " ([приказ](%s/docs/%d))" % (r.choice(LINK_HOSTS), r.randint(100, 99999))
    if r.random() < 0.12:  # a second printed line: a sub-task of the cell
        s += "\n" + r.choice(ACTIONS) + " " + r.choice(OBJECTS)
    return s


def prose(r, sentences):
    out = []
    for _ in range(sentences):
        s = "%s %s %s %s." % (r.choice(ACTIONS), r.choice(OBJECTS), r.choice(GENITIVES),
                              r.choice(MODIFIERS))
        out.append(s)
    return " ".join(out)


# ----------------------------------------------------------------------------- YAML / Markdown

def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def md_cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


LEVEL_WORD = {"region": "региональной", "municipality": "муниципальной", "school": "школьной"}
LEVEL_RU = {"region": "регион", "municipality": "муниципалитет", "school": "школа"}
ROADMAP_ID = {"region": "rsoko-2022", "municipality": "msoko-2022", "school": "vsoko-2022"}
STATUS_RU = {"done": "выполнено", "in-progress": "выполняется", "not-done": "не выполнено",
             "no-data": "нет данных"}


def load_directions():
    ids, titles = [], {}
    cur = None
    with open(os.path.join(REPO_CONTENT, "directions.yaml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("- id: "):
                cur = line[6:].strip()
                ids.append(cur)
            elif line.startswith("  title: ") and cur:
                titles[cur] = json.loads(line[9:].strip())
    return ids, titles


DIRECTIONS, DIRECTION_TITLES = load_directions()


class Entity:
    def __init__(self, path, level, name, short, parent, responsible_as, details, description):
        self.path, self.level, self.name, self.short = path, level, name, short
        self.parent, self.responsible_as = parent, responsible_as
        self.details, self.description = details, description


def entity_yaml(e):
    lines = ["level: " + e.level, "name: " + q(e.name), "short_name: " + q(e.short)]
    if e.parent:
        lines.append("parent: " + e.parent)
    lines.append("responsible_as: [" + ", ".join(q(x) for x in e.responsible_as) + "]")
    lines.append("details:")
    for k, v in e.details:
        lines.append("  %s: %s" % (k, q(v)))
    lines.append("description: |")
    for para in e.description.split("\n"):
        lines.append("  " + para if para else "")
    return "\n".join(lines) + "\n"


def make_roadmap(r, e):
    n_items = r.randint(55, 65)
    dirs = [d for d in DIRECTIONS if d != "preschool-quality" or e.level != "school"]
    chosen = sorted(r.sample(range(len(dirs)), r.randint(5, 7)))
    counts = spread(n_items, len(chosen))
    sections = []
    for si, (di, cnt) in enumerate(zip(chosen, counts)):
        d = dirs[di]
        items = []
        for k in range(cnt):
            dl, years = deadline(r)
            pool = RESPONSIBLE[e.level]
            resp = r.sample(pool, r.randint(1, 3))
            it = {"id": "%s-%d" % (d, k + 1), "number": "%d.%d." % (si + 1, k + 1),
                  "text": activity_text(r), "deadline": dl, "years": years, "responsible": resp}
            if r.random() < 0.65:
                it["indicator"] = r.choice(INDICATORS)
            if r.random() < 0.3:
                it["status"] = r.choice(["done", "in-progress", "not-done"])
            items.append(it)
        title = DIRECTION_TITLES[d] if r.random() < 0.7 else "Развитие: " + DIRECTION_TITLES[d][0].lower() + DIRECTION_TITLES[d][1:]
        sections.append({"direction": d, "title": title, "items": items})
    appr_month = r.randint(1, 12)
    rm = {
        "id": ROADMAP_ID[e.level],
        "title": "Дорожная карта по развитию %s системы оценки качества образования (%s) на %d-%d годы"
                 % (LEVEL_WORD[e.level], e.name, PERIOD[0], PERIOD[1]),
        "approval": {"kind": "приказ", "body": e.details[0][1], "number": str(r.randint(10, 999)),
                     "date": "%d-%02d-%02d" % (PERIOD[0] - 1, appr_month, r.randint(1, 28))},
        "intro": "Дорожная карта определяет мероприятия %s на %d-%d годы. %s" % (
            {"region": "региона", "municipality": "муниципалитета", "school": "образовательной организации"}[e.level],
            PERIOD[0], PERIOD[1], prose(r, 2)),
        "sections": sections,
    }
    return rm


def roadmap_yaml(rm):
    a = rm["approval"]
    out = ["title: " + q(rm["title"]),
           "approval:",
           '  heading: "УТВЕРЖДЕНА"',
           "  kind: " + q(a["kind"]),
           "  body: " + q(a["body"]),
           "  number: " + q(a["number"]),
           "  date: " + a["date"],
           "period: {from: %d, to: %d}" % PERIOD,
           "columns:",
           '  - {key: number, title: "№ п/п"}',
           '  - {key: text, title: "Мероприятие (содержание деятельности)"}',
           '  - {key: deadline, title: "Сроки"}',
           '  - {key: responsible, title: "Ответственные"}',
           '  - {key: indicator, title: "Показатель"}',
           '  - {key: status, title: "Статус"}',
           "intro: " + q(rm["intro"]),
           "sections:"]
    for s in rm["sections"]:
        out.append("  - direction: " + s["direction"])
        out.append("    title: " + q(s["title"]))
        out.append("    items:")
        for it in s["items"]:
            out.append("      - id: " + it["id"])
            out.append("        number: " + q(it["number"]))
            if "\n" in it["text"]:
                out.append("        text: |")
                out.extend("          " + ln for ln in it["text"].split("\n"))
            else:
                out.append("        text: " + q(it["text"]))
            out.append("        deadline: " + q(it["deadline"]))
            out.append("        responsible: [" + ", ".join(q(x) for x in it["responsible"]) + "]")
            if "indicator" in it:
                out.append("        indicator: " + q(it["indicator"]))
            if "status" in it:
                out.append("        status: " + it["status"])
    out.append('outro: "В дорожную карту по результатам ее реализации могут быть внесены изменения."')
    return "\n".join(out) + "\n"


def roadmap_markdown(rm):
    """The roadmap table as Markdown (a GFM table, one row per activity, a row per section)."""
    out = [rm["intro"], "",
           "| № п/п | Мероприятие (содержание деятельности) | Сроки | Ответственные | Показатель | Статус |",
           "|---|---|---|---|---|---|"]
    for s in rm["sections"]:
        out.append("| | **%s** | | | | |" % md_cell(s["title"]))
        for it in s["items"]:
            out.append("| %s | %s | %s | %s | %s | %s |" % (
                it["number"], md_cell(it["text"]), md_cell(it["deadline"]),
                md_cell(", ".join(it["responsible"])), md_cell(it.get("indicator", "")),
                STATUS_RU.get(it.get("status"), "")))
    out += ["", "В дорожную карту по результатам ее реализации могут быть внесены изменения."]
    return "\n".join(out) + "\n"


INDICATOR_DEFS = [
    ("1.1.1", "Доля обучающихся, достигших базового уровня по результатам ВПР", "%", "выше", "ФИС ОКО"),
    ("1.2.1", "Доля выпускников, не получивших аттестат", "%", "ниже", "РЦОИ"),
    ("2.1.1", "Доля педагогов, прошедших диагностику профессиональных дефицитов", "%", "выше", "ЦНППМ"),
    ("2.4.1", "Удельный вес обучающихся, занимающихся во вторую смену", "%", "ниже", "форма ОО-1"),
    ("3.1.1", "Доля обучающихся, участвующих в олимпиадах", "%", "выше", "мониторинг"),
    ("М.1", "Количество проведенных методических семинаров", "ед.", "выше", "мониторинг"),
]


def fmt_num(x):
    return ("%.1f" % x).replace(".", ",")


def make_indicators(r):
    rows = []
    for code, name, unit, better, src in INDICATOR_DEFS:
        base = r.uniform(5, 95) if unit == "%" else r.randint(2, 20)
        target = base + r.uniform(-3, 6)
        v22 = base
        v23 = base + r.uniform(-4, 5)
        if unit == "ед.":
            vals = [(2022, str(int(v22)), str(int(target))), (2023, str(int(max(0, v23))), str(int(target) + 1))]
        else:
            vals = [(2022, fmt_num(v22), fmt_num(target)), (2023, fmt_num(max(0, v23)), fmt_num(target + 1))]
        rows.append((code, name, unit, better, src, vals))
    return rows


def indicators_csv(rows):
    out = ["Код;Показатель;Единица измерения;Год;Значение;Целевое значение;Лучше;Источник"]
    for code, name, unit, better, src, vals in rows:
        for i, (y, v, t) in enumerate(vals):
            if i == 0:
                out.append("%s;%s;%s;%d;%s;%s;%s;%s" % (code, name, unit, y, v, t, better, src))
            else:
                out.append("%s;;;%d;%s;%s;;%s" % (code, y, v, t, src))
    return "\n".join(out) + "\n"


def make_report(r, e, rm):
    execution = []  # (section title, item, status, result)
    for s in rm["sections"]:
        for it in s["items"]:
            if REPORT_YEAR in it["years"] and r.random() < 0.6:
                st = r.choice(["done", "done", "in-progress", "not-done", "no-data"])
                res = r.choice(RESULTS) if r.random() < 0.3 else None
                execution.append((s, it, st, res))
    return {"execution": execution,
            "intro": [prose(r, r.randint(3, 6)) for _ in range(r.randint(2, 3))],
            "analysis": [prose(r, r.randint(3, 5)) for _ in range(r.randint(1, 2))],
            "conclusions": [prose(r, r.randint(2, 5)) for _ in range(r.randint(1, 3))],
            "date": "%d-%02d-%02d" % (REPORT_YEAR + 1, r.randint(8, 10), r.randint(1, 28)),
            "title": "Итоговый отчет о результатах анализа состояния и перспектив развития системы "
                     "образования (%s) за %d год" % (e.name, REPORT_YEAR)}


def report_front(e, rm, rep):
    out = ["---", "year: %d" % REPORT_YEAR, "title: " + q(rep["title"]),
           "compiled_by: " + q(e.details[0][1]), "date: " + rep["date"],
           "summary: " + q("Синтетический отчет для замеров производительности (демонстрационные данные)."),
           "demo: true"]
    if rep["execution"]:
        out += ["execution:", "  %s:" % rm["id"]]
        for _, it, st, res in rep["execution"]:
            if res:
                out.append("    %s: {status: %s, result: %s}" % (it["id"], st, q(res)))
            else:
                out.append("    %s: %s" % (it["id"], st))
    out.append("---")
    return "\n".join(out) + "\n"


def report_body(e, rm, rep, karta, indicators):
    """karta=True: the Karta body with `karta` blocks; False: the blocks written out in Markdown."""
    out = ["## I. Анализ состояния и перспектив развития системы образования", "",
           "### 1. Вводная часть", ""]
    for p in rep["intro"]:
        out += [p, ""]
    out += ["### 2. Анализ состояния и перспектив развития системы образования", ""]
    for p in rep["analysis"]:
        out += [p, ""]
    if karta:
        out += ["```karta execution", "```", ""]
    else:
        out += ["#### Исполнение дорожных карт", "",
                "| Направление | Мероприятие | Срок | Ответственные | Статус | Результат |",
                "|---|---|---|---|---|---|"]
        for s, it, st, res in rep["execution"]:
            out.append("| %s | %s %s | %s | %s | %s | %s |" % (
                md_cell(DIRECTION_TITLES[s["direction"]]), it["number"], md_cell(it["text"]),
                md_cell(it["deadline"]), md_cell(", ".join(it["responsible"])), STATUS_RU[st], res or ""))
        out.append("")
    out += ["### 3. Выводы и заключения", ""]
    for p in rep["conclusions"]:
        out += [p, ""]
    out += ["## II. Показатели мониторинга системы образования", "",
            "Значения показателей приведены по данным мониторинга (демонстрационные данные).", ""]
    if karta:
        out += ["```karta indicators", "```"]
        if e.level != "school":
            out += ["", "```karta chart", "type: target", "```"]
    else:
        out += ["#### Показатели", "",
                "| Код | Показатель | Единица | %d | %d | Цель | Выполнение цели |" % (REPORT_YEAR - 1, REPORT_YEAR),
                "|---|---|---|---|---|---|---|"]
        for code, name, unit, better, src, vals in indicators:
            v0, v1, t1 = vals[0][1], vals[1][1], vals[1][2]
            pct = float(v1.replace(",", ".")) / max(0.1, float(t1.replace(",", "."))) * 100
            out.append("| %s | %s (лучше — %s; %s) | %s | %s | %s | %s | %s %% |" % (
                code, name, better, src, unit, v0, v1, t1, fmt_num(pct)))
    return "\n".join(out) + "\n"


def entity_body(e, children, has_report=True):
    out = [e.description, "", "| Сведения | |", "|---|---|"]
    for k, v in e.details:
        out.append("| %s | %s |" % (k, md_cell(v)))
    out += ["", "## Документы", "",
            "- [Дорожная карта %d-%d](roadmaps/%s/)" % (PERIOD[0], PERIOD[1], ROADMAP_ID[e.level])]
    if has_report:
        out.append("- [Отчет за %d год](reports/%d/)" % (REPORT_YEAR, REPORT_YEAR))
    if children:
        out += ["", "## Подведомственные", ""]
        for slug, name in children:
            out.append("- [%s](%s/)" % (name, slug))
    return "\n".join(out) + "\n"


def hugo_front(title, **params):
    out = ["---", "title: " + q(title)]
    for k, v in params.items():
        out.append("%s: %s" % (k, q(v) if isinstance(v, str) else json.dumps(v, ensure_ascii=False)))
    out.append("---")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- Hugo site files

HUGO_TOML = """baseURL = "https://karta.example.ru/"
languageCode = "ru"
defaultContentLanguage = "ru"
title = "Оценка качества образования: дорожные карты (синтетический корпус)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
enableRobotsTXT = false
[markup.goldmark.renderer]
unsafe = false
"""

BASEOF = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ .Site.Title }}</title>
{{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
<meta name="generator" content="Hugo">
<meta property="og:type" content="website">
<meta property="og:locale" content="ru_RU">
<meta property="og:site_name" content="{{ .Site.Title }}">
<meta property="og:title" content="{{ .Title }}">
<link rel="stylesheet" href="{{ "assets/karta.css" | relURL }}">
<script src="{{ "assets/accessibility.js" | relURL }}"></script>
</head>
<body data-kind="{{ .Params.kind | default "page" }}">
<a class="skip-link" href="#main">Перейти к содержанию</a>
<header class="site-header">
{{ partial "accessibility.html" . }}
<p class="site-title"><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
<nav aria-label="Разделы сайта">
<ul class="site-nav">
<li><a href="{{ "/" | relURL }}">Главная</a></li>
<li><a href="{{ "/directions/" | relURL }}">Направления</a></li>
<li><a href="{{ "/years/" | relURL }}">По годам</a></li>
<li><a href="{{ "/levels/" | relURL }}">Уровни</a></li>
<li><a href="{{ "/responsible/" | relURL }}">Ответственные</a></li>
<li><a href="{{ "/glossary/" | relURL }}">Сокращения</a></li>
</ul>
</nav>
<form class="site-search" role="search" action="{{ "/search/" | relURL }}" method="get">
<label for="site-search-query">Поиск по сайту</label>
<input id="site-search-query" type="search" name="q">
<button type="submit">Найти</button>
</form>
</header>
{{ partial "breadcrumbs.html" . }}
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
<p>{{ .Site.Title }}. Сайт создан программой Hugo.</p>
</footer>
</body>
</html>
"""

ACCESSIBILITY = """<details class="accessibility">
<summary>Версия для слабовидящих</summary>
<form class="accessibility-panel" aria-label="Настройки отображения">
<fieldset><legend>Размер шрифта</legend>
<label><input type="radio" name="font-size" value="normal" checked> Обычный</label>
<label><input type="radio" name="font-size" value="large"> Крупный</label>
<label><input type="radio" name="font-size" value="larger"> Очень крупный</label>
</fieldset>
<fieldset><legend>Цветовая схема</legend>
<label><input type="radio" name="scheme" value="default" checked> Обычная</label>
<label><input type="radio" name="scheme" value="black-on-white"> Черным по белому</label>
<label><input type="radio" name="scheme" value="white-on-black"> Белым по черному</label>
<label><input type="radio" name="scheme" value="blue"> Темно-синим по голубому</label>
</fieldset>
<fieldset><legend>Межбуквенный интервал</legend>
<label><input type="radio" name="spacing" value="normal" checked> Обычный</label>
<label><input type="radio" name="spacing" value="wide"> Увеличенный</label>
</fieldset>
<fieldset><legend>Изображения</legend>
<label><input type="checkbox" name="images" value="off"> Скрыть изображения</label>
</fieldset>
<button type="reset">Обычная версия сайта</button>
</form>
</details>
"""

BREADCRUMBS = """{{ if not .IsHome }}<nav class="breadcrumbs" aria-label="Навигационная цепочка">
<ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}<li aria-current="page">{{ .Title }}</li>
</ol>
</nav>{{ end }}
"""

DETAILS = """<dl class="details">
{{ with .Params.entity }}<dt>Орган, организация</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.level }}<dt>Уровень</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.approval }}<dt>Утверждение</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.period }}<dt>Период</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.items }}<dt>В таблице</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.compiled_by }}<dt>Составитель</dt><dd>{{ . }}</dd>{{ end }}
</dl>
"""

SINGLE = """{{ define "main" }}
<article class="{{ .Params.kind }}">
{{ if .Params.demo }}<p class="demo-banner" role="note">Демонстрационные данные</p>{{ end }}
<h1>{{ .Title }}</h1>
{{ partial "details.html" . }}
<div class="prose">
{{ .Content }}
</div>
</article>
{{ end }}
"""

LIST = """{{ define "main" }}
<article class="{{ .Params.kind | default "list" }}">
<h1>{{ .Title }}</h1>
{{ partial "details.html" . }}
<div class="prose">
{{ .Content }}
</div>
{{ with .Sections }}<h2>Разделы</h2>
<ul class="entities">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.level }} <span class="note">{{ . }}</span>{{ end }}</li>
{{ end }}</ul>{{ end }}
{{ with .RegularPages }}<h2>Документы</h2>
<ul class="documents">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>{{ end }}
</article>
{{ end }}
"""


# ----------------------------------------------------------------------------- writer

class Writer:
    def __init__(self, out):
        self.out = out
        self.bodies = open(os.path.join(out, "bodies.md"), "w", encoding="utf-8", newline="\n")
        self.first_body = True
        self.c = {"karta_files": 0, "karta_bytes": 0, "hugo_pages": 0, "hugo_bytes": 0,
                  "md_files": 0, "body_bytes": 0, "bodies_md_bytes": 0}
        self.made = set()

    def write(self, rel, text):
        path = os.path.join(self.out, rel)
        d = os.path.dirname(path)
        if d not in self.made:
            os.makedirs(d, exist_ok=True)
            self.made.add(d)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        return path, len(data)

    def karta(self, rel, text):
        _, n = self.write(os.path.join("content", rel), text)
        self.c["karta_files"] += 1
        self.c["karta_bytes"] += n

    def page(self, hugo_rel, kind, flat, front, body):
        path, n = self.write(os.path.join("hugo", "content", hugo_rel), front + "\n" + body)
        self.c["hugo_pages"] += 1
        self.c["hugo_bytes"] += n
        md = os.path.join(self.out, "md", kind, flat + ".md")
        d = os.path.dirname(md)
        if d not in self.made:
            os.makedirs(d, exist_ok=True)
            self.made.add(d)
        try:
            os.link(path, md)
        except OSError:
            with open(path, "rb") as a, open(md, "wb") as b:
                b.write(a.read())
        self.c["md_files"] += 1
        data = body.encode("utf-8")
        self.c["body_bytes"] += len(data)
        if not self.first_body:
            self.bodies.write("\n")
            self.c["bodies_md_bytes"] += 1
        self.first_body = False
        self.bodies.write(body)
        self.c["bodies_md_bytes"] += len(data)

    def close(self):
        self.bodies.close()


def emit_entity(w, seed, e, children, counts):
    r = random.Random("%s:%s" % (seed, e.path))
    flat = e.path.replace("/", "--")
    w.karta(os.path.join(e.path, "entity.yaml"), entity_yaml(e))
    rm = make_roadmap(r, e)
    w.karta(os.path.join(e.path, "roadmaps", rm["id"] + ".yaml"), roadmap_yaml(rm))
    ind = make_indicators(r)
    w.karta(os.path.join(e.path, "indicators.csv"), indicators_csv(ind))
    rep = make_report(r, e, rm)
    w.karta(os.path.join(e.path, "reports", "%d.md" % REPORT_YEAR),
            report_front(e, rm, rep) + report_body(e, rm, rep, True, ind))
    n_items = sum(len(s["items"]) for s in rm["sections"])
    counts["roadmaps"] += 1
    counts["items"] += n_items
    counts["reports"] += 1
    counts["execution_entries"] += len(rep["execution"])
    # Hugo / md: the entity page, its roadmap, its report and its report list
    w.page(os.path.join(e.path, "_index.md"), "entity", flat,
           hugo_front(e.name, kind="entity", level=LEVEL_RU[e.level]), entity_body(e, children))
    a = rm["approval"]
    w.page(os.path.join(e.path, "roadmaps", rm["id"] + ".md"), "roadmap", flat + "--" + rm["id"],
           hugo_front(rm["title"], kind="roadmap", entity=e.name,
                      approval="приказ %s от %s № %s" % (a["body"], a["date"], a["number"]),
                      period="%d-%d" % PERIOD, items=n_items),
           roadmap_markdown(rm))
    w.page(os.path.join(e.path, "reports", "_index.md"), "reports", flat + "--reports",
           hugo_front("Отчеты: " + e.name, kind="report-index"), "Ежегодные отчеты о состоянии системы образования.\n")
    w.page(os.path.join(e.path, "reports", "%d.md" % REPORT_YEAR), "report", flat + "--%d" % REPORT_YEAR,
           hugo_front(rep["title"], kind="report", entity=e.name, compiled_by=e.details[0][1], demo=True),
           report_body(e, rm, rep, False, ind))


def region_entity(r, name, slug):
    short = name.split(" ")[0]
    return Entity(slug, "region", name, short, None,
                  ["министерство образования (%s)" % short.lower()],
                  [("Орган управления образованием", "Министерство образования (%s)" % name),
                   ("Адрес", "%06d, %s, ул. Ленина, д. %d" % (r.randint(100000, 699999), name, r.randint(1, 99))),
                   ("Региональный институт", "ИРО")],
                  "Региональная система оценки качества образования (%s).\n\n%s" % (name, prose(r, 2)))


def municipality_entity(r, region, full, short, slug):
    return Entity(region.path + "/" + slug, "municipality", full[0].upper() + full[1:], short,
                  region.path, ["МОУО", "управление образования (%s)" % short],
                  [("Орган управления образованием", "Управление образования (%s)" % full),
                   ("Методическая служба", "ММЦ (%s)" % short),
                   ("Адрес", "%06d, %s, %s" % (r.randint(100000, 699999), region.name, full))],
                  "Муниципальная система образования: %s.\n\n%s" % (full, prose(r, 2)))


def school_entity(r, muni, idx, used):
    pattern, sslug, kind_full = r.choice(SCHOOL_KINDS)
    while True:
        n = r.randint(1, 120)
        slug = "%s-%d" % (sslug, n)
        if slug not in used:
            break
    used.add(slug)
    if r.random() < 0.15:
        village = r.choice(VILLAGES)
        name = pattern.replace("№ {n}", "с. " + village)
        slug = "%s-%s" % (sslug, slugify(village))
        if slug in used:
            slug = "%s-%d" % (slug, idx)
        used.add(slug)
    else:
        name = pattern.format(n=n)
    return Entity(muni.path + "/" + slug, "school", name, name, muni.path, ["ОО", name],
                  [("Полное наименование", "Муниципальное образовательное учреждение «%s» (%s)" % (name, kind_full)),
                   ("Директор", "%s %s. %s." % (r.choice(["Иванова", "Петров", "Сидорова", "Кузнецов", "Смирнова", "Попов"]),
                                               r.choice("АВЕИМНОСТ"), r.choice("АВГДЕИМНП")))],
                  "Образовательная организация (%s).\n\n%s" % (muni.name, prose(r, 1)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("scale", nargs="?", choices=sorted(SCALES))
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--seed", default=DEFAULT_SEED)
    ap.add_argument("--hash", action="store_true", help="print the generator hash and exit")
    a = ap.parse_args()
    if a.hash:
        print(generator_hash())
        return
    if not a.scale or not a.outdir:
        ap.error("SCALE and OUTDIR are required")
    out = a.outdir
    if os.path.exists(out) and os.listdir(out):
        sys.exit("refusing to write into non-empty %s" % out)
    os.makedirs(out, exist_ok=True)
    n_reg, n_mun, n_sch = SCALES[a.scale]
    seed = "%s:%s" % (a.seed, a.scale)
    w = Writer(out)

    # site-wide files
    w.karta("site.yaml", 'title: "Оценка качества образования: дорожные карты (синтетический корпус)"\n'
            'description: "Синтетический корпус для замеров производительности Karta: масштаб %s"\n'
            'allow_raw_html: false\n' % a.scale)
    for name in COPIED:
        with open(os.path.join(REPO_CONTENT, name), encoding="utf-8") as f:
            w.karta(name, f.read())
    home = ("---\ntitle: \"Оценка качества образования\"\n---\n"
            "Синтетический корпус дорожных карт: %d регион(ов), %d муниципалитет(ов), %d школ.\n"
            % (n_reg, n_mun, n_sch))
    w.karta("index.md", home)
    for rel, text in [("hugo.toml", HUGO_TOML), ("layouts/_default/baseof.html", BASEOF),
                      ("layouts/_default/single.html", SINGLE), ("layouts/_default/list.html", LIST),
                      ("layouts/partials/accessibility.html", ACCESSIBILITY),
                      ("layouts/partials/breadcrumbs.html", BREADCRUMBS),
                      ("layouts/partials/details.html", DETAILS)]:
        w.write(os.path.join("hugo", rel), text)
    w.page("_index.md", "entity", "home", hugo_front("Оценка качества образования", kind="home"),
           home.split("---\n", 2)[2])

    counts = {"regions": 0, "municipalities": 0, "schools": 0, "roadmaps": 0, "items": 0,
              "reports": 0, "execution_entries": 0}
    top = random.Random(seed + ":names")
    regions = region_names(top, n_reg)
    muni_per_region = spread(n_mun, n_reg)
    schools_per_muni = spread(n_sch, n_mun)
    mi = 0
    used_slugs = set()
    for ri, rname in enumerate(regions):
        rr = random.Random("%s:region:%d" % (seed, ri))
        slug = slugify(rname)
        while slug in used_slugs:
            slug += "-x"
        used_slugs.add(slug)
        region = region_entity(rr, rname, slug)
        munis = []
        mslugs = set()
        for full, short in municipality_names(rr, muni_per_region[ri]):
            ms = slugify(full.replace("городской округ ", "go-").replace(" муниципальный округ", "-mo")
                         .replace(" район", "-rayon"))
            while ms in mslugs:
                ms += "-2"
            mslugs.add(ms)
            munis.append(municipality_entity(rr, region, full, short, ms))
        emit_entity(w, seed, region, [(m.path.split("/")[-1], m.name) for m in munis], counts)
        counts["regions"] += 1
        for m in munis:
            mr = random.Random("%s:muni:%s" % (seed, m.path))
            used = set()
            schools = [school_entity(mr, m, k, used) for k in range(schools_per_muni[mi])]
            mi += 1
            emit_entity(w, seed, m, [(s.path.split("/")[-1], s.name) for s in schools], counts)
            counts["municipalities"] += 1
            for s in schools:
                emit_entity(w, seed, s, [], counts)
                counts["schools"] += 1
    w.close()
    man = {"scale": a.scale, "seed": a.seed, "generator": generator_hash(),
           "report_year": REPORT_YEAR, "period": list(PERIOD)}
    man.update(counts)
    man["entities"] = counts["regions"] + counts["municipalities"] + counts["schools"]
    man.update(w.c)
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(man, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    json.dump(man, sys.stdout, ensure_ascii=False, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
