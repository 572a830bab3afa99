"""Benchmark `oncocurate run` end to end and stage by stage on synthetic corpora.

End to end: the CLI runs as a subprocess (as a user runs it) on corpora built by
bench/make_corpus.py; we time a cold run, a re-run with nothing changed and an
incremental run after one file changes, and sample /proc for the peak resident memory
of the whole process tree (the pipeline forks a worker pool, so the parent's own
maxrss would undercount). Per stage: the pure functions called directly on a sample,
one core, so the slowest stage can be named. Writes bench/out/results.json and the
results table of bench/README.md.

    .venv/bin/python bench/run_bench.py                 # N = 1,000 and 10,000
    .venv/bin/python bench/run_bench.py --sizes 200     # quick check
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

from make_corpus import make_corpus  # noqa: E402

OUT = BENCH / "out"
README = BENCH / "README.md"
TARGETS = {"articles_per_s_at_10k": 200.0, "peak_memory_mb": 1536.0, "incremental_beyond_startup_s": 5.0,
           "linearity_10k_over_1k": 11.0}
TABLE_START, TABLE_END = "<!-- results:start -->", "<!-- results:end -->"
PACKAGES = ("pipelines", "sources", "extract", "schemas", "warehouse")
# Set by main(): the code the CLI runs. A frozen copy, because the pipeline version is a hash of
# the code, and an edit in the working tree between two runs would make a "re-run" re-process all.
CODE = {"dir": REPO}


def snapshot_code(dest: Path) -> Path:
    """Copy the pipeline's packages (as they are now) to `dest`, for runs that see one code version."""
    shutil.rmtree(dest, ignore_errors=True)
    for package in PACKAGES:
        shutil.copytree(REPO / package, dest / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def cli_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(CODE["dir"])}


# ---------------------------------------------------------------- process-tree memory
def _children(pid: int) -> list[int]:
    kids = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids.extend(int(k) for k in fh.read().split())
    except OSError:
        pass
    return kids


def _memory_kb(pid: int) -> tuple[int, int]:
    """(Rss, Pss) of one process in kB; Pss splits shared pages among the processes sharing them."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def tree_memory_kb(root: int) -> tuple[int, int]:
    """Summed (Rss, Pss) of `root` and all its descendants now. Summed Rss counts the pages the
    forked workers share with the parent once per process; summed Pss is the tree's real footprint."""
    rss = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        r, p = _memory_kb(pid)
        rss, pss = rss + r, pss + p
        todo.extend(_children(pid))
    return rss, pss


def timed_cli(source: Path, warehouse: Path, workers: int) -> dict:
    """Run the CLI once; wall time, exit code, peak tree RSS (sampled every 50 ms)."""
    cmd = [sys.executable, "-m", "pipelines.cli", "run", "--source", str(source),
           "--warehouse", str(warehouse), "--workers", str(workers)]
    peak, stop = [0, 0], threading.Event()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=CODE["dir"], env=cli_env())

    def sample() -> None:
        while not stop.is_set():
            rss, pss = tree_memory_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and the workers it waited for
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"oncocurate run failed ({proc.returncode}): {err.strip().splitlines()[-1:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": round(elapsed, 3), "cpu_s": round(cpu, 2), "peak_rss_mb": round(peak[0] / 1024, 1),
            "peak_pss_mb": round(peak[1] / 1024, 1),
            "summary": _summary_counts(out)}


def _summary_counts(stdout: str) -> dict:
    """The counts of the CLI's closing table ("articles seen 8", "rows: articles 8", ...)."""
    counts = {}
    for line in stdout.splitlines():
        m = re.match(r"^\W*([a-z_:][a-z_: ]*?)\s*[│|]\s*(\d+)\s*[│|]", line.strip())
        if m:
            counts[m.group(1).strip()] = int(m.group(2))
    return counts


