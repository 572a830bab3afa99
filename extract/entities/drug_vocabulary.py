"""The drug vocabulary: every drug name oncocurate can read, each resolved to a contract drug_id.

Built once at import from the installed `drug-named-entity-recognition` dictionary (DrugBank,
MedlinePlus, NHS, Wikipedia and MeSH names; offline, no fuzzy matching) plus the repo lexicons:
`drug_inn_names.yaml` (USAN → INN ids), `drug_supplement.yaml` (codes and brands the package
lacks), `drug_brands.yaml` (which names are brands) and `drug_stoplist.yaml` (names that are
English words in prose).

Choices, and why:
- Only package entries with a DrugBank or MedlinePlus drug identifier are read as drugs, so every
  drug_id has at least one external identifier. Entries that exist only as MeSH concepts are
  mostly classes and proteins ("Antibodies", "Interferons", "Protein-Tyrosine Kinases"); entries
  known only from a Wikipedia or NHS page carry no identifier at all.
- The package's `mesh_id` field often holds a pharmacologic-action id shared by many drugs
  (cytarabine and filgrastim both point at a class descriptor). A MeSH id is kept only when no other
  package entry carries it; anything else would be a wrong id dressed as a real one.
- Salt and ester forms ("imatinib mesylate"), US biosimilar suffixes ("-piiq") and qualifiers in
  parentheses resolve to the base drug when the package knows it.
"""
from __future__ import annotations

import bz2
import importlib.resources
import importlib.metadata
import importlib.util
import pickle
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.entities.derived_cache import PackedMapping, content_key, load_or_build
from extract.text.lexicon_files import as_list, load_lexicon
from extract.entities.folding import fold_key

PACKAGE = "drug-named-entity-recognition"
_DRUG_SOURCES = ("drugbank_id", "medline_plus_id")
_SALT_WORDS = {
    "mesylate", "mesilate", "methanesulfonate", "hydrochloride", "dihydrochloride", "hcl",
    "sodium", "disodium", "potassium", "calcium", "magnesium", "phosphate", "citrate", "maleate",
    "tartrate", "bitartrate", "sulfate", "sulphate", "acetate", "besylate", "besilate", "tosylate",
    "fumarate", "succinate", "hydrobromide", "bromide", "monohydrate", "dihydrate", "trihydrate",
    "anhydrous", "lactate", "malate", "hyclate", "mepesuccinate", "dimesylate", "hemifumarate",
    "ditosylate", "monohydrochloride", "tromethamine", "meglumine", "edisylate", "camsylate",
}
_FDA_SUFFIX = re.compile(r"-[a-z]{4}$")
# FDA's distinguishing prefixes of antibody-drug conjugates ("fam-trastuzumab deruxtecan-nxki",
# "ado-trastuzumab emtansine"): not part of the INN
_FDA_PREFIX = re.compile(r"^(?:fam|ado)-(?=\w)")
# Radiolabelled drugs as US names write them: "lutetium lu 177 dotatate" (element, symbol, mass,
# ligand) or "piflufolastat f 18" / "fludeoxyglucose (18f)" (ligand, isotope). The INN writes the
# isotope in brackets, "lutetium (177Lu) oxodotreotide", so the id is "lutetium-177lu-oxodotreotide".
_ELEMENTS = {"lutetium": "lu", "gallium": "ga", "radium": "ra", "yttrium": "y", "actinium": "ac",
             "iodine": "i", "copper": "cu", "zirconium": "zr", "indium": "in", "technetium": "tc",
             "samarium": "sm", "strontium": "sr", "thorium": "th", "lead": "pb", "fluorine": "f"}
