"""The analyst views exist, say their grain, keep it, and find conflicts between articles."""
from __future__ import annotations

import re

import duckdb
import pytest

from warehouse.views import load_views

from .handmade_warehouse import AID

EXPECTED_VIEWS = {"indication_evidence", "indication_conflicts", "trial_results_by_drug",
                  "recommendations_by_condition", "drug_overview"}

GRAINS = {
    "indication_evidence": "drug_id, condition_id, biomarker, negated",
    "trial_results_by_drug": "drug_id, endpoint",
    "recommendations_by_condition": "condition_id, guideline_body, guideline_year",
    "drug_overview": "drug_id",
    "indication_conflicts": "asserting_indication_id, negating_indication_id",
}


def test_view_files_follow_the_layout():
    views = load_views()
    assert {v.name for v in views} == EXPECTED_VIEWS
    for view in views:
        assert view.grain.startswith("one row per"), view.name
        shouting = re.findall(r"\b(SELECT|FROM|WHERE|GROUP BY|ORDER BY|JOIN|WITH|AS)\b", view.sql)
        assert shouting == [], f"{view.name}: SQL keywords are lower-case"
        assert "source as (" in view.sql, f"{view.name}: jaffle-shop style starts from a `source` CTE"


def test_every_view_exists_with_its_grain_as_comment(con):
    found = dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
    assert EXPECTED_VIEWS <= set(found)
    for name in EXPECTED_VIEWS:
        assert found[name].lower().startswith("one row per"), name
        con.execute(f"select * from {name}").fetchall()


@pytest.mark.parametrize("view", sorted(GRAINS))
def test_views_keep_their_grain(con, view):
    keys = GRAINS[view]
    duplicates = con.execute(f"select {keys}, count(*) from {view} group by all having count(*) > 1").fetchall()
    assert duplicates == []


def test_every_claim_is_counted_once_in_indication_evidence(con):
    n_claims = con.execute("select count(*) from indications").fetchone()[0]
    rolled = con.execute("select coalesce(sum(n_claims), 0) from indication_evidence").fetchone()[0]
    assert rolled == n_claims


def test_strongest_status_wins_and_polarity_stays_apart(handmade_warehouse):
    con = duckdb.connect(str(handmade_warehouse / "oncocurate.duckdb"), read_only=True)
    rows = con.execute("""
        select negated, strongest_status, statuses, regulators, n_articles, first_seen, last_seen
        from indication_evidence
        where drug_id = 'gilteritinib' and condition_id = 'acute-myeloid-leukemia'
        order by negated""").fetchall()
    (pos, neg) = rows
    assert pos[0] is False and pos[1] == "approved" and set(pos[2]) == {"approved", "recommended"}
    assert pos[3] == ["FDA"] and pos[4] == 2
    assert str(pos[5]) == "2018-11-29" and str(pos[6]) == "2024-11-05"
    assert neg[0] is True and neg[1] == "not_indicated"


def test_conflicts_pair_different_articles_only(con):
    same_article = con.execute(
        "select count(*) from indication_conflicts where asserting_article_id = negating_article_id").fetchone()[0]
    assert same_article == 0
    polarity = con.execute("select distinct asserting_status, negating_status from indication_conflicts").fetchall()
    for asserting, negating in polarity:
        assert asserting in {"approved", "recommended", "used", "investigational"}
        assert negating in {"not_indicated", "not_recommended"}


def test_conflicts_view_shows_the_two_gilteritinib_articles(con):
    rows = con.execute("""
        select asserting_source_path, negating_source_path, asserting_evidence, negating_evidence,
               negating_publisher
        from indication_conflicts
        where drug_id = 'gilteritinib' and condition_id = 'acute-myeloid-leukemia'""").fetchall()
    pairs = {(a, n) for a, n, *_ in rows}
    assert ("07_news_brief_gilteritinib_approval.txt", "08_qa_brief_gilteritinib_first_line.txt") in pairs
    for _, _, asserting, negating, publisher in rows:
        assert "gilteritinib" in asserting.lower() and "not indicated" in negating.lower()
        assert publisher  # the source is named, so a reviewer knows whom to believe


def test_a_negation_beside_an_assertion_in_one_article_is_not_a_conflict(handmade_warehouse):
    con = duckdb.connect(str(handmade_warehouse / "oncocurate.duckdb"), read_only=True)
    both = con.execute("""select count(*) from indications where article_id = ? and drug_id = 'venetoclax'
                          and condition_id = 'acute-myeloid-leukemia' group by all""",
                       [AID["02_clinician_qa_venetoclax_aml"]]).fetchone()[0]
    assert both == 2  # the article asserts and restricts venetoclax in AML
    assert con.execute("select count(*) from indication_conflicts where drug_id = 'venetoclax'").fetchone()[0] == 0


def test_drug_overview_lists_every_drug_with_what_it_is_approved_for(con):
    n_drugs = con.execute("select count(*) from drugs").fetchone()[0]
    assert con.execute("select count(*) from drug_overview").fetchone()[0] == n_drugs
    approved = con.execute("""select count(*) from drug_overview, unnest(approved_for) as t(condition_id)""").fetchone()[0]
    expected = con.execute("""select count(distinct (drug_id, condition_id)) from indications
                              where status = 'approved'""").fetchone()[0]
    assert approved == expected