def startup_seconds() -> tuple[float, float]:
    """Cost of a run that has nothing to do: the CLI on an empty folder into a fresh warehouse;
    (wall seconds, CPU seconds of the CLI and its children)."""
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        empty, wh = Path(tmp) / "empty", Path(tmp) / "wh"
        empty.mkdir()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipelines.cli", "run", "--source", str(empty),
                        "--warehouse", str(wh)], capture_output=True, cwd=CODE["dir"], env=cli_env(),
                       check=False)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return round(wall, 3), round(cpu, 2)


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def touch_one_file(corpus: Path) -> Path:
    """Change one article's content (a new sentence), as an editor would."""
    target = sorted(p for p in corpus.rglob("*") if p.is_file())[0]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\nImatinib is taken by mouth once a day with food.\n")
    return target


def end_to_end(n: int, templates: Path, workers: int) -> dict:
    corpus, warehouse = OUT / f"corpus_{n}", OUT / f"warehouse_{n}"
    for folder in (corpus, warehouse):
        shutil.rmtree(folder, ignore_errors=True)
    make_corpus(templates, corpus, n)
    size = corpus_bytes(corpus)
    print(f"[{n}] corpus {size / 1e6:.1f} MB; cold run ...", flush=True)
    cold = timed_cli(corpus, warehouse, workers)
    print(f"[{n}] cold {cold['seconds']} s; re-run ...", flush=True)
    rerun = timed_cli(corpus, warehouse, workers)
    touch_one_file(corpus)
    print(f"[{n}] re-run {rerun['seconds']} s; incremental ...", flush=True)
    incremental = timed_cli(corpus, warehouse, workers)
    print(f"[{n}] incremental {incremental['seconds']} s", flush=True)
    for name, run in (("re-run", rerun), ("incremental run", incremental)):
        if run["summary"].get("processed", 0) > (0 if run is rerun else 1):
            print(f"warning: the {name} re-processed {run['summary'].get('processed')} articles", flush=True)
    return {"n": n, "corpus_mb": round(size / 1e6, 2),
            "articles_per_s": round(n / cold["seconds"], 1),
            "mb_per_s": round(size / 1e6 / cold["seconds"], 3),
            "cold": cold, "rerun_unchanged": rerun, "incremental_one_file": incremental,
            "peak_rss_mb": max(cold["peak_rss_mb"], rerun["peak_rss_mb"], incremental["peak_rss_mb"]),
            "peak_pss_mb": max(cold["peak_pss_mb"], rerun["peak_pss_mb"], incremental["peak_pss_mb"])}


# ---------------------------------------------------------------- stages, in-process
def _rate(items: int, seconds: float) -> float:
    return round(items / seconds, 1) if seconds > 0 else float("inf")


STAGE_ROUNDS = 3  # per-stage figures are the best of three passes: the first also loads lazy lexicons


def best_of(run, rounds: int = STAGE_ROUNDS) -> tuple[float, object]:
    """(fastest wall time of `rounds` calls of `run`, its result): one-off loading and a busy
    neighbour on this shared machine inflate a single pass."""
    best, result = float("inf"), None
    for _ in range(rounds):
        t = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - t)
    return best, result


def stage_throughput(corpus: Path, warehouse: Path, sample: int) -> dict:
    """Articles/s of each pure stage on `sample` files of `corpus` (one core, no pool)."""
    from extract.article_rows import FACT_EXTRACTORS, extract_article
    from extract.entities.recognize import recognize
    from sources.discover import discover_files
    from sources.model import ArticleRejected
    from sources.parse import parse_article
    from warehouse.publish import publish
    from warehouse.validate import validate_rows
    import duckdb

    stages: dict[str, dict] = {}
    t = time.perf_counter()
    found = list(discover_files(corpus))
    stages["discover"] = {"items": len(found), "seconds": time.perf_counter() - t}
    files = found[:sample]

    def parse_all() -> list:
        out = []
        for f in files:
            try:
                out.append(parse_article(f.path, corpus))
            except ArticleRejected:
                pass
        return out

    seconds, articles = best_of(parse_all)
    stages["decode+clean (parse_article)"] = {"items": len(files), "seconds": seconds}
    seconds, entities = best_of(lambda: [recognize(a) for a in articles])
    stages["recognize"] = {"items": len(articles), "seconds": seconds}
    for table, fn, needs in FACT_EXTRACTORS:
        seconds, _ = best_of(lambda: [fn(a, e) if needs else fn(a) for a, e in zip(articles, entities)])
        stages[f"extract {table}"] = {"items": len(articles), "seconds": seconds}
    seconds, _ = best_of(lambda: [extract_article(a) for a in articles])
    stages["extract_article (all, incl. recognize)"] = {"items": len(articles), "seconds": seconds}

    # validation and publish on the tables the end-to-end run published (realistic sizes)
    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    try:
        from schemas.registry import TABLES
        frames = {table: con.execute(f'select * from "{table}"').df() for table in TABLES}
    finally:
        con.close()
    n_articles = len(frames.get("articles", []))
    t = time.perf_counter()
    for table, df in frames.items():
        validate_rows(table, df, "bench")
    stages["validate (all tables)"] = {"items": n_articles, "seconds": time.perf_counter() - t}
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as tmp:
        t = time.perf_counter()
        publish(Path(tmp) / "wh", frames, {"run_id": "bench", "pipeline_version": "bench"})
        stages["publish (duckdb+parquet)"] = {"items": n_articles, "seconds": time.perf_counter() - t}

    for row in stages.values():
        row["seconds"] = round(row["seconds"], 4)
        row["per_s"] = _rate(row["items"], row["seconds"])
    return stages