_ISOTOPE_SYMBOLS = frozenset(_ELEMENTS.values())
_ELEMENT_FIRST = re.compile(r"^(" + "|".join(_ELEMENTS) + r") ([a-z]{1,2})[ -]?(\d{1,3}m?) (.+)$")
_LIGAND_FIRST = re.compile(r"^(.+?) (?:\((\d{1,3}m?)([a-z]{1,2})\)|([a-z]{1,2})[ -]?(\d{1,3}m?))$")
_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_TRAILING_PUNCT = re.compile(r"[\s,;:.]+$")  # "epoetin alfa," is a package canonical name
_FUNCTION_WORDS = {"a", "an", "the", "at", "in", "on", "of", "for", "to", "and", "or", "with",
                   "by", "no", "not", "is", "as", "be", "it", "if", "so", "we", "you", "all"}
_GREEK = str.maketrans({"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon",
                        "κ": "kappa", "λ": "lambda", "μ": "mu", "ω": "omega", "τ": "tau"})
_CODE = re.compile(r"^([a-z]{1,6}) (\d{2,7}[a-z]?)$")
_GREEK_ALPHA = re.compile(r"(?<![a-z])(?:alfa|alpha)(?![a-z])")


def _greek_variants(key: str) -> set[str]:
    """Other spellings of a folded name written with alfa / alpha / α (see _add_greek_spellings)."""
    if "alfa" not in key and "alpha" not in key and "α" not in key:
        return set()
    base = re.sub(r"\s*α\s*", " α ", _GREEK_ALPHA.sub("α", key)).strip()
    base = re.sub(r" {2,}", " ", base)
    if base.count(" ") > 5:
        return set()
    out = {base.replace("α", word) for word in ("alfa", "alpha")}
    out |= {re.sub(r"(alfa|alpha) (\d)", r"\1\2", v) for v in out}  # "alfa2b"
    out |= {base, re.sub(r"α (\d)", r"α\1", base), re.sub(r" ?α ?", "α", base)}  # "ifn α2b", "ifnα2b"
    out.discard(key)
    return {v for v in out if len(v) >= 3}


@dataclass
class DrugEntry:
    """What the vocabulary knows about one drug_id."""

    drug_id: str
    name: str
    drugbank_id: str | None = None
    mesh_id: str | None = None
    medlineplus_id: str | None = None
    package_names: set[str] = field(default_factory=set)
    synonyms: set[str] = field(default_factory=set)
    brands: set[str] = field(default_factory=set)
    curated: bool = False  # created by a repo lexicon (an INN the package lacks), not by the package


@dataclass(frozen=True)
class NameKey:
    """One folded name in the matcher; `needs_caps` for short forms that are only drugs in capitals."""

    key: str
    drug_id: str
    needs_caps: bool


def slug(name: str) -> str:
    """Contract-style id: lower-case ASCII, runs of other characters joined by '-'.

    Greek letters are spelled out ("interferon-α" → "interferon-alpha"), accents dropped, and
    combination products written "a and b" whichever way the source wrote them ("a/b",
    "a, b, and c"), so one product gets one id.
    """
    name = name.lower().translate(_GREEK)
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    if "/" in name or ", and " in name:
        name = re.sub(r"\s*(?:/|,\s*and\s+|,\s*)\s*", " and ", name)
    return re.sub(r"[^0-9a-z]+", "-", name).strip("-")


def _package_dictionary() -> dict:
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{PACKAGE} is not installed")
    # Read the data file directly: importing the package builds a fuzzy-match index we never use.
    path = Path(next(iter(spec.submodule_search_locations))) / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path, "rb") as fh:
        return pickle.load(fh)


def radiolabel_id(canon: str) -> str | None:
    """INN-style id of a radiolabelled package name ("gallium ga 68 gozetotide" →
    "gallium-68ga-gozetotide", "piflufolastat f 18" → "piflufolastat-18f"), else None."""
    m = _ELEMENT_FIRST.match(canon)
    if m and _ELEMENTS[m.group(1)] == m.group(2):
        return f"{m.group(1)}-{m.group(3)}{m.group(2)}-{slug(m.group(4))}"
    m = _LIGAND_FIRST.match(canon)
    if m:
        mass, symbol = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
        if symbol in _ISOTOPE_SYMBOLS and not any(el in m.group(1).split() for el in _ELEMENTS):
            return f"{slug(m.group(1))}-{mass}{symbol}"
    return None


