"""Main text of pages from sites never seen, on the public article-extraction benchmark.

The Zyte/Scrapinghub article-extraction-benchmark (MIT; 181 news and blog pages with a
hand-made article body each) is third-party data: it is read from `--aeb DIR` (default
$ONCOCURATE_AEB_DIR) and never copied into this repository. Its own metric (`evaluate.py`
in DIR, 4-token shingle matching, precision and recall averaged per page) is imported from
DIR at run time, so the figures are comparable with its published table.

Two extractors run on every page:
- ours: `sources.parse.parse_bytes(...).clean_text`, the text that becomes sentences
  (a rejected page scores as empty, and is counted);
- trafilatura: the pinned version, called as the benchmark's own `run_trafilatura.py`
  calls it (`trafilatura.extract(html, include_comments=False)`).

Keys are split deterministically (sorted; even index = tune, odd = held-out): diagnose on
the tune half only, the held-out half is the honest figure.

    .venv/bin/python bench/main_text/aeb.py --aeb /path/to/article-extraction-benchmark
    .venv/bin/python bench/main_text/aeb.py --split tune --worst 15
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sources.model import ArticleRejected  # noqa: E402
from sources.parse import parse_bytes  # noqa: E402

SPLITS = ("all", "tune", "heldout")


def default_dir() -> Path | None:
    value = os.environ.get("ONCOCURATE_AEB_DIR")
    return Path(value) if value else None


def load_metric(aeb_dir: Path) -> ModuleType:
    """The benchmark's own evaluate.py, imported from its directory (not vendored)."""
    spec = importlib.util.spec_from_file_location("aeb_evaluate", aeb_dir / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ground_truth(aeb_dir: Path) -> dict[str, dict]:
    return json.loads((aeb_dir / "ground-truth.json").read_text(encoding="utf-8"))


def split_keys(keys, split: str) -> list[str]:
    ordered = sorted(keys)
    if split == "tune":
        return ordered[0::2]
    if split == "heldout":
        return ordered[1::2]
    return ordered


def page_bytes(aeb_dir: Path, key: str) -> bytes:
    return gzip.decompress((aeb_dir / "html" / f"{key}.html.gz").read_bytes())


@dataclass
class Outcome:
    """What one extractor gave for one page."""

    text: str
    rejected: str = ""  # the rejection reason, when the page gave no article


def parse_page(raw: bytes, key: str):
    """Our parse of one page: the ParsedArticle, or the ArticleRejected that refused it."""
    try:
        return parse_bytes(raw, f"{key}.html")
    except ArticleRejected as exc:
        return exc


def ours(parsed) -> Outcome:
    """clean_text as it becomes sentences (headline line included)."""
    if isinstance(parsed, ArticleRejected):
        return Outcome("", f"{parsed.check}: {parsed}")
    return Outcome(parsed.clean_text)


def ours_body(parsed) -> Outcome:
    """Ours without the headline line that heads clean_text: the benchmark's articleBody
    leaves the headline out (a field of its own there, as `ParsedArticle.title` is here)."""
    if isinstance(parsed, ArticleRejected):
        return Outcome("", f"{parsed.check}: {parsed}")
    return Outcome(without_headline(parsed.clean_text, parsed.title))


def without_headline(text: str, title: str | None) -> str:
    if title and text.startswith(title) and text[len(title):len(title) + 2] in ("", "\n\n"):
        return text[len(title):].lstrip("\n")
    return text


def plain_trafilatura(raw: bytes) -> Outcome:
    """As the benchmark's extractors/run_trafilatura.py calls it."""
    import trafilatura

    text = trafilatura.extract(raw.decode("utf-8", errors="replace"), include_comments=False)
    return Outcome(text or "", "" if text else "trafilatura returned nothing")


OURS: dict[str, Callable[[object], Outcome]] = {"ours": ours, "ours_body": ours_body}
EXTRACTORS = ("ours", "ours_body", "trafilatura")


@dataclass
class Result:
    name: str
    keys: list[str]
    counts: dict[str, tuple[float, float, float]]  # key -> the metric's normalised (tp, fp, fn)
    per_page: dict[str, tuple[float, float, float]]  # key -> (f1, precision, recall)
    texts: dict[str, str]
    rejected: dict[str, str] = field(default_factory=dict)
    empty: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self, metric: ModuleType, split: str = "all") -> dict[str, float]:
        """F1, precision and recall over the split's pages (the benchmark's per-page average)."""
        keys = split_keys(self.keys, split)
        return metric.metrics_from_tp_fp_fns([self.counts[k] for k in keys])


