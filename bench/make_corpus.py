"""Build a synthetic benchmark corpus by recombining a folder of template articles.

Each generated article takes one template, varies its numbers and swaps drug names
among ones of the same family, and stamps a unique line, so every file has its own
content hash (no two are deduplicated) while keeping realistic length and structure.
Streaming: one file is written at a time; nothing is held beyond one template set.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SUFFIXES = {".txt", ".md", ".html", ".htm"}
# Drug names swapped within a family, so sentences stay plausible.
DRUG_FAMILIES = [
    ["imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib"],
    ["midostaurin", "gilteritinib", "quizartinib"],
    ["azacitidine", "decitabine"],
    ["blinatumomab", "inotuzumab ozogamicin"],
    ["ibrutinib", "acalabrutinib", "zanubrutinib"],
    ["ruxolitinib", "fedratinib", "pacritinib", "momelotinib"],
]
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3})\.(\d)(?![\d])")


def load_templates(folder: Path) -> list[tuple[str, str]]:
    """(suffix, text) of every article file under `folder`."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    if not files:
        raise SystemExit(f"no article files under {folder}")
    return [(p.suffix.lower(), p.read_text(encoding="utf-8", errors="replace")) for p in files]


def vary(text: str, rng: random.Random, serial: int) -> str:
    """Swap drug names within families, nudge decimal numbers, stamp a serial."""
    for family in DRUG_FAMILIES:
        pick = rng.choice(family)
        for name in family:
            if name != pick and rng.random() < 0.5:
                text = re.sub(rf"\b{name}\b", pick, text, flags=re.IGNORECASE)
    text = _NUMBER.sub(lambda m: f"{m.group(1)}.{(int(m.group(2)) + rng.randint(0, 9)) % 10}", text)
    stamp = f"Article reference number {serial:07d}."
    if "</body>" in text:
        return text.replace("</body>", f"<p>{stamp}</p></body>", 1)
    return f"{text}\n\n{stamp}\n"


def make_corpus(templates_dir: Path, out_dir: Path, n: int, seed: int = 7) -> Path:
    """Write `n` varied articles into `out_dir` (100 per sub-folder) and return it."""
    templates = load_templates(templates_dir)
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        suffix, text = templates[i % len(templates)]
        sub = out_dir / f"batch_{i // 100:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article_{i:07d}{suffix}").write_text(vary(text, rng, i), encoding="utf-8")
    return out_dir


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--templates", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    make_corpus(args.templates, args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
