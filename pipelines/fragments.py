"""Extraction by hash shards: which shard a file belongs to, and the Parquet fragments a shard leaves.

Why shards: each shard is its own Dagster step (pipelines/assets/extract.py), so an executor that
spreads steps (multiprocess, Dask, Celery, Kubernetes) spreads the parsing and extraction, the
bulk of a run. A file's shard is a hash of its content id (the article id), so the same bytes land
in the same shard on every run and on every machine.

Why Parquet: a shard's rows cross process and machine boundaries through the IO manager (a disk,
or object storage). Parquet keeps them compact and typed, and any tool can open a fragment. The
fragment round trip is exact: `gather` gives the `ExtractBatch` that extracting every file in one
process gives (same rows, same values, same order), so the published release does not depend on
how many shards or machines made it. Plain Python: no Dagster here.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.extraction import ExtractBatch, FileOutcome
from pipelines.inventory import PlannedFile, SourcePlan

SHARDS_ENV = "ONCOCURATE_EXTRACT_SHARDS"
DEFAULT_SHARDS = 8  # enough to keep 2-8 worker slots busy; each is one step (docs/DEPLOY.md)
MAX_SHARDS = 256
FILES_TABLE = "_files"  # the fragment of one shard that lists its files and what became of them
FILE_INDEX = "__file__"  # position of a row's file in the run's list of files to process
_PRESENT = "__present__"  # prefix of a column that says which rows had a key (only when some lacked it)
_ENCODING = b"oncocurate.encoding"  # field metadata: b"pickle" for a column Arrow cannot type


def shard_count() -> int:
    """Number of extraction shards, from ONCOCURATE_EXTRACT_SHARDS (default 8).

    It shapes the job (one step per shard), so every process that loads the definitions (the
    webserver, the daemon, each Dask or Celery worker) must see the same value.
    """
    raw = os.environ.get(SHARDS_ENV, "").strip()
    if not raw:
        return DEFAULT_SHARDS
    try:
        n = int(raw)
    except ValueError:
        raise ValueError(f"{SHARDS_ENV} must be a whole number from 1 to {MAX_SHARDS}, not {raw!r}") from None
    if not 1 <= n <= MAX_SHARDS:
        raise ValueError(f"{SHARDS_ENV} must be from 1 to {MAX_SHARDS}, not {n}")
    return n


def shard_of(planned: PlannedFile, n_shards: int) -> int:
    """The shard of a file: its content hash modulo the shard count (the path's when unreadable)."""
    key = planned.sha256 or hashlib.sha256(planned.rel_path.encode("utf-8")).hexdigest()
    return int(key[:12], 16) % n_shards


@dataclass
class ShardWork:
    """The files one shard step parses and extracts, each with its position in the run's list."""

    index: int
    n_shards: int
    source_dir: Path
    pipeline_version: str
    files: list[tuple[int, PlannedFile]] = field(default_factory=list)
    n_todo: int = 0  # files the whole run processes (for progress)
    offset: int = 0  # files of the shards before this one (for progress)


def split_plan(plan: SourcePlan, n_shards: int) -> list[ShardWork]:
    """The run's new and changed files, dealt to `n_shards` shards (some may be empty)."""
    todo = plan.to_process
    works = [ShardWork(i, n_shards, plan.source_dir, plan.pipeline_version, n_todo=len(todo))
             for i in range(n_shards)]
    for position, planned in enumerate(todo):
        works[shard_of(planned, n_shards)].files.append((position, planned))
    offset = 0
    for work in works:
        work.offset, offset = offset, offset + len(work.files)
    return works


class ShardFragments:
    """What one shard step produced: one Parquet file (bytes) per table, plus FILES_TABLE.

    A shard made in this process keeps its outcomes in memory and encodes them only when it
    leaves the process (pickled by an IO manager for another step, or saved to the fragment
    store): under the in-process executor of `oncocurate run`, `gather` reads the outcomes as
    they are, which is what decoding their exact round trip would give.
    `relocate` maps the file positions written in the fragments to this run's positions, for
    fragments made by an earlier run (a partition of a backfill, pipelines/fragment_store.py).
    """

    def __init__(self, index: int, parquet: dict[str, bytes] | None = None,
                 relocate: dict[int, int] | None = None,
                 outcomes: list[tuple[int, FileOutcome]] | None = None):
        self.index, self.relocate = index, relocate
        self._parquet, self.outcomes = parquet, outcomes

    @property
    def parquet(self) -> dict[str, bytes]:
        if self._parquet is None:
            self._parquet = encode(self.index, self.outcomes or []).parquet
        return self._parquet

    @property
    def n_files(self) -> int:
        if self.outcomes is not None:
            return len(self.outcomes)
        return _read_parquet(self.parquet[FILES_TABLE]).num_rows

    @property
    def n_bytes(self) -> int:
        return sum(len(b) for b in self.parquet.values())

    def __getstate__(self) -> dict:  # across processes and machines: the Parquet bytes only
        return {"index": self.index, "parquet": self.parquet, "relocate": self.relocate}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["index"], state["parquet"], state.get("relocate"))


