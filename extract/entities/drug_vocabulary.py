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
import hashlib
import importlib.resources
import importlib.metadata
import importlib.util
import os
import pickle
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

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
                entry = self.entries[drug_id] = DrugEntry(drug_id, e.get("name") or drug_id.replace("-", " ").capitalize())
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
        return slug(canon)

    def _base_form(self, canon: str) -> str | None:
        """The name without salt words, biosimilar suffix or trailing qualifier."""
        name, previous = _TRAILING_PUNCT.sub("", canon), None
        while name != previous:
            previous = name
            name = _QUALIFIER.sub("", name)
            name = _FDA_SUFFIX.sub("", name) if " " in name or "mab" in name else name
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


_VOCABULARY: DrugVocabulary | None = None
_LEXICON_FILES = ("drug_inn_names.yaml", "drug_supplement.yaml", "drug_brands.yaml",
                  "drug_stoplist.yaml")


def _cache_key() -> str:
    """Changes whenever the package, a drug lexicon or this module changes."""
    h = hashlib.sha256(package_version().encode())
    h.update(Path(__file__).read_bytes())
    lexicons = importlib.resources.files(__package__).joinpath("lexicons")
    for name in _LEXICON_FILES:
        h.update(lexicons.joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def _cache_path() -> Path:
    root = os.environ.get("ONCOCURATE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "oncocurate")
    return Path(root) / f"drug-vocabulary-{_cache_key()}.pickle"


def _load_or_build() -> DrugVocabulary:
    """Building reads and folds the whole package dictionary (1-2 s); a pickle of the result,
    keyed by every input, loads in a fraction of that. The cache is derived data only: any
    failure to read or write it falls back to building."""
    path = _cache_path()
    try:
        with path.open("rb") as fh:
            entries, names = pickle.load(fh)
        vocab = DrugVocabulary.__new__(DrugVocabulary)
        vocab.entries, vocab.names = entries, names
        return vocab
    except Exception:  # noqa: BLE001 - missing, stale or corrupt cache: rebuild
        pass
    vocab = DrugVocabulary()
    # Keep only what lookups use; the package dictionaries are large.
    for attr in ("_variants", "_canon", "_variant_data"):
        vars(vocab).pop(attr, None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump((vocab.entries, vocab.names), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # read-only home: build every time
    return vocab


def vocabulary() -> DrugVocabulary:
    """The process-wide vocabulary (built on first use and cached on disk)."""
    global _VOCABULARY
    if _VOCABULARY is None:
        _VOCABULARY = _load_or_build()
    return _VOCABULARY
