"""A real `dg.materialize` of the whole graph into tmp_path, on articles written for the test."""
from __future__ import annotations

import dagster as dg
import duckdb

from pipelines.definitions import ASSETS
from pipelines.checks import ASSET_CHECKS
from pipelines.resources import OncocurateSettings


def test_materialize_publishes_every_table_and_passes_every_check(corpus, tmp_path):
    warehouse = tmp_path / "warehouse"
    settings = OncocurateSettings(source_dir=str(corpus), warehouse_dir=str(warehouse))
    with dg.instance_for_test() as instance:
        result = dg.materialize([*ASSETS, *ASSET_CHECKS], instance=instance,
                                resources={"settings": settings, "io_manager": dg.mem_io_manager})
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert evaluations and all(e.passed for e in evaluations), [
        (e.asset_key.to_user_string(), e.check_name) for e in evaluations if not e.passed]

    meta = next(m for m in result.asset_materializations_for_node("curate_tables")
                if m.asset_key == dg.AssetKey("articles")).metadata
    assert meta["dagster/row_count"].value == 3
    assert "| article_id |" in meta["preview"].value

    con = duckdb.connect(str(warehouse / "oncocurate.duckdb"), read_only=True)
    paths = {r[0] for r in con.execute("select source_path from articles").fetchall()}
    assert paths == {"imatinib.txt", "aml/venetoclax.html", "notes/dasatinib.md"}
    drugs = {r[0] for r in con.execute("select drug_id from drugs").fetchall()}
    assert {"imatinib", "venetoclax", "dasatinib"} <= drugs
    orphans = con.execute("""select count(*) from drug_mentions m
                             left join sentences s using (sentence_id)
                             where s.sentence_id is null""").fetchone()
    assert orphans == (0,)
    assert con.execute("select n_articles_processed from runs").fetchall() == [(3,)]
    assert (warehouse / "parquet" / "manifest.json").is_file()
    assert (warehouse / "parquet" / "indications").is_dir()
