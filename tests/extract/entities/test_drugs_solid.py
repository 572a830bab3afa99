"""Solid-tumour drug vocabulary (issue 18): radiopharmaceuticals in all their spellings, FDA
prefix/suffix forms of ADCs and antibodies, brands and codes of recent approvals; own sentences."""
import pytest

from extract.entities.catalog import drug_record
from extract.entities.drug_vocabulary import radiolabel_id
from extract.entities.drugs import find_drugs


def ids(text):
    return [d for _, _, d in find_drugs(text)]


@pytest.mark.parametrize("written", [
    "lutetium Lu 177 vipivotide tetraxetan", "lutetium (177Lu) vipivotide tetraxetan",
    "Lu-177 vipivotide tetraxetan", "177Lu-vipivotide tetraxetan", "177Lu-PSMA-617", "[177Lu]Lu-PSMA-617",
    "lutetium-177 PSMA-617", "Lu-PSMA-617", "Pluvicto",
])
def test_lutetium_psma_radioligand_in_every_spelling(written):
    assert ids(f"He received {written} every six weeks.") == ["lutetium-177lu-vipivotide-tetraxetan"]


@pytest.mark.parametrize("text, drug_id", [
    ("A gallium Ga 68 gozetotide scan showed PSMA-avid lesions.", "gallium-68ga-gozetotide"),
    ("The 68Ga-PSMA-11 PET was positive.", "gallium-68ga-gozetotide"),
    ("Locametz is the kit used to prepare the imaging agent.", "gallium-68ga-gozetotide"),
    ("Radium-223 is given for bone-only disease.", "radium-223ra-dichloride"),
    ("Xofigo is an alpha emitter.", "radium-223ra-dichloride"),
    ("Lutathera (177Lu-DOTATATE) treats neuroendocrine tumours.", "lutetium-177lu-oxodotreotide"),
    ("The piflufolastat F 18 scan was read by a specialist.", "piflufolastat-18f"),
])
def test_other_radiopharmaceuticals_resolve_to_inn_ids(text, drug_id):
    assert set(ids(text)) == {drug_id}


def test_radiolabel_rule_is_general():
    assert radiolabel_id("yttrium y-90 ibritumomab tiuxetan") == "yttrium-90y-ibritumomab-tiuxetan"
    assert radiolabel_id("florbetapir f-18") == "florbetapir-18f"
    assert radiolabel_id("trastuzumab deruxtecan") is None


@pytest.mark.parametrize("text, drug_id", [
    ("Fam-trastuzumab deruxtecan-nxki was approved for HER2-low disease.", "trastuzumab-deruxtecan"),
    ("Ado-trastuzumab emtansine (Kadcyla) is given after surgery.", "trastuzumab-emtansine"),
    ("She was switched to T-DXd.", "trastuzumab-deruxtecan"),
    ("Datopotamab deruxtecan-dlnk (Datroway) is a TROP2-directed ADC.", "datopotamab-deruxtecan"),
    ("Zolbetuximab-clzb is infused every three weeks.", "zolbetuximab"),
    ("Phesgo is injected under the skin.", "pertuzumab-and-trastuzumab-and-hyaluronidase"),
])
def test_fda_prefixes_and_suffixes_are_no_part_of_the_id(text, drug_id):
    assert set(ids(text)) == {drug_id}


@pytest.mark.parametrize("written, drug_id", [
    ("Imdelltra", "tarlatamab"), ("AMG 757", "tarlatamab"), ("Vyloy", "zolbetuximab"),
    ("Ziihera", "zanidatamab"), ("Bizengri", "zenocutuzumab"), ("Kimmtrak", "tebentafusp"),
    ("Amtagvi", "lifileucel"), ("afami-cel", "afamitresgene-autoleucel"), ("Lazcluze", "lazertinib"),
    ("Augtyro", "repotrectinib"), ("Truqap", "capivasertib"), ("Itovebi", "inavolisib"),
    ("Orserdu", "elacestrant"), ("Voranigo", "vorasidenib"), ("Fruzaqla", "fruquintinib"),
    ("Krazati", "adagrasib"), ("Tevimbra", "tislelizumab"), ("Loqtorzi", "toripalimab"),
    ("Ibtrozi", "taletrectinib"), ("Zegfrovy", "sunvozertinib"), ("Hernexeos", "zongertinib"),
    ("Ogsiveo", "nirogacestat"), ("Emrelis", "telisotuzumab-vedotin"), ("Elahere", "mirvetuximab-soravtansine"),
    ("HER3-DXd", "patritumab-deruxtecan"), ("nogapendekin alfa inbakicept", "nogapendekin-alfa-inbakicept"),
    ("Anktiva", "nogapendekin-alfa-inbakicept"), ("MK-3475", "pembrolizumab"), ("RMC-6236", "daraxonrasib"),
])
def test_brands_and_codes_of_recent_approvals(written, drug_id):
    assert ids(f"Her oncologist suggested {written} next.") == [drug_id]


def test_a_hormone_named_before_a_shared_receptor_head_is_no_drug():
    assert ids("Most breast tumours carry estrogen or progesterone receptors, so hormone therapy helps.") == []
    assert ids("The cells carry receptors for estrogen or progesterone.") == []
    assert ids("She took estrogen for menopause symptoms.") == ["estrogen"]


def test_records_of_new_agents_are_filled_from_the_lexicons():
    rec = drug_record("lutetium-177lu-vipivotide-tetraxetan")
    assert rec["name"] == "Lutetium (177Lu) vipivotide tetraxetan"
    assert "Pluvicto" in rec["brand_names"] and rec["targets"] == ["FOLH1"]
    assert drug_record("trastuzumab-deruxtecan")["drug_classes"] == ["antibody-drug-conjugate", "monoclonal-antibody"]
