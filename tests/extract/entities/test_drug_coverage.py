"""Every drug approved for a haematological cancer, MPN or mastocytosis that we could name is
recognised, by generic, brand and code name, and resolves to the contract's drug_id."""
import pytest

from extract.entities.catalog import drug_record
from extract.entities.recognize import recognize_text

# (written name, expected drug_id); generics first, then brand and code names.
GENERICS = [
    # ABL / KIT tyrosine kinase inhibitors
    ("imatinib", "imatinib"), ("imatinib mesylate", "imatinib"), ("dasatinib", "dasatinib"),
    ("nilotinib", "nilotinib"), ("bosutinib", "bosutinib"), ("ponatinib", "ponatinib"),
    ("asciminib", "asciminib"), ("avapritinib", "avapritinib"), ("ripretinib", "ripretinib"),
    # FLT3, IDH, menin, BCL2, BTK, JAK inhibitors
    ("midostaurin", "midostaurin"), ("gilteritinib", "gilteritinib"), ("quizartinib", "quizartinib"),
    ("ivosidenib", "ivosidenib"), ("enasidenib", "enasidenib"), ("olutasidenib", "olutasidenib"),
    ("revumenib", "revumenib"), ("ziftomenib", "ziftomenib"), ("venetoclax", "venetoclax"),
    ("ibrutinib", "ibrutinib"), ("acalabrutinib", "acalabrutinib"), ("zanubrutinib", "zanubrutinib"),
    ("pirtobrutinib", "pirtobrutinib"), ("ruxolitinib", "ruxolitinib"), ("fedratinib", "fedratinib"),
    ("pacritinib", "pacritinib"), ("momelotinib", "momelotinib"),
    # hypomethylating agents and other small molecules
    ("azacitidine", "azacitidine"), ("decitabine", "decitabine"),
    ("decitabine and cedazuridine", "decitabine-and-cedazuridine"), ("glasdegib", "glasdegib"),
    ("selinexor", "selinexor"), ("idelalisib", "idelalisib"), ("duvelisib", "duvelisib"),
    ("panobinostat", "panobinostat"), ("vorinostat", "vorinostat"), ("romidepsin", "romidepsin"),
    ("belinostat", "belinostat"), ("pralatrexate", "pralatrexate"), ("tazemetostat", "tazemetostat"),
    ("omacetaxine mepesuccinate", "omacetaxine-mepesuccinate"),
    # antibodies and antibody-drug conjugates
    ("rituximab", "rituximab"), ("obinutuzumab", "obinutuzumab"), ("ofatumumab", "ofatumumab"),
    ("daratumumab", "daratumumab"), ("isatuximab", "isatuximab"), ("elotuzumab", "elotuzumab"),
    ("alemtuzumab", "alemtuzumab"), ("tafasitamab", "tafasitamab"), ("mogamulizumab", "mogamulizumab"),
    ("gemtuzumab ozogamicin", "gemtuzumab-ozogamicin"), ("inotuzumab ozogamicin", "inotuzumab-ozogamicin"),
    ("brentuximab vedotin", "brentuximab-vedotin"), ("polatuzumab vedotin", "polatuzumab-vedotin"),
    ("loncastuximab tesirine", "loncastuximab-tesirine"), ("belantamab mafodotin", "belantamab-mafodotin"),
    ("tagraxofusp", "tagraxofusp"), ("nivolumab", "nivolumab"), ("pembrolizumab", "pembrolizumab"),
    # bispecific antibodies
    ("blinatumomab", "blinatumomab"), ("teclistamab", "teclistamab"), ("elranatamab", "elranatamab"),
    ("talquetamab", "talquetamab"), ("mosunetuzumab", "mosunetuzumab"), ("glofitamab", "glofitamab"),
    ("epcoritamab", "epcoritamab"),
    # CAR T-cell therapies
    ("tisagenlecleucel", "tisagenlecleucel"), ("axicabtagene ciloleucel", "axicabtagene-ciloleucel"),
    ("brexucabtagene autoleucel", "brexucabtagene-autoleucel"),
    ("lisocabtagene maraleucel", "lisocabtagene-maraleucel"),
    ("idecabtagene vicleucel", "idecabtagene-vicleucel"),
    ("ciltacabtagene autoleucel", "ciltacabtagene-autoleucel"),
    ("obecabtagene autoleucel", "obecabtagene-autoleucel"),
    # immunomodulatory drugs and proteasome inhibitors
    ("lenalidomide", "lenalidomide"), ("pomalidomide", "pomalidomide"), ("thalidomide", "thalidomide"),
    ("bortezomib", "bortezomib"), ("carfilzomib", "carfilzomib"), ("ixazomib", "ixazomib"),
    # cytotoxic chemotherapy
    ("cytarabine", "cytarabine"), ("daunorubicin", "daunorubicin"), ("idarubicin", "idarubicin"),
    ("doxorubicin", "doxorubicin"), ("mitoxantrone", "mitoxantrone"), ("fludarabine", "fludarabine"),
    ("cladribine", "cladribine"), ("clofarabine", "clofarabine"), ("nelarabine", "nelarabine"),
    ("vincristine", "vincristine"), ("vinblastine", "vinblastine"), ("methotrexate", "methotrexate"),
    ("mercaptopurine", "mercaptopurine"), ("6-mercaptopurine", "mercaptopurine"),
    ("thioguanine", "thioguanine"), ("pegaspargase", "pegaspargase"), ("asparaginase", "asparaginase"),
    ("calaspargase pegol", "calaspargase-pegol"),
    ("asparaginase Erwinia chrysanthemi", "crisantaspase"),
    ("cyclophosphamide", "cyclophosphamide"), ("ifosfamide", "ifosfamide"),
    ("bendamustine", "bendamustine"), ("chlorambucil", "chlorambucil"), ("busulfan", "busulfan"),
    ("melphalan", "melphalan"), ("etoposide", "etoposide"), ("bleomycin", "bleomycin"),
    ("dacarbazine", "dacarbazine"), ("procarbazine", "procarbazine"), ("carmustine", "carmustine"),
    ("hydroxyurea", "hydroxycarbamide"), ("hydroxycarbamide", "hydroxycarbamide"),
    ("arsenic trioxide", "arsenic-trioxide"), ("tretinoin", "tretinoin"),
    ("all-trans retinoic acid", "tretinoin"),
    ("daunorubicin and cytarabine liposome", "daunorubicin-and-cytarabine-liposome"),
    # MPN, MDS and supportive drugs
    ("luspatercept", "luspatercept"), ("imetelstat", "imetelstat"), ("interferon alfa", "interferon-alfa"),
    ("interferon alpha", "interferon-alfa"), ("interferon alfa-2b", "interferon-alfa-2b"),
    ("ropeginterferon alfa-2b", "ropeginterferon-alfa-2b"), ("peginterferon alfa-2a", "peginterferon-alfa-2a"),
    ("anagrelide", "anagrelide"), ("danazol", "danazol"), ("prednisone", "prednisone"),
    ("dexamethasone", "dexamethasone"), ("methylprednisolone", "methylprednisolone"),
    # recent approvals (2023-2025) and late-stage drugs of the same diseases
    ("linvoseltamab", "linvoseltamab"), ("odronextamab", "odronextamab"),
    ("olverembatinib", "olverembatinib"), ("flumatinib", "flumatinib"), ("radotinib", "radotinib"),
    ("bezuclastinib", "bezuclastinib"), ("crenolanib", "crenolanib"), ("navtemadlin", "navtemadlin"),
    ("pelabresib", "pelabresib"), ("pemigatinib", "pemigatinib"), ("copanlisib", "copanlisib"),
    ("moxetumomab pasudotox", "moxetumomab-pasudotox"), ("denileukin diftitox", "denileukin-diftitox"),
    ("tabelecleucel", "tabelecleucel"), ("melphalan flufenamide", "melphalan-flufenamide"),
    ("motixafortide", "motixafortide"), ("plerixafor", "plerixafor"),
    # antibody and CAR T-cell stems written alone, and clinical short names
    ("gemtuzumab", "gemtuzumab-ozogamicin"), ("inotuzumab", "inotuzumab-ozogamicin"),
    ("loncastuximab", "loncastuximab-tesirine"), ("belantamab", "belantamab-mafodotin"),
    ("moxetumomab", "moxetumomab-pasudotox"), ("lisocabtagene", "lisocabtagene-maraleucel"),
    ("idecabtagene", "idecabtagene-vicleucel"), ("ciltacabtagene", "ciltacabtagene-autoleucel"),
    ("brexucabtagene", "brexucabtagene-autoleucel"), ("axicabtagene", "axicabtagene-ciloleucel"),
    ("obecabtagene", "obecabtagene-autoleucel"), ("obe-cel", "obecabtagene-autoleucel"),
    ("liso-cel", "lisocabtagene-maraleucel"), ("ide-cel", "idecabtagene-vicleucel"),
    ("cilta-cel", "ciltacabtagene-autoleucel"), ("brexu-cel", "brexucabtagene-autoleucel"),
    ("tisa-cel", "tisagenlecleucel"),
]

