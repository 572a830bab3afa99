"""What the CLI shows: a progress bar on a terminal, plain log lines otherwise, and a summary."""
from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

PLAIN_EVERY_PERCENT = 25


class Reporter:
    """Receives (stage, done, total) progress and prints the end-of-run summary."""

    def __init__(self, tty: bool):
        self.tty = tty
        self.console = Console(stderr=True, highlight=False)
        self._bar: Progress | None = None
        self._tasks: dict[str, int] = {}
        self._last_plain: dict[str, int] = {}

    def progress(self, stage: str, done: int, total: int) -> None:
        if self.tty:
            self._bar_progress(stage, done, total)
        else:
            self._plain_progress(stage, done, total)

    def _bar_progress(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            self._bar = Progress(TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=self.console, transient=True)
            self._bar.start()
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=max(total, 1))
        self._bar.update(self._tasks[stage], completed=done if total else 1, total=max(total, 1))

    def _plain_progress(self, stage: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        last = self._last_plain.get(stage, -PLAIN_EVERY_PERCENT)
        if percent - last >= PLAIN_EVERY_PERCENT or (done == total and last != 100):
            self._last_plain[stage] = percent
            print(f"oncocurate: {stage}: {done}/{total}", file=sys.stderr, flush=True)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def summary(self, outcome, seconds: float, warehouse_dir: Path) -> None:
        """Articles seen / processed / unchanged / removed / quarantined, rows per table, wall time."""
        s = outcome.summary
        rows = [(label, str(s.get(key, 0))) for label, key in [
            ("articles seen", "n_articles_seen"), ("processed", "n_articles_processed"),
            ("unchanged", "n_articles_skipped"), ("removed", "n_articles_removed"),
            ("rejected files", "n_articles_rejected"), ("quarantined this run", "n_quarantined")]]
        table = Table(title=f"oncocurate run {outcome.run_id[:8]} — {seconds:.1f} s", title_justify="left")
        table.add_column("what")
        table.add_column("count", justify="right")
        for label, value in rows:
            table.add_row(label, value)
        table.add_section()
        for name, n in outcome.table_rows.items():
            table.add_row(f"rows: {name}", str(n))
        out = Console(highlight=False, width=None if self.tty else 100)
        out.print(table)
        out.print(f"warehouse: {warehouse_dir / 'oncocurate.duckdb'}")
