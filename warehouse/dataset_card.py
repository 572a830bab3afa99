"""The dataset card (`parquet/README.md`): what someone who downloads only the Parquet needs to know.

Rendered from the schemas (table and column descriptions), the published frames (row counts)
and the run's manifest/meta (versions), so it cannot drift from the data it describes.
"""
from __future__ import annotations

from typing import Mapping

import pandas as pd

from schemas import vocabularies as vocab
from schemas.column_types import sql_types
from schemas.ddl import table_description
from schemas.registry import COLUMNS, PRIMARY_KEYS, SCHEMA_VERSION, TABLES, schema
from warehouse.views import load_views

_VOCABULARIES = {
    "indications.status": vocab.STATUS,
    "indications.negated": ("true exactly for " + " / ".join(vocab.NEGATED_STATUSES),),
    "setting": vocab.SETTING,
    "population": vocab.POPULATION,
    "lineage": vocab.LINEAGE,
    "biomarker_status": vocab.BIOMARKER_STATUS,
    "guideline_recommendations.direction": vocab.DIRECTION,
    "regimens.route": vocab.ROUTE,
    "trial_results.measure": vocab.MEASURE,
    "trial_results.unit": vocab.UNIT,
    "articles.audience": vocab.AUDIENCE,
    "changes.change_type": vocab.CHANGE_TYPE,
}


