"""Where the pipeline reads articles and writes the warehouse, as one Dagster resource."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.workers import MEMORY_LIMIT_MB, TIME_LIMIT_S


class OncocurateSettings(dg.ConfigurableResource):
    """The source folder and warehouse folder of a run, plus how much parallelism to use.

    `dagster dev` takes them from ONCOCURATE_SOURCE_DIR / ONCOCURATE_WAREHOUSE_DIR; the
    CLI passes its --source / --warehouse options.
    """

    source_dir: str
    warehouse_dir: str
    workers: int = 0  # 0: one per available core
    lock_warehouse: bool = True  # False when the caller (the CLI) already holds the lock
    allow_shrink: bool = False  # publish even an empty or much shrunken source (pipelines.source_guard)
    file_time_limit_s: float = TIME_LIMIT_S  # per file: beyond it the file is quarantined (too_slow)
    file_memory_limit_mb: float = MEMORY_LIMIT_MB  # per file: likewise (too_much_memory)

    @property
    def source_path(self) -> Path:
        return Path(self.source_dir).expanduser().resolve()

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse_dir).expanduser().resolve()
