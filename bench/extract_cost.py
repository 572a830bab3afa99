"""Extraction cost per article, in one process: start-up, parsing and each extraction stage.

The end-to-end bench (run_bench.py) times the CLI; this one answers "what does one article cost
and where", the question of a cost bar ("no higher than commit X"). Compare two code versions side
by side on one machine (its speed drifts by tens of percent from one minute to the next): run this
from each checkout in turn, or time the whole process of each with /usr/bin/time.

    .venv/bin/python bench/extract_cost.py ../shared/corpus/seeds ../shared/corpus/dev ../shared/corpus/dev2
    .venv/bin/python bench/extract_cost.py bench/out/corpus_1000 --limit 300 --passes 3
    .venv/bin/python bench/extract_cost.py DIR --profile        # plus the top of a cProfile of extraction

It imports the code of the current directory, so it measures the checkout it is run from.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

START = time.process_time()
sys.path.insert(0, os.getcwd())

from extract.article_rows import FACT_EXTRACTORS, extract_article  # noqa: E402
from extract.entities.recognize import recognize  # noqa: E402
from sources.model import ArticleRejected  # noqa: E402
from sources.parse import parse_article  # noqa: E402

IMPORTED = time.process_time()


def articles(roots: list[Path], limit: int | None) -> list[tuple[Path, Path]]:
    files = [(f, root) for root in roots for f in sorted(root.rglob("*")) if f.is_file()
             and f.suffix.lower() in (".txt", ".md", ".html", ".htm")]
    return files[:limit] if limit else files


def parse_all(files: list[tuple[Path, Path]]) -> None:
    for path, root in files:
        try:
            parse_article(path, root)
        except ArticleRejected:
            pass


def best_of(passes: int, work) -> float:
    """CPU seconds of the fastest of `passes` runs of `work()`."""
    times = []
    for _ in range(passes):
        t = time.process_time()
        work()
        times.append(time.process_time() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", type=Path, nargs="+", help="corpus folders")
    ap.add_argument("--limit", type=int, default=None, help="at most this many files")
    ap.add_argument("--passes", type=int, default=3, help="best of this many passes per stage")
    ap.add_argument("--profile", action="store_true", help="print the top of a cProfile of extract_article")
    args = ap.parse_args()

    files = articles(args.roots, args.limit)
    parsed = []
    t = time.process_time()
    for path, root in files:
        try:
            parsed.append(parse_article(path, root))
        except ArticleRejected:
            pass
    first_parse = time.process_time() - t
    t = time.process_time()
    for a in parsed:
        extract_article(a)  # the first pass also loads the lazy lexicons
    first_extract = time.process_time() - t
    n = max(1, len(parsed))

    stages = {"parse (sources.parse.parse_article)": best_of(args.passes, lambda: parse_all(files))}
    entities = [recognize(a) for a in parsed]
    stages["recognize"] = best_of(args.passes, lambda: [recognize(a) for a in parsed])
    for table, extractor, needs_entities in FACT_EXTRACTORS:
        stages[f"extract {table}"] = best_of(args.passes, lambda: [
            extractor(a, e) if needs_entities else extractor(a) for a, e in zip(parsed, entities)])
    stages["extract_article (all, incl. recognize)"] = best_of(
        args.passes, lambda: [extract_article(a) for a in parsed])

    print(f"{len(parsed)} articles ({len(files) - len(parsed)} rejected); CPU seconds")
    print(f"  start-up (imports, eager lexicons)   {IMPORTED - START:8.3f}")
    print(f"  first parse + first extract           {first_parse + first_extract:8.3f}  (loads lazy lexicons)")
    print(f"per article, best of {args.passes} passes (ms):")
    for name, seconds in stages.items():
        print(f"  {name:38s} {1000 * seconds / n:8.2f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for a in parsed:
            extract_article(a)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(40)
        print(out.getvalue())


if __name__ == "__main__":
    main()