def radiolabel_spellings(element: str, mass: str, ligand: str) -> list[str]:
    """The ways a radiolabelled drug is written: "lutetium (177Lu) vipivotide tetraxetan", "lutetium Lu
    177 ...", "lutetium-177 ...", "Lu-177 ...", "177Lu-...", "[177Lu]Lu-..."."""
    symbol = _ELEMENTS[element].capitalize()
    isotope = f"{mass}{symbol}"
    return [f"{element} ({isotope}) {ligand}", f"{element} {symbol} {mass} {ligand}",
            f"{element} {symbol}-{mass} {ligand}", f"{element}-{mass} {ligand}", f"{symbol}-{mass} {ligand}",
            f"{symbol} {mass} {ligand}", f"{isotope}-{ligand}", f"[{isotope}]{symbol}-{ligand}",
            f"[{isotope}]{ligand}", f"[{isotope}]-{ligand}", f"{element}-{isotope} {ligand}"]


def _radio_supplement(e: dict) -> dict:
    """A drug_radiopharmaceuticals.yaml entry as a supplement entry with every written form."""
    element, mass = str(e["element"]).lower(), str(e["mass"])
    names = [n for ligand in as_list(e["ligands"]) for n in radiolabel_spellings(element, mass, ligand)]
    symbol = _ELEMENTS[element].capitalize()
    for code in as_list(e.get("codes")):
        names += [*radiolabel_spellings(element, mass, code), f"{symbol}-{code}", code]
    if e.get("bare_isotope"):
        names += [f"{element}-{mass}", f"{element} {mass}", f"{symbol}-{mass}", f"{mass}{symbol}",
                  f"{mass}-{symbol}"]
    return {"drug_id": e["drug_id"], "name": e["name"], "names": names, "brands": as_list(e.get("brands")),
            "why": e["why"]}


def package_version() -> str:
    return importlib.metadata.version(PACKAGE)


