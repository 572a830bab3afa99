"""Extraction: one module per output table, each a pure function from a parsed
article (and its recognised entities) to plain row dicts. No Dagster here."""