def per_article_stages(stages: dict) -> dict:
    """Stages that run once per article (the ones the pool parallelises)."""
    skip = ("discover", "validate", "publish", "extract_article")
    return {k: v for k, v in stages.items() if not k.startswith(skip)}


def profile_extract(corpus: Path, sample: int, top: int = 25) -> str:
    """cProfile of parse + extract on `sample` files: where the per-article time goes."""
    from extract.article_rows import extract_article
    from sources.discover import discover_files
    from sources.model import ArticleRejected
    from sources.parse import parse_article

    files = list(discover_files(corpus))[:sample]
    prof = cProfile.Profile()
    prof.enable()
    for f in files:
        try:
            extract_article(parse_article(f.path, corpus))
        except ArticleRejected:
            pass
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


# ---------------------------------------------------------------- report
def verdicts(results: dict) -> dict:
    runs = {r["n"]: r for r in results["end_to_end"]}
    big, small = runs.get(10000), runs.get(1000)
    out = {}
    if big:
        out["articles_per_s_at_10k"] = big["articles_per_s"] >= TARGETS["articles_per_s_at_10k"]
    out["peak_memory_mb"] = all(r["peak_pss_mb"] < TARGETS["peak_memory_mb"] for r in runs.values())
    out["incremental_beyond_startup_s"] = all(
        r["incremental_one_file"]["seconds"] - results["startup_s"] < TARGETS["incremental_beyond_startup_s"]
        for r in runs.values())
    if big and small:
        out["linearity_10k_over_1k"] = results["linearity_10k_over_1k"] <= TARGETS["linearity_10k_over_1k"]
    return out


def _processed(run: dict) -> str:
    return str(run["summary"].get("processed", "?"))


def _cpu(run: dict) -> str:
    return str(run.get("cpu_s", "?"))


