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
from importlib import resources
from pathlib import Path
from typing import Optional

import typer

EXIT_USAGE, EXIT_LOCKED, EXIT_FAILED = 2, 3, 1
DEFAULT_WAREHOUSE = Path("warehouse-data")

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="oncocurate: raw cancer-drug articles in, a curated, validated dataset out.")


class UserError(Exception):
    """A problem the user can fix; printed as one line."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


@app.callback()
def main() -> None:
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


@app.command()
def run(
    source: Optional[Path] = typer.Option(None, "--source", help="Folder of article files "
                                          "(.txt .html .htm .md, searched recursively). "
                                          "Default: the embedded sample corpus."),
    warehouse: Path = typer.Option(DEFAULT_WAREHOUSE, "--warehouse",
                                   help="Output folder: oncocurate.duckdb and parquet/."),
    workers: int = typer.Option(0, "--workers", min=0, help="Worker processes (0: one per core)."),
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


@app.command()
def report(
    warehouse: Path = typer.Option(DEFAULT_WAREHOUSE, "--warehouse", help="A published warehouse folder."),
    out: Optional[Path] = typer.Option(None, "--out", help="HTML file to write "
                                       "(default: WAREHOUSE/report.html)."),
) -> None:
    """Write one static HTML page (no server, no network) picturing the published warehouse."""
    from warehouse.report import write_report

    folder = warehouse.expanduser().resolve()
    if not (folder / "oncocurate.duckdb").is_file():
        typer.echo(f"error: no published warehouse in {folder} (run `oncocurate run` first)", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        written = write_report(folder, out)
    except OSError as exc:
        typer.echo(f"error: cannot write the report: {exc.strerror or exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    typer.echo(f"report: {written}")


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
