"""A small warehouse written by hand from the sample corpus, for when the pipeline cannot build one.

The rows restate facts of `sources/sample_corpus/articles` (our own texts) the way a careful
curator would extract them; tables are created from the schemas' DDL, so a renamed column breaks
these tests exactly as it would break an analyst's query.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import duckdb
import pandas as pd

from schemas.ddl import all_ddl, quote_ident
from schemas.registry import COLUMNS, TABLES
from warehouse.views import apply_views

_T0 = dt.datetime(2026, 1, 1, 12, 0, 0)


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


ARTICLES = {
    # stem: (publisher, audience, published, updated, source_format)
    "01_patient_ph_positive_all": ("Bloodline Patient Network", "patient", "2025-04-14", "2025-09-02", "html"),
    "02_clinician_qa_venetoclax_aml": ("HemeAnswers for Clinicians", "professional", None, "2025-03-18", "txt"),
    "03_guideline_news_eln_2022_aml": ("Leukemia Practice Update", "professional", "2024-11-05", None, "md"),
    "04_drug_info_venetoclax": ("MedLeaf Drug Library", "professional", "2023-02-20", "2025-07-11", "html"),
    "05_trial_news_asc4first": ("OncoWire", "professional", "2024-09-12", "2024-11-04", "txt"),
    "06_patient_cml_tki": ("CML Companion", "patient", None, None, "txt"),
    "07_news_brief_gilteritinib_approval": ("MyeloNews Brief", "professional", "2018-11-29", None, "txt"),
    "08_qa_brief_gilteritinib_first_line": ("AskHeme Quick Answers", "professional", None, "2025-05-06", "txt"),
}
AID = {stem: _id("article", stem) for stem in ARTICLES}

AML, ALL, CML, CLL, MM = ("acute-myeloid-leukemia", "acute-lymphoblastic-leukemia", "chronic-myeloid-leukemia",
                          "chronic-lymphocytic-leukemia", "multiple-myeloma")

# (article stem, drug, condition, status, biomarker, setting, regulators, evidence)
INDICATIONS = [
    ("01_patient_ph_positive_all", "imatinib", ALL, "approved", "BCR::ABL1", "relapsed-refractory", ["FDA"],
     "Imatinib is approved by the FDA for adults with Ph+ ALL that has come back."),
    ("01_patient_ph_positive_all", "ponatinib", ALL, "approved", "BCR::ABL1", "newly-diagnosed", ["FDA"],
     "Ponatinib is approved by the FDA for adults with newly diagnosed Ph+ ALL in combination with chemotherapy."),
    ("01_patient_ph_positive_all", "dasatinib", ALL, "approved", "BCR::ABL1", None, [],
     "Dasatinib is approved for adults with Ph+ ALL who cannot take earlier treatment."),
    ("01_patient_ph_positive_all", "blinatumomab", ALL, "approved", "CD19", "mrd-positive", [],
     "Blinatumomab is approved for B-cell ALL in remission with measurable residual disease."),
    ("01_patient_ph_positive_all", "midostaurin", ALL, "not_indicated", None, None, [],
     "Midostaurin is not used for ALL."),
    ("02_clinician_qa_venetoclax_aml", "venetoclax", AML, "approved", None, "newly-diagnosed", ["FDA"],
     "The FDA approved venetoclax in combination with azacitidine for this population."),
    ("02_clinician_qa_venetoclax_aml", "azacitidine", AML, "recommended", None, "newly-diagnosed", [],
     "Venetoclax combined with azacitidine is recommended as first-line treatment."),
    ("02_clinician_qa_venetoclax_aml", "venetoclax", AML, "not_recommended", None, None, [],
     "Venetoclax is not recommended for patients who are fit for intensive chemotherapy."),
    ("02_clinician_qa_venetoclax_aml", "imatinib", AML, "not_indicated", None, None, [],
     "Imatinib is not used for AML."),
    ("03_guideline_news_eln_2022_aml", "gilteritinib", AML, "recommended", "FLT3", "relapsed-refractory", [],
     "Gilteritinib is recommended for relapsed or refractory FLT3-mutated AML."),
    ("03_guideline_news_eln_2022_aml", "midostaurin", AML, "recommended", "FLT3", "newly-diagnosed", [],
     "Adults with newly diagnosed FLT3-mutated AML should receive midostaurin."),
    ("04_drug_info_venetoclax", "venetoclax", CLL, "approved", None, None, ["FDA", "EMA"],
     "Venetoclax is approved by the FDA and the EMA for adults with CLL."),
    ("04_drug_info_venetoclax", "venetoclax", MM, "not_indicated", None, None, [],
     "Venetoclax is not approved for multiple myeloma."),
    ("05_trial_news_asc4first", "asciminib", CML, "approved", "BCR::ABL1", "newly-diagnosed", ["FDA"],
     "The FDA granted accelerated approval to asciminib for adults with newly diagnosed CML."),
    ("06_patient_cml_tki", "imatinib", CML, "approved", None, "newly-diagnosed", [],
     "Imatinib, dasatinib and nilotinib are approved for newly diagnosed chronic phase CML."),
    ("06_patient_cml_tki", "imatinib", AML, "not_indicated", None, None, [],
     "Imatinib is not used for AML."),
    ("07_news_brief_gilteritinib_approval", "gilteritinib", AML, "approved", "FLT3", "relapsed-refractory",
     ["FDA"], "The FDA has approved gilteritinib for relapsed or refractory AML with a FLT3 mutation."),
    ("08_qa_brief_gilteritinib_first_line", "gilteritinib", AML, "not_indicated", None, "newly-diagnosed", [],
     "Outside a clinical trial, gilteritinib is not indicated for newly diagnosed AML."),
]

# (article stem, trial, drug, comparator, condition, endpoint, measure, value, comp, unit, hr, lo, hi, p, op)
TRIALS = [
    ("02_clinician_qa_venetoclax_aml", "VIALE-A", "venetoclax", "placebo", AML, "overall-survival", "median",
     14.7, 9.6, "months", 0.66, 0.52, 0.85, 0.001, "<"),
    ("02_clinician_qa_venetoclax_aml", "RATIFY", "midostaurin", "placebo", AML, "overall-survival", "median",
     74.7, 25.6, "months", 0.78, None, None, 0.009, "="),
    ("03_guideline_news_eln_2022_aml", "ADMIRAL", "gilteritinib", "chemotherapy", AML, "overall-survival",
     "median", 9.3, 5.6, "months", 0.64, 0.49, 0.83, 0.001, "<"),
    ("03_guideline_news_eln_2022_aml", "QUAZAR AML-001", "azacitidine", "placebo", AML, "overall-survival",
     "median", 24.7, 14.8, "months", 0.69, 0.55, 0.86, 0.001, "<"),
    ("04_drug_info_venetoclax", "MURANO", "venetoclax", "bendamustine", CLL, "progression-free-survival",
     "rate", 84.9, 36.3, "percent", 0.17, 0.11, 0.25, 0.001, "<"),
    ("05_trial_news_asc4first", "ASC4FIRST", "asciminib", "tyrosine-kinase-inhibitor", CML,
     "major-molecular-response", "rate", 67.7, 49.0, "percent", None, None, None, 0.001, "<"),
]

# (article stem, body, year, condition, interventions, direction, biomarker, setting, statement)
RECOMMENDATIONS = [
    ("03_guideline_news_eln_2022_aml", "ELN", 2022, AML, ["midostaurin", "cytarabine", "daunorubicin"],
     "recommended", "FLT3", "newly-diagnosed", "should receive midostaurin together with induction"),
    ("03_guideline_news_eln_2022_aml", "ELN", 2022, AML, ["venetoclax", "hypomethylating-agent"],
     "recommended", None, "newly-diagnosed", "recommends venetoclax combined with a hypomethylating agent"),
    ("03_guideline_news_eln_2022_aml", "ELN", 2022, AML, ["azacitidine"], "option", None, "maintenance",
     "oral azacitidine maintenance is an option"),
    ("03_guideline_news_eln_2022_aml", "ELN", 2022, AML, ["allogeneic-hsct"], "not_recommended", None,
     "first-remission", "transplantation in first remission is generally not recommended"),
]

# (article stem, drug, route, frequency, treatment_days, cycle_days)
REGIMENS = [
    ("02_clinician_qa_venetoclax_aml", "venetoclax", "oral", "daily", None, 28),
    ("02_clinician_qa_venetoclax_aml", "azacitidine", "subcutaneous", "daily", 7, 28),
    ("06_patient_cml_tki", "imatinib", "oral", "daily", None, None),
]

DRUGS = {
    # drug: (classes, targets)
    "imatinib": (["tyrosine-kinase-inhibitor"], ["BCR::ABL1", "KIT", "PDGFR"]),
    "dasatinib": (["tyrosine-kinase-inhibitor"], ["BCR::ABL1"]),
    "ponatinib": (["tyrosine-kinase-inhibitor"], ["BCR::ABL1"]),
    "asciminib": (["tyrosine-kinase-inhibitor"], ["BCR::ABL1"]),
    "blinatumomab": (["bispecific-antibody"], ["CD19"]),
    "midostaurin": (["flt3-inhibitor"], ["FLT3", "KIT"]),
    "gilteritinib": (["flt3-inhibitor"], ["FLT3"]),
    "venetoclax": (["bcl2-inhibitor"], ["BCL2"]),
    "azacitidine": (["hypomethylating-agent"], []),
    "cytarabine": (["chemotherapy"], []),
    "daunorubicin": (["chemotherapy"], []),
}

CONDITIONS = {AML: "Acute myeloid leukemia", ALL: "Acute lymphoblastic leukemia", CML: "Chronic myeloid leukemia",
              CLL: "Chronic lymphocytic leukemia", MM: "Multiple myeloma"}


def _provenance(stem: str, ordinal: int, evidence: str) -> dict:
    return {"article_id": AID[stem], "sentence_id": f"{AID[stem]}:{ordinal}", "char_start": ordinal * 100,
            "char_end": ordinal * 100 + len(evidence), "evidence": evidence}


def handmade_tables() -> dict[str, pd.DataFrame]:
    """Every registered table as a DataFrame with exactly the schema's columns."""
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for stem, (publisher, audience, published, updated, fmt) in ARTICLES.items():
        rows["articles"].append({
            "article_id": AID[stem], "source_path": f"{stem}.{fmt}", "publisher": publisher,
            "title": stem.split("_", 1)[1].replace("_", " ").capitalize(), "audience": audience,
            "published_date": published, "updated_date": updated, "language": "en",
            "raw_sha256": hashlib.sha256(stem.encode()).hexdigest(), "n_chars_raw": 1000,
            "clean_text": "(text)", "n_chars_clean": 6, "ingested_at": _T0, "pipeline_version": "test"})
    for i, (stem, drug, cond, status, marker, setting, regs, evidence) in enumerate(INDICATIONS):
        rows["indications"].append({
            **_provenance(stem, i, evidence), "indication_id": _id("ind", i), "drug_id": drug,
            "condition_id": cond, "biomarker": marker, "setting": setting, "combination": [], "status": status,
            "regulators": regs, "negated": status in ("not_indicated", "not_recommended"),
            "negation_cue": "not" if status.startswith("not_") else None})
    for i, (stem, trial, drug, comp, cond, endpoint, measure, value, cvalue, unit, hr, lo, hi, p, op) in \
            enumerate(TRIALS):
        rows["trial_results"].append({
            **_provenance(stem, 50 + i, f"{trial} result sentence."), "result_id": _id("trial", i),
            "trial_name": trial, "phase": "3", "drug_id": drug, "comparator": comp, "condition_id": cond,
            "endpoint": endpoint, "measure": measure, "value": value, "comparator_value": cvalue, "unit": unit,
            "hazard_ratio": hr, "ci_low": lo, "ci_high": hi, "p_value": p, "p_operator": op})
    for i, (stem, body, year, cond, interventions, direction, marker, setting, statement) in \
            enumerate(RECOMMENDATIONS):
        rows["guideline_recommendations"].append({
            **_provenance(stem, 70 + i, statement), "recommendation_id": _id("rec", i), "guideline_body": body,
            "guideline_year": year, "condition_id": cond, "biomarker": marker, "setting": setting,
            "interventions": interventions, "direction": direction, "statement": statement})
    for i, (stem, drug, route, frequency, days, cycle) in enumerate(REGIMENS):
        rows["regimens"].append({
            **_provenance(stem, 90 + i, f"{drug} dosing."), "regimen_id": _id("reg", i), "drug_id": drug,
            "route": route, "frequency": frequency, "treatment_days": days, "cycle_days": cycle})
    for drug, (classes, targets) in DRUGS.items():
        n_articles = len({s for s, d, *_ in INDICATIONS if d == drug}) or 1
        rows["drugs"].append({
            "drug_id": drug, "name": drug.capitalize(), "brand_names": [], "synonyms": [],
            "drug_classes": classes, "targets": targets, "atc_codes": [], "n_articles": n_articles,
            "n_mentions": n_articles * 2})
    for cond, name in CONDITIONS.items():
        rows["conditions"].append({"condition_id": cond, "name": name, "abbreviations": [], "n_articles": 1})
    rows["references"].append({"article_id": AID["02_clinician_qa_venetoclax_aml"], "ordinal": 1,
                               "year": 2020, "doi": "10.1056/NEJMoa2012971", "raw": "DiNardo CD et al. 2020."})
    rows["quarantine"].append({"table_name": "trial_results", "article_id": AID["05_trial_news_asc4first"],
                               "row_json": "{}", "failed_check": "hazard_ratio: greater_than(0)",
                               "run_id": "run-1", "created_at": _T0})
    rows["runs"].append({"run_id": "run-1", "started_at": _T0, "finished_at": _T0, "pipeline_version": "test",
                         "n_articles_seen": 8, "n_articles_processed": 8, "n_quarantined": 1})
    return {table: pd.DataFrame(rows[table], columns=list(COLUMNS[table])) for table in TABLES}


def build_handmade_warehouse(warehouse_dir: Path) -> Path:
    """Write WAREHOUSE/oncocurate.duckdb from `handmade_tables()`, with the analyst views."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    path = warehouse_dir / "oncocurate.duckdb"
    con = duckdb.connect(str(path))
    try:
        con.execute(all_ddl())
        for table, frame in handmade_tables().items():
            if len(frame):
                con.register("frame", frame)
                con.execute(f"insert into {quote_ident(table)} by name select * from frame")
                con.unregister("frame")
        apply_views(con)
    finally:
        con.close()
    return path
