"""Validation into quarantine, and the atomic, deterministic publish of the DuckDB file and the
Parquet export (see warehouse/README.md). Analyst views live in warehouse/views/."""