class DrugVocabulary:
    """drug_id entries and the folded names that resolve to them."""

    def __init__(self) -> None:
        data = _package_dictionary()
        self._variants: dict[str, list[str]] = data["drug_variant_to_canonical"]
        self._canon: dict[str, dict] = data["drug_canonical_to_data"]
        self._variant_data: dict[str, dict] = data["drug_variant_to_variant_data"]
        self.entries: dict[str, DrugEntry] = {}
        self.names: dict[str, NameKey] = {}
        self._stop = {fold_key(e["name"]) for e in load_lexicon(__package__,
            "drug_stoplist.yaml", {"name", "why"}).entries}
        self._build()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        inn = {e["package_name"]: e for e in load_lexicon(__package__,
            "drug_inn_names.yaml", {"package_name", "drug_id", "why"}, {"name"}).entries}
        supplement = load_lexicon(__package__, "drug_supplement.yaml", {"drug_id", "why"},
                                  {"name", "names", "brands", "admit"}).entries
        radio = load_lexicon(__package__, "drug_radiopharmaceuticals.yaml",
                             {"drug_id", "name", "element", "mass", "ligands", "why"},
                             {"codes", "brands", "bare_isotope"}).entries
        self._radio_aliases = {}
        for e in radio:
            element, mass = str(e["element"]).lower(), str(e["mass"]).lower()
            if element not in _ELEMENTS:
                raise ValueError(f"drug_radiopharmaceuticals.yaml: {e['drug_id']}: unknown element {element!r}")
            for ligand in as_list(e["ligands"]):
                self._radio_aliases[f"{element}-{mass}{_ELEMENTS[element]}-{slug(ligand)}"] = e["drug_id"]
        supplement = [*supplement, *(_radio_supplement(e) for e in radio)]
        admitted = {c for c, d in self._canon.items() if any(k in d for k in _DRUG_SOURCES)}
        admitted |= {a for e in supplement for a in as_list(e.get("admit"))}
        mesh_counts = Counter(d["mesh_id"] for d in self._canon.values() if d.get("mesh_id"))

        canon_to_id: dict[str, str] = {}
        for canon in self._canon:
            drug_id = self._resolve(canon, admitted, inn)
            if drug_id is not None:
                canon_to_id[canon] = drug_id
        for canon, drug_id in sorted(canon_to_id.items()):
            data = self._canon[canon]
            entry = self.entries.get(drug_id)
            if entry is None:
                name = inn[canon].get("name") if canon in inn else None
                name = name or _TRAILING_PUNCT.sub("", data.get("name") or canon)
                entry = self.entries[drug_id] = DrugEntry(drug_id, name)
            entry.package_names.add(canon)
            base = slug(canon) == drug_id  # ids come from the base entry, not from a salt form
            if data.get("drugbank_id") and (base or entry.drugbank_id is None):
                entry.drugbank_id = data["drugbank_id"]
            if data.get("medline_plus_id") and (base or entry.medlineplus_id is None):
                entry.medlineplus_id = data["medline_plus_id"]
            mesh = data.get("mesh_id")
            if mesh and mesh_counts[mesh] == 1 and (base or entry.mesh_id is None):
                entry.mesh_id = mesh

        ambiguous: set[str] = set()
        for variant, canons in self._variants.items():
            ids = {canon_to_id[c] for c in canons if c in canon_to_id}
            if len(ids) != 1:
                continue
            drug_id = ids.pop()
            if (self._variant_data.get(variant) or {}).get("is_brand"):
                self.entries[drug_id].brands.add(variant)
            else:
                self.entries[drug_id].synonyms.add(variant)
            self._add_name(variant, drug_id, from_package=True, ambiguous=ambiguous)
        for key in ambiguous:
            self.names.pop(key, None)

        brands = load_lexicon(__package__, "drug_brands.yaml", {"drug_id", "brands"}).entries
        for e in (*supplement, *({**b, "why": "brand"} for b in brands)):  # repo names win
            drug_id = e["drug_id"]
            entry = self.entries.get(drug_id)
            if entry is None:
                entry = self.entries[drug_id] = DrugEntry(drug_id, e.get("name") or drug_id.replace("-", " ").capitalize(),
                                                          curated=True)
            elif e.get("name"):
                entry.name = e["name"]
            for name in as_list(e.get("names")):
                entry.synonyms.add(name)
                self._add_name(name, drug_id, from_package=False)
            for name in as_list(e.get("brands")):
                entry.brands.add(name)
                entry.synonyms = {s for s in entry.synonyms if s.lower() != name.lower()}
                self._add_name(name, drug_id, from_package=False)
            self._add_name(drug_id.replace("-", " "), drug_id, from_package=False)
        self._add_greek_spellings()

    def _add_greek_spellings(self) -> None:
        """"alfa", "alpha" and "α" are one word in drug names ("peginterferon alpha-2a", "IFNα",
        "IFN-α2b"); every name gets the spellings it lacks, unless another drug already owns one."""
        found: dict[str, NameKey | None] = {}
        for key, name in self.names.items():
            for variant in _greek_variants(key):
                if variant in self.names:
                    continue
                old = found.get(variant, name)
                found[variant] = name if old is not None and old.drug_id == name.drug_id else None
        for variant, name in found.items():
            if name is not None:
                self.names[variant] = NameKey(variant, name.drug_id, name.needs_caps)

    def _resolve(self, canon: str, admitted: set[str], inn: dict) -> str | None:
        """drug_id of a package entry, or None when it is not a drug we read."""
        if canon in inn:
            return inn[canon]["drug_id"]
        base = self._base_form(canon)
        if base is not None and base != canon:
            target = self._canon_for(base, admitted)
            if target is not None and target != canon:
                return inn[target]["drug_id"] if target in inn else slug(target)
        if canon not in admitted:
            return None
        labelled = radiolabel_id(canon)
        if labelled is not None:
            return self._radio_aliases.get(labelled, labelled)
        # "ado-trastuzumab emtansine", "... hyaluronidase-zzxf": FDA's prefix and suffix are no part of the id
        return slug(base if base and _FDA_PREFIX.sub("", _FDA_SUFFIX.sub("", canon)) == base else canon)

    def _base_form(self, canon: str) -> str | None:
        """The name without salt words, biosimilar suffix or trailing qualifier."""
        name, previous = _TRAILING_PUNCT.sub("", canon), None
        while name != previous:
            previous = name
            name = _QUALIFIER.sub("", name) if radiolabel_id(name) is None else name
            name = _FDA_SUFFIX.sub("", name) if " " in name or "mab" in name else name
            name = _FDA_PREFIX.sub("", name)
        words = name.split()
        while len(words) > 1 and words[-1] in _SALT_WORDS:
            words.pop()
        return " ".join(words) if words else None

    def _canon_for(self, name: str, admitted: set[str]) -> str | None:
        """The admitted package entry that a base name refers to, if any."""
        if name in admitted:
            return name
        for canon in self._variants.get(name, []):
            if canon in admitted and self._base_form(canon) == canon:
                return canon
        return None

    def _add_name(self, name: str, drug_id: str, from_package: bool, ambiguous: set | None = None) -> None:
        key = fold_key(_TRAILING_PUNCT.sub("", name))
        if len(key) < 3 or key in self._stop or key.isdigit():
            return
        tokens = key.split(" ")
        if from_package and (tokens[0] in _FUNCTION_WORDS or tokens[-1] in _FUNCTION_WORDS):
            return
        if from_package and ("," in key or len(tokens) > 8):  # MeSH inversions, chemical names
            return
        short_alpha = len(key) <= 4 and key.isalpha()
        written_caps = name.isupper() and name.replace("-", "").isalnum()
        needs_caps = short_alpha or (not from_package and written_caps and len(key) <= 5)
        keys = [key]
        code = _CODE.match(key)
        if code:  # "sti 571" is also written "STI571"
            keys.append(code.group(1) + code.group(2))
        for k in keys:
            old = self.names.get(k)
            if old is not None and old.drug_id != drug_id and from_package and ambiguous is not None:
                ambiguous.add(k)
                continue
            self.names[k] = NameKey(k, drug_id, needs_caps)


