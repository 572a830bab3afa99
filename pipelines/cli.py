"""`oncocurate run`: the whole asset graph in-process, with progress and a closing summary.

User errors (missing source folder, unwritable or locked warehouse) end with one line
on stderr and a non-zero exit, never a traceback. Quarantined rows are not errors.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Optional

import typer

EXIT_USAGE, EXIT_LOCKED, EXIT_FAILED = 2, 3, 1
DEFAULT_WAREHOUSE = Path("warehouse-data")

# Plain (click) help: typer's rich panels print flags as `--verbose <bool>`, as if they took a value.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="oncocurate: raw cancer-drug articles in, a curated, validated dataset out.")


class UserError(Exception):
    """A problem the user can fix; printed as one line."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def version_text() -> str:
    """The release, and the pipeline version stamped on rows (release + code fingerprint)."""
    from pipelines.version import pipeline_version

    full = pipeline_version()
    return f"oncocurate {full.split('+')[0]} (pipeline {full})"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_print_version,
                                 help="Print the version and exit."),
) -> None:
    """oncocurate: raw cancer-drug articles in, a curated, validated dataset out."""


def sample_corpus() -> Path:
    """The small corpus shipped inside the package (used when --source is not given)."""
    try:
        from sources.sample_corpus import articles_dir
    except ImportError:
        return Path(str(resources.files("sources") / "sample_corpus"))
    return articles_dir()


def checked_source(source: Path | None) -> Path:
    folder = (source or sample_corpus()).expanduser()
    if not folder.is_dir():
        what = "source folder" if source else "embedded sample corpus"
        raise UserError(f"{what} not found or not a folder: {folder}")
    return folder.resolve()


def checked_warehouse(warehouse: Path) -> Path:
    folder = warehouse.expanduser().resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UserError(f"cannot write to warehouse folder {folder}: {exc.strerror or exc}") from None
    return folder


