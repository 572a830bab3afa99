"""Solid-tumour settings (contract v2) read by extract.indications.qualifiers, in our own sentences.

The same words mean different settings by disease: "advanced" is metastatic for a solid tumour and
no setting for a blood cancer, so the order cues are tried in follows the condition's domain.
"""
import pytest

from extract.indications import qualifiers as q


@pytest.mark.parametrize("text, condition_id, expected", [
    ("Osimertinib is given after the tumour is removed to lower the chance of recurrence; it is an "
     "adjuvant treatment.", "non-small-cell-lung-cancer", "adjuvant"),
    ("After surgery for stage II colon cancer, capecitabine may be offered.", None, "adjuvant"),
    ("Pembrolizumab is given before surgery, and then again after it, in early triple-negative disease.",
     "breast-cancer", "neoadjuvant"),
    ("Durvalumab is used perioperatively with platinum chemotherapy in resectable gastric cancer.",
     "gastric-cancer", "perioperative"),
    ("Neoadjuvant followed by adjuvant nivolumab is a standard for resectable NSCLC.",
     "non-small-cell-lung-cancer", "perioperative"),
    ("The first-line option for locally advanced or metastatic urothelial cancer is EV plus pembrolizumab.",
     "urothelial-carcinoma", "metastatic"),
    ("For adults with advanced renal cell carcinoma, cabozantinib is an option.", None, "metastatic"),
    ("Durvalumab consolidation follows chemoradiation in unresectable stage III NSCLC.",
     "non-small-cell-lung-cancer", "locally-advanced"),
    ("Niraparib is first-line maintenance for newly diagnosed advanced ovarian cancer.",
     "ovarian-cancer", "maintenance"),
    ("Her cancer has spread to the liver, so she will start trastuzumab deruxtecan.", "breast-cancer",
     "metastatic"),
    # prior treatment named as neoadjuvant: the drug itself comes after surgery
    ("Olaparib is for residual disease after neoadjuvant chemotherapy.", "breast-cancer", "adjuvant"),
    ("Following neoadjuvant therapy, trastuzumab emtansine is given for 14 cycles.", "breast-cancer", "adjuvant"),
    # "has not progressed after" is no relapse
    ("Durvalumab is for patients whose cancer has not progressed after chemoradiotherapy.",
     "small-cell-lung-cancer", None),
    ("Teclistamab is used in myeloma that progressed after three lines.", "multiple-myeloma", "relapsed-refractory"),
    # the abbreviation itself says metastatic
    ("The PSMA scan selects men with mCRPC who already had a taxane.", None, "metastatic"),
    ("Sacituzumab govitecan is an option in mTNBC after two earlier regimens.", "breast-cancer", "metastatic"),
])
def test_solid_tumour_settings(text, condition_id, expected):
    assert q.setting(text, condition_id) == expected


@pytest.mark.parametrize("text, condition_id, expected", [
    ("Avapritinib is approved for advanced systemic mastocytosis.", "systemic-mastocytosis", None),
    ("Newly diagnosed AML in older adults is treated with venetoclax and azacitidine.", None,
     "newly-diagnosed"),
    ("First-line treatment of CLL now favours targeted drugs.", "chronic-lymphocytic-leukemia",
     "newly-diagnosed"),
    ("Patients with advanced-stage Hodgkin lymphoma received brentuximab vedotin.", "hodgkin-lymphoma", None),
    ("Relapsed or refractory myeloma after three lines is treated with teclistamab.", "multiple-myeloma",
     "relapsed-refractory"),
])
def test_blood_cancer_settings_keep_their_meaning(text, condition_id, expected):
    assert q.setting(text, condition_id) == expected


def test_without_a_condition_the_disease_named_in_the_text_chooses_the_order():
    assert q.setting("advanced melanoma") == "metastatic"
    assert q.setting("advanced systemic mastocytosis") is None
    assert q.setting("metastasis-free survival was longer") is None  # an endpoint, not a setting
