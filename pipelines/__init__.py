"""Orchestration: the Dagster code location (`definitions`, `assets/`, `checks`, `automation`,
`resources`) and the `oncocurate` CLI (`cli`, `in_process`, `run_report`).

The work those call is plain Python without Dagster: `inventory` (what changed since the
last run), `extraction` (parse + extract on every core), `curation` (assemble, validate,
quarantine each table), `run_record` (the `runs` row) and `version` (the pipeline version).
"""