# ------------------------------------------------------------------ rows <-> Arrow, exactly
def _column(values: list) -> tuple[pa.Array, bytes | None]:
    try:
        return pa.array(values), None
    except (pa.ArrowException, TypeError, ValueError, OverflowError):  # mixed or exotic values
        return pa.array([pickle.dumps(v) for v in values], type=pa.binary()), b"pickle"


def rows_to_table(rows: list[dict], file_index: list[int]) -> pa.Table:
    """Rows (dicts) as an Arrow table that `table_to_rows` turns back into equal dicts."""
    keys: dict[str, None] = {}
    for row in rows:
        keys.update(dict.fromkeys(row))
    arrays, fields = [pa.array(file_index, type=pa.int64())], [pa.field(FILE_INDEX, pa.int64())]
    for key in keys:
        array, encoding = _column([row.get(key) for row in rows])
        arrays.append(array)
        fields.append(pa.field(key, array.type, metadata={_ENCODING: encoding} if encoding else None))
        if any(key not in row for row in rows):
            arrays.append(pa.array([key in row for row in rows], type=pa.bool_()))
            fields.append(pa.field(_PRESENT + key, pa.bool_()))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def table_to_rows(table: pa.Table) -> tuple[list[int], list[dict]]:
    """(file index of each row, the rows) from a table made by `rows_to_table`."""
    columns = {}
    for name in table.column_names:
        values = table.column(name).to_pylist()
        if (table.schema.field(name).metadata or {}).get(_ENCODING) == b"pickle":
            values = [pickle.loads(v) for v in values]
        columns[name] = values
    index = columns.pop(FILE_INDEX)
    present = {name[len(_PRESENT):]: columns.pop(name) for name in list(columns) if name.startswith(_PRESENT)}
    rows = []
    for i in range(len(index)):
        rows.append({key: values[i] for key, values in columns.items()
                     if key not in present or present[key][i]})
    return index, rows


def _parquet_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def _read_parquet(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


# ------------------------------------------------------------------ shard outcomes <-> fragments
def encode(index: int, outcomes: list[tuple[int, FileOutcome]]) -> ShardFragments:
    """One shard's outcomes (with each file's position) as Parquet fragments."""
    files = pa.table({FILE_INDEX: pa.array([i for i, _ in outcomes], type=pa.int64()),
                      "rel_path": pa.array([o.rel_path for _, o in outcomes], type=pa.string()),
                      "article_id": pa.array([o.article_id for _, o in outcomes], type=pa.string()),
                      "rejected": pa.array([o.rejected for _, o in outcomes], type=pa.bool_()),
                      "tables": pa.array([list(o.rows) for _, o in outcomes], type=pa.list_(pa.string()))})
    parquet = {FILES_TABLE: _parquet_bytes(files)}
    names: dict[str, None] = {}
    for _, outcome in outcomes:
        names.update(dict.fromkeys(outcome.rows))
    for name in names:
        rows, positions = [], []
        for position, outcome in outcomes:
            table_rows = outcome.rows.get(name, [])
            rows.extend(table_rows)
            positions.extend([position] * len(table_rows))
        parquet[name] = _parquet_bytes(rows_to_table(rows, positions))
    return ShardFragments(index, parquet)


def gather(fragments: list[ShardFragments]) -> ExtractBatch:
    """Every shard's fragments folded into one batch, files in the run's order: the same batch as
    extracting every file in one process."""
    outcomes: dict[int, FileOutcome] = {}
    for fragment in fragments:
        if fragment.outcomes is not None:  # made in this process: the outcomes themselves
            outcomes.update(fragment.outcomes)
            continue
        files = _read_parquet(fragment.parquet[FILES_TABLE]).to_pylist()
        mine = {f[FILE_INDEX]: FileOutcome(f["rel_path"], f["article_id"], {t: [] for t in f["tables"]},
                                           rejected=f["rejected"]) for f in files}
        for name, data in fragment.parquet.items():
            if name == FILES_TABLE:
                continue
            positions, rows = table_to_rows(_read_parquet(data))
            for position, row in zip(positions, rows):
                mine[position].rows[name].append(row)
        if fragment.relocate is not None:
            mine = {fragment.relocate[position]: outcome for position, outcome in mine.items()}
        outcomes.update(mine)
    batch = ExtractBatch()
    for position in sorted(outcomes):
        batch.add(outcomes[position])
    return batch
