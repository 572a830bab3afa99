"""Metadata every asset attaches to its materialization: counts, a preview, the column schema."""
from __future__ import annotations

import dagster as dg
import pandas as pd

from schemas.registry import COLUMNS, schema

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


def markdown_preview(df: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """The first rows as a markdown table, long cells shortened."""
    if df is None or not len(df):
        return "_no rows_"
    head = df.head(rows)
    cells = [[_cell(v) for v in record] for record in head.itertuples(index=False)]
    lines = ["| " + " | ".join(map(str, head.columns)) + " |",
             "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def _cell(value) -> str:
    text = str(value.tolist() if hasattr(value, "tolist") else value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CELL_CHARS else text[:PREVIEW_CELL_CHARS - 1] + "…"


def table_metadata(df: pd.DataFrame, **counts: int) -> dict:
    return {"dagster/row_count": dg.MetadataValue.int(len(df)),
            "preview": dg.MetadataValue.md(markdown_preview(df)),
            **{name: dg.MetadataValue.int(int(n)) for name, n in counts.items()}}


def column_schema(table: str) -> dg.TableSchema:
    """The table's columns as Dagster shows them, from its Pandera model."""
    s = schema(table)
    return dg.TableSchema(columns=[
        dg.TableColumn(name=c, type=str(s.columns[c].dtype), description=s.columns[c].description or "")
        for c in COLUMNS[table]])
