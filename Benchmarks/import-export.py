#!/usr/bin/env python3
"""Writes a big TAB-separated roadmap export for timing `karta import` (issue 19: 5 MB in under 5 s).

    python3 Benchmarks/import-export.py MEGABYTES OUT.txt

Rows are numbered per section; every 7th row has no number (each gives an `import-unnumbered`
warning), so the summary of repeated warnings is exercised too. Deterministic output.
"""
import sys

def main():
    megabytes, out = float(sys.argv[1]), sys.argv[2]
    target = int(megabytes * 1024 * 1024)
    lines = ["Дорожная карта по развитию системы оценки качества образования на 2021–2023 годы", "",
             "№ п/п\tМероприятие\tСроки\tОтветственные"]
    size = sum(len(line.encode()) + 1 for line in lines)
    section, row, total = 0, 0, 0
    months = ["январь", "февраль", "март", "апрель", "май", "сентябрь", "октябрь", "ноябрь"]
    while size < target:
        if row % 200 == 0:
            section += 1
            line = f"Раздел {section}. Система оценки качества подготовки обучающихся"
            row = 0
        else:
            total += 1
            number = "" if total % 7 == 0 else f"{row}."
            line = f"{number}\tПроведение мониторинга образовательных результатов обучающихся, этап {total}\t{months[total % len(months)]} {2021 + total % 3}\tМОУО, ОО"
        row += 1
        lines.append(line)
        size += len(line.encode()) + 1
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