def _cell(text: object) -> str:
    """Markdown-table-safe text."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _row_count(tables: Mapping[str, pd.DataFrame], manifest: Mapping, table: str) -> int | None:
    if table in tables and tables[table] is not None:
        return len(tables[table])
    for entry in manifest.get("tables") or []:
        if entry.get("table") == table:
            return entry.get("rows")
    return None


def _table_section(table: str, n_rows: int | None) -> list[str]:
    key = PRIMARY_KEYS[table]
    columns = schema(table).columns
    types = sql_types(table)
    lines = [f"### `{table}`", "",
             f"{table_description(table)} Rows: **{n_rows if n_rows is not None else 'unknown'}**."
             + (f" Key: `{', '.join(key)}`." if key else ""), "",
             "| column | type | nullable | description |", "|---|---|---|---|"]
    for name in COLUMNS[table]:
        col = columns[name]
        lines.append(f"| `{name}` | {types[name]} | {'yes' if col.nullable else 'no'} | "
                     f"{_cell(col.description)} |")
    return lines + [""]


def _reading_section() -> list[str]:
    return [
        "## How to read it", "",
        "Paths below are relative to this folder (`parquet/`, one sub-folder per table). The file",
        "`oncocurate.duckdb` in the warehouse folder (beside `parquet/`) holds the same tables plus the",
        "analyst views.", "",
        "DuckDB:", "",
        "```sql",
        "select * from read_parquet('indications/*.parquet') where not negated limit 10;",
        "-- or, with the database file",
        "attach 'WAREHOUSE/oncocurate.duckdb' as onc (read_only);",
        "select * from onc.indication_evidence where strongest_status = 'approved';",
        "```", "",
        "pandas:", "",
        "```python",
        "import pandas as pd",
        "indications = pd.read_parquet(\"indications\")",
        "approved = indications[indications.status == \"approved\"]",
        "```", "",
        "polars:", "",
        "```python",
        "import polars as pl",
        "indications = pl.read_parquet(\"indications/*.parquet\")",
        "conflicts = indications.group_by(\"drug_id\", \"condition_id\").agg(pl.col(\"negated\").n_unique())",
        "```", "",
        "List columns (e.g. `regulators`, `drug_classes`) are Parquet `list<string>` / DuckDB `VARCHAR[]`.",
        "Every fact row can be traced to its sentence: join `sentence_id` to `sentences`, or read",
        "`articles.clean_text[char_start:char_end]` (0-based, end exclusive).", "",
    ]


def render_dataset_card(tables: Mapping[str, pd.DataFrame], manifest: Mapping) -> str:
    """Markdown for parquet/README.md; `manifest` may be the run's meta (run_id, versions) or a manifest."""
    manifest = manifest or {}
    lines = [
        "# oncocurate: curated claims about cancer drugs", "",
        "A dataset extracted automatically from web articles about drugs for blood cancers (patient pages,",
        "clinician Q&A, guideline news, drug information, trial news). Each article becomes cleaned text split",
        "into sentences; from those sentences come what drugs are said to be **approved, recommended, used,",
        "investigational, not indicated or not recommended** for which condition (with biomarker, setting",
        "and population), trial results (endpoints, medians, rates, hazard ratios, p values), guideline",
        "recommendations, dosing schedules and cited references. Every fact keeps its evidence sentence and",
        "character offsets, so it can be checked against its source.", "",
        "Negative claims are first-class rows (`negated = true`): \"X is not used for Y\" is data, not noise.",
        "Rows that failed validation are kept in `quarantine` with the check they failed.", "",
        "## This version", "",
        f"- schema version: `{manifest.get('schema_version') or SCHEMA_VERSION}`",
        f"- pipeline version: `{manifest.get('pipeline_version') or 'unknown'}`",
        f"- run: `{manifest.get('run_id') or 'unknown'}`",
        f"- created at: `{manifest.get('created_at') or 'unknown'}`", "",
    ]
    n_articles = _row_count(tables, manifest, "articles")
    if n_articles is not None:
        lines += [f"Built from **{n_articles}** articles.", ""]

    lines += ["## Tables", "", "| table | rows | one row per |", "|---|---|---|"]
    for table in TABLES:
        n = _row_count(tables, manifest, table)
        lines.append(f"| `{table}` | {n if n is not None else ''} | {_cell(table_description(table))} |")
    lines.append("")
    for table in TABLES:
        lines += _table_section(table, _row_count(tables, manifest, table))

    lines += ["## Analyst views (in `oncocurate.duckdb` only)", "", "| view | grain |", "|---|---|"]
    lines += [f"| `{view.name}` | {_cell(view.grain)} |" for view in load_views()]
    lines.append("")

    lines += ["## Vocabularies", "",
              "Identifiers follow the project's data contract: `drug_id` is the lower-case INN joined by `-`",
              "(brand and code names resolve to it), `condition_id` a lower-case English disease name, biomarkers",
              "HGNC symbols with fusions joined by `::`. Closed value sets:", ""]
    lines += [f"- `{name}`: {', '.join(f'`{v}`' for v in values)}" for name, values in _VOCABULARIES.items()]
    versions = manifest.get("vocabulary_versions") or {}
    lines += ["", "Versions of the vocabularies behind the ids:", ""]
    lines += [f"- {name}: `{version}`" for name, version in sorted(versions.items())] or ["- (not recorded)"]
    lines.append("")

    lines += _reading_section()
    lines += [
        "## Provenance", "",
        "- `articles.source_path` / `source_url` / `publisher` say where each article came from;",
        "  `article_id` is the first 16 hex characters of the sha256 of the raw file.",
        "- `runs` records every run (counts per table), `changes` what each run added, removed or changed.",
        "- `manifest.json` lists every Parquet file with its sha256, so a download can be verified.", "",
        "## Licence notes", "",
        "- The pipeline code is Apache-2.0. The extracted facts (ids, statuses, numbers) are data; the",
        "  `evidence`, `statement`, `clean_text` and reference strings are short quotations of third-party",
        "  articles whose copyright stays with their publishers: keep the attribution (`publisher`,",
        "  `source_url`) when you reuse them, and check the source's terms before republishing text.",
        "- External identifiers (DrugBank, MeSH, ChEMBL, RxNorm, ATC, UNII, ICD-10) belong to their",
        "  vocabularies and are subject to those vocabularies' terms. UNII comes from the FDA UNII Names",
        "  list (public domain), MeSH ids from the MeSH descriptors, courtesy of the U.S. National Library",
        "  of Medicine; `chembl_id`, `rxcui` and `atc_codes` from PharmGKB (CC BY-SA 4.0) and ChEMBL 36",
        "  (CC BY-SA 3.0), so these three columns are CC BY-SA 4.0; ATC codes are WHOCC's classification.",
        "- Condition codes: OncoTree (CC BY 4.0); NCIt codes and UMLS CUIs from Mondo's exact matches.",
        "- Column descriptions and keys: `column_schemas` in `manifest.json` (Frictionless Table Schema).",
        "- Extraction is automatic and can be wrong; nothing here is medical advice. Check the evidence",
        "  sentence before relying on a row.", "",
    ]
    return "\n".join(lines)