def _page_scores(metric: ModuleType, true: str, pred: str) -> tuple[float, float, float]:
    tp, fp, fn = metric.string_shingle_matching(true=true, pred=pred)
    p, r = metric.precision_score(tp, fp, fn), metric.recall_score(tp, fp, fn)
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def run(aeb_dir: Path, split: str = "all", names=EXTRACTORS) -> dict[str, Result]:
    """Run the named extractors on the split's pages and score them with the benchmark's metric."""
    metric = load_metric(aeb_dir)
    truth = ground_truth(aeb_dir)
    keys = split_keys(truth, split)
    results: dict[str, Result] = {}
    parsed: dict[str, object] = {}
    parse_seconds = 0.0
    for name in names:
        outputs: dict[str, Outcome] = {}
        started = time.process_time()
        for key in keys:
            if name in OURS:
                if key not in parsed:
                    parsed[key] = parse_page(page_bytes(aeb_dir, key), key)
                outputs[key] = OURS[name](parsed[key])
            else:
                outputs[key] = plain_trafilatura(page_bytes(aeb_dir, key))
        seconds = time.process_time() - started
        if name in OURS:
            parse_seconds = seconds = max(seconds, parse_seconds)  # one parse serves both variants
        results[name] = Result(
            name=name, keys=keys,
            counts={k: metric.string_shingle_matching(true=truth[k].get("articleBody", ""), pred=outputs[k].text)
                    for k in keys},
            texts={k: o.text for k, o in outputs.items()},
            per_page={k: _page_scores(metric, truth[k].get("articleBody", ""), outputs[k].text) for k in keys},
            rejected={k: o.rejected for k, o in outputs.items() if o.rejected and name != "trafilatura"},
            empty=[k for k, o in outputs.items() if not o.text.strip()],
            seconds=seconds)
    return results


def report(results: dict[str, Result], metric: ModuleType, truth: dict[str, dict], worst: int,
           worst_split: str = "tune") -> str:
    lines = [f"{'extractor':<12} {'split':<8} {'pages':>5} {'F1':>6} {'prec':>6} {'recall':>6} {'rejected':>8}"
             f" {'empty':>5} {'cpu s/page':>10}"]
    splits = SPLITS if len(results) and len(next(iter(results.values())).keys) == len(truth) else ("all",)
    for res in results.values():
        for split in splits:
            keys = set(split_keys(res.keys, split))
            m = res.summary(metric, split)
            lines.append(f"{res.name:<12} {split:<8} {len(keys):>5} {m['f1']:>6.3f} {m['precision']:>6.3f}"
                         f" {m['recall']:>6.3f} {len(keys & set(res.rejected)):>8} {len(keys & set(res.empty)):>5}"
                         f" {res.seconds / max(1, len(res.keys)):>10.3f}")
    mine = results.get("ours")
    if mine is not None:
        for key, why in sorted(mine.rejected.items()):
            lines.append(f"  rejected {key[:12]} {truth[key].get('url', '')}: {why}")
        base = results.get("trafilatura")
        lines.append(f"worst {worst} {worst_split} pages of ours (f1 prec recall{' | trafilatura f1' if base else ''}):")
        for key in sorted(split_keys(mine.keys, worst_split), key=lambda k: mine.per_page[k][0])[:worst]:
            f1, p, r = mine.per_page[key]
            extra = f" | {base.per_page[key][0]:.3f}" if base else ""
            lines.append(f"  {f1:.3f} {p:.3f} {r:.3f}{extra}  {key[:12]} {truth[key].get('url', '')}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--aeb", type=Path, default=default_dir(),
                        help="a checkout of article-extraction-benchmark (default: $ONCOCURATE_AEB_DIR)")
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--only", choices=("ours", "trafilatura"), help="run ours (both variants) or trafilatura only")
    parser.add_argument("--worst", type=int, default=10, help="list this many worst pages of ours")
    parser.add_argument("--worst-split", choices=SPLITS, default="tune",
                        help="which half the worst pages are listed from (diagnose on tune only)")
    parser.add_argument("--dump", type=Path, help="write our text of each listed worst page here (outside the repo)")
    args = parser.parse_args(argv)
    if args.aeb is None or not (args.aeb / "ground-truth.json").is_file():
        parser.error("give --aeb DIR (or set ONCOCURATE_AEB_DIR) pointing at the benchmark's checkout")
    names = {"ours": ("ours", "ours_body"), "trafilatura": ("trafilatura",)}.get(args.only, EXTRACTORS)
    results = run(args.aeb, args.split, names)
    truth = ground_truth(args.aeb)
    print(report(results, load_metric(args.aeb), truth, args.worst, args.worst_split))
    if args.dump and "ours" in results:
        mine = results["ours"]
        args.dump.mkdir(parents=True, exist_ok=True)
        for key in sorted(split_keys(mine.keys, args.worst_split), key=lambda k: mine.per_page[k][0])[:args.worst]:
            (args.dump / f"{key[:12]}.ours.txt").write_text(mine.texts[key], encoding="utf-8")
            (args.dump / f"{key[:12]}.truth.txt").write_text(truth[key].get("articleBody", ""), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