@app.command(short_help="Read the articles under --source and publish the warehouse.")
def run(
    source: Optional[Path] = typer.Option(None, "--source", metavar="DIR", help="Folder of article files "
                                          "(.txt .html .htm .md, searched recursively). "
                                          "Default: the embedded sample corpus."),
    warehouse: Path = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", metavar="DIR",
                                   help="Output folder: oncocurate.duckdb and parquet/."),
    workers: int = typer.Option(0, "--workers", min=0, metavar="N", help="Worker processes (0: one per core)."),
    verbose: bool = typer.Option(False, "--verbose", help="Show Dagster's log and full errors."),
    allow_shrink: bool = typer.Option(False, "--allow-shrink", help="Publish even an empty source, or one "
                                      "that lost more than 25% of the published articles."),
) -> None:
    """Read every article under --source and publish the warehouse (re-processing only what changed)."""
    if allow_shrink:  # read by pipelines.source_guard
        os.environ["ONCOCURATE_ALLOW_SHRINK"] = "1"
    from pipelines.run_report import Reporter  # rich is only needed once we really run

    started = time.perf_counter()
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="oncocurate: %(levelname)s: %(message)s")
    reporter = Reporter(sys.stderr.isatty())
    try:
        source_dir, warehouse_dir = checked_source(source), checked_warehouse(warehouse)
        outcome = _run_locked(source_dir, warehouse_dir, workers, verbose, reporter)
    except UserError as exc:
        reporter.stop()
        typer.echo(f"error: {exc}", err=True)
        note = empty_source_note(Path(source).expanduser(), 0) if Path(source).expanduser().is_dir() else None
        if note and "no article files" in str(exc):  # the guard refused an empty source: say what it held
            typer.echo(f"note: {note}", err=True)
        raise typer.Exit(exc.code) from None
    except Exception as exc:  # noqa: BLE001 - a bug still ends with one line, unless --verbose
        reporter.stop()
        if verbose:
            raise
        line = (str(exc).strip().splitlines() or [""])[0]
        typer.echo(f"error: internal error: {type(exc).__name__}: {line} (re-run with --verbose)", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    reporter.stop()
    reporter.summary(outcome, time.perf_counter() - started, warehouse_dir)
    note = empty_source_note(source_dir, outcome.summary.get("n_articles_seen"))
    if note:
        typer.echo(f"warning: {note}", err=True)


def empty_source_note(source_dir: Path, n_seen: int | None, max_walk: int = 100_000) -> str | None:
    """One line when the source held no article file: empty, or only other kinds of file (PDF, Word...)."""
    if n_seen:
        return None
    from collections import Counter

    from sources.discover import ARTICLE_SUFFIXES

    kinds: Counter[str] = Counter()
    for n, path in enumerate(source_dir.rglob("*")):
        if n >= max_walk:
            break
        hidden = any(part.startswith(".") for part in path.relative_to(source_dir).parts)
        if path.is_file() and not hidden:  # as discover_files: hidden files and folders are not read
            kinds[path.suffix.lower() or "(no suffix)"] += 1
    readable = " ".join(sorted(ARTICLE_SUFFIXES))
    if not kinds:
        return f"the source folder {source_dir} is empty: no article was read (looked for {readable})"
    found = ", ".join(f"{n} {suffix}" for suffix, n in kinds.most_common(5))
    return (f"no article file ({readable}) under {source_dir}; found only {found} file(s), which oncocurate "
            "does not read (convert PDFs or Word files to text or HTML first)")


@app.command(short_help="Write a static HTML page picturing the published warehouse.")
def report(
    warehouse: Path = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", metavar="DIR", help="A published warehouse folder."),
    out: Optional[Path] = typer.Option(None, "--out", metavar="FILE", help="HTML file to write "
                                       "(default: WAREHOUSE/report.html)."),
) -> None:
    """Write one static HTML page (no server, no network) picturing the published warehouse."""
    from warehouse.report import write_report

    folder = warehouse.expanduser().resolve()
    if not (folder / "oncocurate.duckdb").is_file():
        typer.echo(f"error: no published warehouse in {folder} (run `oncocurate run` first)", err=True)
        raise typer.Exit(EXIT_USAGE)
    import duckdb

    try:
        written = write_report(folder, out)
    except OSError as exc:
        typer.echo(f"error: cannot write the report: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except duckdb.Error as exc:  # a run holding the database, say: one line, not a traceback
        line = (str(exc).strip().splitlines() or [""])[0]
        typer.echo(f"error: cannot read the warehouse database: {line}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    typer.echo(f"report: {written}")


class ExportFormat(str, Enum):
    csv = "csv"
    tsv = "tsv"


@app.command(short_help="Write every table as CSV or TSV files, with a datapackage.json.")
def export(
    warehouse: Path = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", metavar="DIR", help="A published warehouse folder."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", help="csv (comma) or tsv (tab)."),
    out: Optional[Path] = typer.Option(None, "--out", metavar="DIR", help="Folder to write "
                                       "(default: WAREHOUSE/export-FORMAT); replaced whole when it exists."),
) -> None:
    """Write every table as one CSV or TSV file (header row, UTF-8, lists as JSON arrays), plus a
    datapackage.json describing the columns, for people who use neither Parquet nor DuckDB."""
    from warehouse.export import export_tables

    folder = warehouse.expanduser().resolve()
    target = (out or folder / f"export-{fmt.value}").expanduser().resolve()
    try:
        written = export_tables(folder, target, fmt.value)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as exc:
        typer.echo(f"error: cannot write the export: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    typer.echo(f"export: {len(written) - 1} {fmt.value.upper()} files and datapackage.json in {target}")


@app.command(short_help="List the releases kept in the warehouse, or the changes since one of them.")
def releases(
    warehouse: Path = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", metavar="DIR", help="A published warehouse folder."),
    since: Optional[str] = typer.Option(None, "--since", metavar="VERSION", help="Print the change feed from "
                                        "this release (a version id or its prefix) to the live one, as TSV."),
) -> None:
    """List the releases kept (newest first; ONCOCURATE_KEEP_RELEASES sets how many), or with --since the
    facts added, removed or changed since that release."""
    from warehouse.releases import changes_between, list_releases

    folder = warehouse.expanduser().resolve()
    kept = list_releases(folder)
    if not kept:
        typer.echo(f"error: no release on record in {folder} (run `oncocurate run` first)", err=True)
        raise typer.Exit(EXIT_USAGE)
    if since is None:
        for r in kept:
            typer.echo(f"{r.version}\t{'live' if r.live else 'kept'}\t{r.created_at}\t"
                       f"{r.rows.get('articles', 0)} articles\t{r.path}")
        return
    try:
        feed = changes_between(folder, since)
    except KeyError as exc:
        typer.echo(f"error: {exc.args[0]}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    columns = ["created_at", "run_id", "table_name", "change_type", "entity_key", "status_before", "status_after"]
    typer.echo(feed[columns].to_csv(sep="\t", index=False), nl=False)


def _run_locked(source_dir: Path, warehouse_dir: Path, workers: int, verbose: bool, reporter):
    from pipelines.in_process import RunFailed, run_pipeline
    from warehouse.lock import WarehouseLocked, warehouse_lock

    try:
        with warehouse_lock(warehouse_dir, timeout_s=0):
            return run_pipeline(source_dir, warehouse_dir, workers, verbose, reporter.progress)
    except WarehouseLocked as exc:
        raise UserError(str(exc), EXIT_LOCKED) from None
    except RunFailed as exc:
        raise UserError(str(exc), EXIT_FAILED) from None


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    app()
