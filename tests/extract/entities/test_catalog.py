"""Reference records for the drugs and conditions tables."""
import re

import pytest
import simple_icd_10_cm

from extract.entities.catalog import condition_record, drug_record, vocabulary_versions
from extract.entities.condition_vocabulary import conditions
from extract.entities.drug_vocabulary import vocabulary

DRUG_COLUMNS = {"drug_id", "name", "brand_names", "synonyms", "drug_classes", "targets", "drugbank_id",
                "mesh_id", "chembl_id", "rxcui", "atc_codes", "unii"}


def test_drug_record_has_every_contract_column_and_real_ids():
    rec = drug_record("imatinib")
    assert DRUG_COLUMNS <= rec.keys()
    assert rec["name"] == "Imatinib"
    assert "Gleevec" in rec["brand_names"] and "Gleevec" not in rec["synonyms"]
    assert rec["drugbank_id"] == "DB00619"
    assert rec["drug_classes"] == ["tyrosine-kinase-inhibitor"]
    assert "BCR::ABL1" in rec["targets"]
    assert rec["unii"] == "BKJ8M8G5HI"  # FDA UNII list, shipped in drug_identifiers.tsv
    # PharmGKB's cross-references and ChEMBL, shipped in drug_identifiers.tsv
    assert (rec["chembl_id"], rec["rxcui"]) == ("CHEMBL941", "282388")
    assert [c[:3] for c in rec["atc_codes"]] == ["L01"]  # PharmGKB lists the pre-2022 code L01XE01
    assert all(" " not in t for t in rec["targets"])


def test_inn_record_lists_the_usan_name_as_synonym():
    rec = drug_record("hydroxycarbamide")
    assert rec["name"] == "Hydroxycarbamide"
    assert "hydroxyurea" in rec["synonyms"]
    assert rec["drugbank_id"] == "DB01005"


def test_identifiers_are_well_formed_and_mesh_ids_are_not_shared():
    seen_mesh = {}
    for drug_id, entry in vocabulary().entries.items():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", drug_id), drug_id  # contract slug
        if entry.drugbank_id:
            assert re.fullmatch(r"DB\d{5}", entry.drugbank_id)
        if entry.mesh_id:
            assert re.fullmatch(r"[CD]\d{6,9}", entry.mesh_id)
            assert entry.mesh_id not in seen_mesh, (drug_id, seen_mesh.get(entry.mesh_id))
            seen_mesh[entry.mesh_id] = drug_id


def test_every_vocabulary_drug_has_an_external_id():
    """Package entries without an identifier are not read as drugs; the only drugs without one are
    INNs the repo lexicons add on purpose (recent agents the package predates), each named there."""
    missing = [e.drug_id for e in vocabulary().entries.values()
               if not (e.drugbank_id or e.mesh_id or e.medlineplus_id) and not e.curated]
    assert missing == []
    curated = [e for e in vocabulary().entries.values() if e.curated]
    assert all(e.name and e.name[0].isupper() for e in curated)


def test_unknown_ids_are_refused_rather_than_guessed():
    with pytest.raises(KeyError):
        drug_record("not-a-real-drug")
    with pytest.raises(KeyError):
        condition_record("not-a-real-condition")


@pytest.mark.parametrize("condition_id, icd10, parent", [
    ("acute-lymphoblastic-leukemia", "C91.0", None),
    ("acute-myeloid-leukemia", "C92.0", None),
    ("chronic-myeloid-leukemia", "C92.1", None),
    ("acute-promyelocytic-leukemia", "C92.4", "acute-myeloid-leukemia"),
    ("systemic-mastocytosis", "D47.02", None),
])
def test_condition_record(condition_id, icd10, parent):
    rec = condition_record(condition_id)
    assert rec["icd10"] == icd10 and rec["parent_id"] == parent
    assert rec["abbreviations"]


def test_every_icd10_code_exists_in_the_installed_code_set():
    for entry in conditions().values():
        if entry.icd10:
            assert simple_icd_10_cm.is_valid_item(entry.icd10), entry.id


def test_contract_condition_ids_are_all_present():
    contract = ["acute-lymphoblastic-leukemia", "acute-myeloid-leukemia", "acute-promyelocytic-leukemia",
                "chronic-myeloid-leukemia", "chronic-lymphocytic-leukemia", "myelodysplastic-syndrome",
                "myeloproliferative-neoplasm", "myelodysplastic-myeloproliferative-neoplasm",
                "myelofibrosis", "polycythemia-vera", "essential-thrombocythemia",
                "hypereosinophilic-syndrome", "chronic-eosinophilic-leukemia", "systemic-mastocytosis",
                "multiple-myeloma", "hodgkin-lymphoma", "diffuse-large-b-cell-lymphoma",
                "follicular-lymphoma", "mantle-cell-lymphoma", "marginal-zone-lymphoma",
                "waldenstrom-macroglobulinemia", "gastrointestinal-stromal-tumor",
                "dermatofibrosarcoma-protuberans", "lymphoblastic-lymphoma"]
    assert set(contract) <= conditions().keys()


def test_vocabulary_versions_name_the_packages():
    versions = vocabulary_versions()
    assert versions["drug-named-entity-recognition"] == "2.0.9"
    assert versions["simple-icd-10-cm"] == "1.5.0"
    assert re.fullmatch(r"[0-9a-f]{12}", versions["oncocurate-entity-lexicons"])


@pytest.mark.parametrize("condition_id, words", [
    ("graft-versus-host-disease", "graft-versus-host"),
    ("light-chain-amyloidosis", "light chain"),
    ("primary-cns-lymphoma", "diffuse large b-cell"),
    ("cutaneous-t-cell-lymphoma", "cutaneous t-cell"),
    ("mycosis-fungoides", "mycosis fungoides"),
    ("sezary-syndrome", "sézary"),
    ("burkitt-lymphoma", "burkitt"),
    ("peripheral-t-cell-lymphoma", "peripheral t-cell"),
    ("chronic-myelomonocytic-leukemia", "chronic myelomonocytic"),
    ("juvenile-myelomonocytic-leukemia", "juvenile myelomonocytic"),
])
def test_added_conditions_carry_the_icd10_code_of_that_disease(condition_id, words):
    code = condition_record(condition_id)["icd10"]
    assert simple_icd_10_cm.is_valid_item(code)
    assert words in simple_icd_10_cm.get_description(code).lower()
