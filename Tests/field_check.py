#!/usr/bin/env python3
"""Field check of a built site against seed documents (issue 14, point 6).

fidelity.py says that a seed's words are somewhere on the site; this says they landed in the right
place: for every activity row of a seed's tables (a numbered row with its deadline and responsible
cells, in either row style of a text export), the site has a roadmap row with that number whose activity text
begins with the seed's text, and that row's «Сроки» cell holds the seed's deadline words and its
«Ответственные» cell the seed's responsible words (a row's sub-item rows count as part of it: a
cell listing several sub-items' deadlines or bodies is split over them). Words are compared without case, ё/е, markup,
quotes and dashes, so typography and <abbr> expansions do not count as differences.

    field_check.py SITE_DIR SEED.txt [SEED.txt ...]

Prints one line per seed (rows checked, rows placed right, rows not found) and every misplaced row;
exits 1 when a row found on the site has a field in the wrong place, or when fewer than half of a
seed's candidate rows were found at all (the check would then be checking nothing).
"""
import html
import html.parser
import pathlib
import re
import sys

NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?$")
TAG = re.compile(r"<[^>]*>")
PREFIX_WORDS = 6


def words(text):
    text = html.unescape(TAG.sub(" ", text)).lower().replace("ё", "е")
    return re.findall(r"\w+", text)


def number_key(cell):
    return cell.strip().rstrip(".")


class RoadmapRows(html.parser.HTMLParser):
    """The rows of a roadmap page: number, and the words of each cell by column key."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = []
        self.row = None
        self.cell = None
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "tr" and (attrs.get("id") or "").startswith(("item-", "subitem-")):
            self.row = {"subitem": attrs["id"].startswith("subitem-")}
        elif self.row is not None and tag in ("td", "th"):
            key = next((c[4:] for c in classes if c.startswith("col-")), None)
            self.cell = key
            if key:
                self.row.setdefault(key, [])
        elif self.cell and "activity-meta" in classes:
            self.skip_depth = 1
        elif self.skip_depth:
            self.skip_depth += 1

    def handle_endtag(self, tag):
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag in ("td", "th"):
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.row is not None and self.cell and not self.skip_depth:
            self.row[self.cell].extend(words(data))


def site_rows(site):
    rows = []
    for page in sorted(pathlib.Path(site).glob("**/roadmaps/*/index.html")):
        parser = RoadmapRows()
        parser.feed(page.read_text(encoding="utf-8"))
        for row in parser.rows:
            if row["subitem"] and rows and rows[-1]["page"] == str(page.relative_to(site)):
                # A seed row's deadline or responsible cell may have been split over its sub-items.
                for key in ("deadline", "responsible"):
                    rows[-1].setdefault(key, []).extend(row.get(key, []))
                continue
            row["page"] = str(page.relative_to(site))
            row["number-key"] = " ".join(row.get("number", []))
            rows.append(row)
    return rows


def seed_rows(seed):
    """Numbered rows under a header naming «Сроки» and «Ответственные»/«Исполнители», in either row
    style of a Word text export: a row a line (cells TAB-separated), or a row a block of lines
    between blank lines (each cell a line opening with a TAB, its further lines without one)."""
    lines = pathlib.Path(seed).read_text(encoding="utf-8-sig").splitlines()
    records = []  # (line number, cells)
    block, block_line = [], 0
    for number, line in enumerate(lines + [""], 1):
        if line.startswith("\t") and "\t" not in line[1:]:
            if not block:
                block_line = number
            block.append(line[1:])
            continue
        if block and line.strip() and "\t" not in line:
            block[-1] += "\n" + line
            continue
        if block:
            records.append((block_line, block))
            block = []
        if "\t" in line:
            records.append((number, line.split("\t")))
    columns = None
    rows = []
    for line_number, cells in records:
        squeezed = [re.sub(r"\s+", "", TAG.sub("", c)).lower() for c in cells]
        deadline = next((i for i, c in enumerate(squeezed) if c.startswith("срок")), None)
        responsible = next((i for i, c in enumerate(squeezed) if c.startswith(("ответствен", "исполнител"))), None)
        if deadline is not None and responsible is not None and len(cells) >= 3:
            columns = (deadline, responsible)
            continue
        if not columns or len(cells) <= max(columns) or not NUMBER.match(cells[0].strip()):
            continue
        text, deadline_cell, responsible_cell = words(cells[1]), words(cells[columns[0]]), words(cells[columns[1]])
        if len(text) < 2 or not deadline_cell or not responsible_cell:
            continue
        rows.append({"line": line_number, "number": number_key(cells[0]), "text": text,
                     "deadline": deadline_cell, "responsible": responsible_cell})
    return rows


def holds(cell, wanted):
    """Every wanted word is in the cell, as many times as wanted."""
    have = {}
    for word in cell:
        have[word] = have.get(word, 0) + 1
    for word in wanted:
        if have.get(word, 0) == 0:
            return False
        have[word] -= 1
    return True


def main(argv):
    if len(argv) < 3:
        print("usage: field_check.py SITE_DIR SEED.txt [SEED.txt ...]", file=sys.stderr)
        return 2
    site = argv[1]
    rows = site_rows(site)
    by_number = {}
    for row in rows:
        by_number.setdefault(number_key(row["number-key"]), []).append(row)
    failed = False
    for seed in argv[2:]:
        candidates = seed_rows(seed)
        found = placed = 0
        problems = []
        for row in candidates:
            prefix = row["text"][:PREFIX_WORDS]
            matches = [r for r in by_number.get(row["number"], []) if r.get("text", [])[:len(prefix)] == prefix]
            if not matches:
                continue
            found += 1
            if any(holds(r.get("deadline", []), row["deadline"]) and holds(r.get("responsible", []), row["responsible"]) for r in matches):
                placed += 1
            else:
                where = matches[0]
                problems.append(f"  {seed}:{row['line']}: row {row['number']} «{' '.join(prefix)} …» on {where['page']}: "
                                f"deadline {' '.join(row['deadline'])!r} in {' '.join(where.get('deadline', []))!r}, "
                                f"responsible {' '.join(row['responsible'])!r} in {' '.join(where.get('responsible', []))!r}")
        name = pathlib.Path(seed).name
        if not candidates:
            print(f"{name}: no activity rows with deadline and responsible cells; nothing to check")
            continue
        print(f"{name}: {len(candidates)} rows, {found} found on the site, {placed} with every field in its column")
        for problem in problems:
            print(problem)
        if problems or found * 2 < len(candidates):
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
