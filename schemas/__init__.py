"""The table contract as code: one Pandera model per table (schemas/<table>.py), the registry of
tables and keys, and what is generated from them (DuckDB DDL with comments, the data dictionary)."""

from schemas.pandera_backends import load_without_dask

load_without_dask()