BRANDS_AND_CODES = [
    ("Gleevec", "imatinib"), ("Glivec", "imatinib"), ("STI-571", "imatinib"), ("Sprycel", "dasatinib"),
    ("Tasigna", "nilotinib"), ("Bosulif", "bosutinib"), ("Iclusig", "ponatinib"), ("Scemblix", "asciminib"),
    ("Ayvakit", "avapritinib"), ("Qinlock", "ripretinib"), ("Rydapt", "midostaurin"),
    ("PKC412", "midostaurin"), ("Xospata", "gilteritinib"), ("Vanflyta", "quizartinib"),
    ("Tibsovo", "ivosidenib"), ("Idhifa", "enasidenib"), ("Rezlidhia", "olutasidenib"),
    ("Revuforj", "revumenib"), ("Venclexta", "venetoclax"), ("ABT-199", "venetoclax"),
    ("Imbruvica", "ibrutinib"), ("Calquence", "acalabrutinib"), ("Brukinsa", "zanubrutinib"),
    ("Jaypirca", "pirtobrutinib"), ("Jakafi", "ruxolitinib"), ("Jakavi", "ruxolitinib"),
    ("Inrebic", "fedratinib"), ("Vonjo", "pacritinib"), ("Ojjaara", "momelotinib"),
    ("Vidaza", "azacitidine"), ("Onureg", "azacitidine"), ("Dacogen", "decitabine"),
    ("Inqovi", "decitabine-and-cedazuridine"), ("Rituxan", "rituximab"), ("MabThera", "rituximab"),
    ("Gazyva", "obinutuzumab"), ("Darzalex", "daratumumab"), ("Sarclisa", "isatuximab"),
    ("Empliciti", "elotuzumab"), ("Mylotarg", "gemtuzumab-ozogamicin"), ("Besponsa", "inotuzumab-ozogamicin"),
    ("Adcetris", "brentuximab-vedotin"), ("Polivy", "polatuzumab-vedotin"),
    ("Zynlonta", "loncastuximab-tesirine"), ("Blenrep", "belantamab-mafodotin"),
    ("Blincyto", "blinatumomab"), ("Tecvayli", "teclistamab"), ("Elrexfio", "elranatamab"),
    ("Talvey", "talquetamab"), ("Lunsumio", "mosunetuzumab"), ("Columvi", "glofitamab"),
    ("Epkinly", "epcoritamab"), ("Kymriah", "tisagenlecleucel"), ("Yescarta", "axicabtagene-ciloleucel"),
    ("axi-cel", "axicabtagene-ciloleucel"), ("Tecartus", "brexucabtagene-autoleucel"),
    ("Breyanzi", "lisocabtagene-maraleucel"), ("Abecma", "idecabtagene-vicleucel"),
    ("Carvykti", "ciltacabtagene-autoleucel"), ("Aucatzyl", "obecabtagene-autoleucel"),
    ("Revlimid", "lenalidomide"), ("Pomalyst", "pomalidomide"), ("Thalomid", "thalidomide"),
    ("Velcade", "bortezomib"), ("Kyprolis", "carfilzomib"), ("Ninlaro", "ixazomib"),
    ("Xpovio", "selinexor"), ("Ara-C", "cytarabine"), ("Vyxeos", "daunorubicin-and-cytarabine-liposome"),
    ("CPX-351", "daunorubicin-and-cytarabine-liposome"), ("Idamycin", "idarubicin"),
    ("Oncaspar", "pegaspargase"), ("Rylaze", "crisantaspase"),
    ("Leukeran", "chlorambucil"), ("Treanda", "bendamustine"), ("Hydrea", "hydroxycarbamide"),
    ("Droxia", "hydroxycarbamide"), ("Trisenox", "arsenic-trioxide"), ("Vesanoid", "tretinoin"),
    ("ATRA", "tretinoin"), ("Reblozyl", "luspatercept"), ("Rytelo", "imetelstat"),
    ("Besremi", "ropeginterferon-alfa-2b"), ("Pegasys", "peginterferon-alfa-2a"),
    ("Agrylin", "anagrelide"), ("Xagrid", "anagrelide"), ("Synribo", "omacetaxine-mepesuccinate"),
    ("Daurismo", "glasdegib"), ("Elzonris", "tagraxofusp"),
    ("Komzifti", "ziftomenib"), ("Lynozyfic", "linvoseltamab"), ("Ordspono", "odronextamab"),
    ("Monjuvi", "tafasitamab"), ("Minjuvi", "tafasitamab"), ("Lumoxiti", "moxetumomab-pasudotox"),
    ("Lymphir", "denileukin-diftitox"), ("Ebvallo", "tabelecleucel"), ("Pemazyre", "pemigatinib"),
    ("Pepaxto", "melphalan-flufenamide"), ("Darzalex Faspro", "daratumumab"),
    ("daratumumab-hyaluronidase", "daratumumab"), ("Rituxan Hycela", "rituximab"),
    ("HQP1351", "olverembatinib"), ("CPI-0610", "pelabresib"), ("KRT-232", "navtemadlin"),
    ("CGT9486", "bezuclastinib"), ("REGN5458", "linvoseltamab"), ("REGN1979", "odronextamab"),
    ("LOXO-305", "pirtobrutinib"), ("BGB-3111", "zanubrutinib"), ("ACP-196", "acalabrutinib"),
    ("CYT387", "momelotinib"), ("SB1518", "pacritinib"), ("TG101348", "fedratinib"),
    ("ACE-536", "luspatercept"), ("GRN163L", "imetelstat"), ("SNDX-5613", "revumenib"),
    ("KO-539", "ziftomenib"), ("KPT-330", "selinexor"), ("CC-486", "azacitidine"),
]


@pytest.mark.parametrize("name, drug_id", GENERICS + BRANDS_AND_CODES)
def test_name_is_recognised_and_resolved(name, drug_id):
    text = f"The haematologist prescribed {name} after the bone marrow biopsy."
    drugs = [(m.surface, m.id) for m in recognize_text(text).mentions if m.kind == "drug"]
    assert drugs == [(name, drug_id)]


@pytest.mark.parametrize("drug_id", sorted({d for _, d in GENERICS}))
def test_every_covered_drug_has_an_external_identifier(drug_id):
    rec = drug_record(drug_id)
    assert rec["drugbank_id"] or rec["mesh_id"] or rec["medlineplus_id"], drug_id