def markdown_table(results: dict) -> str:
    lines = [f"Measured {results['measured_at']} on {results['machine']}; "
             f"start-up (empty run) {results['startup_s']} s ({results.get('startup_cpu_s', '?')} s CPU).", "",
             "| N | corpus MB | cold s (CPU s) | articles/s | MB/s | re-run s (CPU s; processed) "
             "| incremental s (CPU s; processed) | peak PSS MB | peak RSS MB |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results["end_to_end"]:
        lines.append(f"| {r['n']:,} | {r['corpus_mb']} | {r['cold']['seconds']} ({_cpu(r['cold'])}) | "
                     f"{r['articles_per_s']} | {r['mb_per_s']} | {r['rerun_unchanged']['seconds']} "
                     f"({_cpu(r['rerun_unchanged'])}; {_processed(r['rerun_unchanged'])}) | "
                     f"{r['incremental_one_file']['seconds']} ({_cpu(r['incremental_one_file'])}; "
                     f"{_processed(r['incremental_one_file'])}) | "
                     f"{r['peak_pss_mb']} | {r['peak_rss_mb']} |")
    if results.get("startup_cpu_s") is not None:
        lines += [""] + [f"Incremental run beyond start-up at {r['n']:,}: "
                         f"{r['incremental_one_file']['seconds'] - results['startup_s']:.1f} s wall, "
                         f"{r['incremental_one_file']['cpu_s'] - results['startup_cpu_s']:.1f} s CPU."
                         for r in results["end_to_end"]]
    if results.get("linearity_10k_over_1k") is not None:
        lines += ["", f"Linearity: 10k / 1k cold time = {results['linearity_10k_over_1k']}x."]
    lines += ["", f"Per stage, one core, {results['stage_sample']} articles, best of {STAGE_ROUNDS} passes "
              f"(slowest per-article stage: **{results['slowest_stage']}**):", "",
              "| stage | items | seconds | items/s |", "|---|---:|---:|---:|"]
    for name, s in results["stages"].items():
        lines.append(f"| {name} | {s['items']} | {s['seconds']} | {s['per_s']} |")
    lines += ["", "Targets: " + ", ".join(f"{k} {'met' if ok else '**missed**'}"
                                         for k, ok in results["verdicts"].items()) + "."]
    return "\n".join(lines)


def rewrite_readme(table: str) -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    block = f"{TABLE_START}\n{table}\n{TABLE_END}"
    if TABLE_START in text and TABLE_END in text:
        text = re.sub(re.escape(TABLE_START) + r".*?" + re.escape(TABLE_END), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n## Results\n\n" + block + "\n"
    README.write_text(text, encoding="utf-8")


def default_templates() -> Path:
    heldout = REPO / "tests" / "heldout" / "corpus"
    return heldout if heldout.is_dir() else REPO / "sources" / "sample_corpus" / "articles"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--templates", type=Path, default=None, help="template articles (default: sample corpus)")
    ap.add_argument("--workers", type=int, default=0, help="--workers for the CLI (0: one per core)")
    ap.add_argument("--stage-sample", type=int, default=200, help="articles for the per-stage timing")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of parse+extract")
    ap.add_argument("--no-stages", action="store_true", help="end to end only (no per-stage timing)")
    ap.add_argument("--no-readme", action="store_true", help="do not rewrite bench/README.md")
    ap.add_argument("--code", type=Path, default=None,
                    help="run the packages of another checkout (e.g. an older commit, for before/after)")
    ap.add_argument("--live-code", action="store_true",
                    help="run the working tree itself instead of a frozen copy of it")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    templates = args.templates or default_templates()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.code is not None:
        CODE["dir"] = args.code.resolve()
    elif not args.live_code:
        CODE["dir"] = snapshot_code(OUT / "code")

    startup_s, startup_cpu_s = startup_seconds()
    results = {"startup_s": startup_s, "startup_cpu_s": startup_cpu_s, "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "machine": f"{os.cpu_count()} cores, load avg {os.getloadavg()[0]:.1f} at start",
               "templates": str(templates), "targets": TARGETS,
               "end_to_end": [end_to_end(n, templates, args.workers) for n in sizes]}
    runs = {r["n"]: r for r in results["end_to_end"]}
    results["linearity_10k_over_1k"] = (round(runs[10000]["cold"]["seconds"] / runs[1000]["cold"]["seconds"], 2)
                                        if 10000 in runs and 1000 in runs else None)
    smallest = min(sizes)
    if args.no_stages:
        print(json.dumps(results["end_to_end"], indent=1))
        (OUT / "results_end_to_end.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        return
    results["stage_sample"] = min(args.stage_sample, smallest)
    print("per-stage timing ...", flush=True)
    results["stages"] = stage_throughput(OUT / f"corpus_{smallest}", OUT / f"warehouse_{smallest}",
                                         results["stage_sample"])
    per_article = per_article_stages(results["stages"])
    results["slowest_stage"] = min(per_article, key=lambda k: per_article[k]["per_s"])
    results["verdicts"] = verdicts(results)
    if args.profile:
        results["profile_top"] = profile_extract(OUT / f"corpus_{smallest}", results["stage_sample"])
        print(results["profile_top"])
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    table = markdown_table(results)
    print(table)
    if not args.no_readme:
        rewrite_readme(table)


if __name__ == "__main__":
    main()