_VOCABULARY: CachedVocabulary | None = None
_LEXICON_FILES = ("drug_inn_names.yaml", "drug_supplement.yaml", "drug_brands.yaml",
                  "drug_stoplist.yaml", "drug_radiopharmaceuticals.yaml")


@lru_cache(maxsize=1)
def cache_key() -> str:
    """Changes whenever the package, a drug lexicon or this module changes."""
    lexicons = importlib.resources.files(__package__).joinpath("lexicons")
    return content_key(package_version(), Path(__file__).read_bytes(),
                       *(lexicons.joinpath(name).read_bytes() for name in _LEXICON_FILES))


class CachedVocabulary:
    """The vocabulary as read back from the disk cache: `entries` (drug_id -> DrugEntry), each entry
    unpickled on first use, and `names` (folded name -> NameKey), unpickled only when asked for (the
    drug matcher caches its own automaton of them)."""

    def __init__(self, entries: PackedMapping, names: bytes):
        self.entries = entries
        self._names_blob, self._names = names, None

    @property
    def names(self) -> dict[str, NameKey]:
        if self._names is None:
            self._names = pickle.loads(self._names_blob)
        return self._names

    def __reduce__(self):
        return (CachedVocabulary, (self.entries, self._names_blob))


def _build_cached() -> CachedVocabulary:
    vocab = DrugVocabulary()
    return CachedVocabulary(PackedMapping.pack(vocab.entries),
                            pickle.dumps(vocab.names, protocol=pickle.HIGHEST_PROTOCOL))


def vocabulary() -> CachedVocabulary:
    """The process-wide vocabulary (built on first use and cached on disk: building reads and folds
    the whole package dictionary, 1-2 s)."""
    global _VOCABULARY
    if _VOCABULARY is None:
        _VOCABULARY = load_or_build("drug-vocabulary", cache_key(), _build_cached)
    return _VOCABULARY
