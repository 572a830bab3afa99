"""Cancer-vocabulary codes of the conditions table: OncoTree's, and Mondo's exact NCIt / UMLS matches
where OncoTree has no node of the same scope (issue #18: >= 90 % of conditions rows carry one)."""
from __future__ import annotations

import pytest

from extract.entities.catalog import condition_record, vocabulary_versions
from extract.entities.condition_vocabulary import cancer_codes, conditions
from extract.entities.condition_xrefs import build_entries, mondo_codes, propose

from .corpus_ids import corpora, entity_ids

# Conditions with no same-scope entry in OncoTree nor an exact Mondo match (see condition_mondo.yaml).
UNCODED = {"solid-tumor", "gastroenteropancreatic-neuroendocrine-tumor", "pheochromocytoma-paraganglioma"}


def _coded(condition_id: str) -> bool:
    record = condition_record(condition_id)
    return any(record[k] for k in ("oncotree_code", "ncit_code", "umls_cui"))


@pytest.mark.parametrize("condition_id, ncit, umls", [
    ("acute-lymphoblastic-leukemia", "C3167", "C0023449"),  # OncoTree splits ALL by lineage
    ("myelodysplastic-syndrome", "C3247", "C3463824"),
    ("immune-thrombocytopenia", "C3446", "C0398650"),  # not a cancer: OncoTree has no node at all
    ("graft-versus-host-disease", "C3063", "C0018133"),
])
def test_conditions_without_an_oncotree_node_carry_mondos_exact_ncit_and_umls(condition_id, ncit, umls):
    record = condition_record(condition_id)
    assert (record["oncotree_code"], record["ncit_code"], record["umls_cui"]) == (None, ncit, umls)


def test_oncotree_codes_win_and_mondo_only_fills_what_oncotree_leaves_empty():
    assert condition_record("non-small-cell-lung-cancer")["ncit_code"] == "C2926"  # OncoTree's
    glioma = condition_record("glioma")  # OncoTree node DIFG carries no NCIt code or CUI
    assert (glioma["oncotree_code"], glioma["ncit_code"], glioma["umls_cui"]) == ("DIFG", "C3059", "C0017638")
    assert not set(mondo_codes()) & {c for c, k in cancer_codes().items() if k.oncotree and k.ncit and k.umls
                                     and c not in mondo_codes()}


def test_every_condition_but_the_documented_few_carries_a_cancer_vocabulary_code():
    uncoded = {c for c in conditions() if not _coded(c)}
    assert uncoded == UNCODED


def test_the_mondo_release_is_recorded_for_the_manifest():
    assert vocabulary_versions()["mondo"] == "2026-08-04"


_SSSOM_NCIT = [
    {"subject_id": "MONDO:1", "subject_label": "widget leukemia", "predicate_id": "skos:exactMatch",
     "object_id": "NCIT:C111", "object_label": "Widget Leukemia"},
    {"subject_id": "MONDO:2", "subject_label": "gadget lymphoma", "predicate_id": "skos:exactMatch",
     "object_id": "NCIT:C222", "object_label": "Gadget Lymphoma"},
    {"subject_id": "MONDO:2", "subject_label": "gadget lymphoma", "predicate_id": "skos:exactMatch",
     "object_id": "NCIT:C223", "object_label": "Gadget Lymphoma, Adult"},
    {"subject_id": "MONDO:3", "subject_label": "broad thing", "predicate_id": "skos:broadMatch",
     "object_id": "NCIT:C333", "object_label": "Broad Thing"},
]
_SSSOM_UMLS = [{"subject_id": "MONDO:1", "subject_label": "widget leukemia", "predicate_id": "skos:exactMatch",
                "object_id": "UMLS:C0000111"}]


def test_the_build_copies_exact_matches_and_gives_no_code_where_mondo_has_two():
    entries = dict((e["id"], e) for e, _ in build_entries({"widget": "MONDO:1", "gadget": "MONDO:2"},
                                                           _SSSOM_NCIT, _SSSOM_UMLS))
    assert entries["widget"] == {"id": "widget", "mondo": "MONDO:1", "ncit": "C111", "umls": "C0000111"}
    assert entries["gadget"] == {"id": "gadget", "mondo": "MONDO:2"}  # two exact NCIt matches: no guess
    with pytest.raises(SystemExit):  # only a broad match: not the same disease
        build_entries({"broad": "MONDO:3"}, _SSSOM_NCIT, _SSSOM_UMLS)


def test_proposals_match_mondo_or_ncit_labels_exactly():
    found = propose(_SSSOM_NCIT, _SSSOM_UMLS, {"w": ["Widget leukemia"], "g": ["gadget lymphoma, adult"],
                                                "x": ["widget"]})
    assert found == {"w": [("MONDO:1", "widget leukemia")], "g": [("MONDO:2", "gadget lymphoma")], "x": []}


@pytest.mark.parametrize("folder", list(corpora("seeds", "dev", "dev2")))
def test_at_least_nine_in_ten_conditions_seen_in_a_corpus_carry_a_code(folder):
    ids = entity_ids(folder)["condition"]
    assert ids
    coded = [c for c in ids if _coded(c)]
    assert len(coded) / len(ids) >= 0.9, sorted(set(ids) - set(coded))
