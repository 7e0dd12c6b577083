#!/usr/bin/env python3
"""Big-input corpora of issue 19 point 4, made from the bundled Content/.

    python3 Benchmarks/big_input.py cell  OUTDIR   # one table cell of 1 MB of '‹'
    python3 Benchmarks/big_input.py items OUTDIR   # one extra roadmap of 200,000 items (about 5 MB)

Deterministic; only the standard library is used.
"""
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ROADMAP = "tambovskaya-oblast/rasskazovskiy-rayon/roadmaps/teacher-development.yaml"
CELL = 'text: "Проведение диагностики профессиональных дефицитов педагогических работников"'


def main():
    kind, out = sys.argv[1], pathlib.Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "Content", out)
    if kind == "cell":
        path = out / ROADMAP
        text = path.read_text(encoding="utf-8")
        assert CELL in text
        # '‹' is 3 bytes in UTF-8: 1 MB of it.
        path.write_text(text.replace(CELL, 'text: "Проведение диагностики ' + "‹" * (1024 * 1024 // 3) + '"'), encoding="utf-8")
    elif kind == "items":
        path = out / ROADMAP.replace("teacher-development", "big")
        lines = [
            'title: "Большая дорожная карта"',
            "period: {from: 2020, to: 2022}",
            "columns:",
            '  - {key: number, title: "№"}',
            '  - {key: text, title: "Мероприятие"}',
            "sections:",
            "- direction: teacher-development",
            '  title: "Раздел"',
            "  items:",
        ]
        lines += [f"  - {{id: i{n}, text: x}}" for n in range(200_000)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        sys.exit("kind: cell or items")


if __name__ == "__main__":
    main()
