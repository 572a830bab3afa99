"""Biomarker mentions with their status and, where written, the variant or cut-off.

The marker names come from lexicons/biomarkers.yaml; the status is read from what is written right
after the marker ("Ph+", "CD22-positive", "FLT3-ITD", "HER2-low", "MSI-H", "MMR-deficient",
"BCR-ABL1-negative") or right before it ("mutated FLT3", "positive for CD19", "high TMB", "deficient
mismatch repair"). A named variant ("EGFR exon 19 deletion or L858R", "KRAS G12C") makes the marker
`mutated` and is kept as written in `variant`; a PD-L1 cut-off ("TPS ≥50%") sets the status by its
value (contract v2: ≥50% is high, 1-49% low, <1% negative) and is kept as the variant. Markers joined
by "/", "or" or "and" share the status written after the last ("ALK/ROS1-positive").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.lexicon_files import as_list, load_lexicon
from extract.entities.patterns import PatternSet

# "ALK gene rearrangement" (not "BCR-ABL1 gene mutation testing": a test is no status)
_SEP = r"(?:\s*[-\u2010\u2011\u2013\u2212]\s*|\s+)(?:gene\s+(?!mutations?\s+(?:test|status|analys|screen)))?"
_STATUS_AFTER = (
    ("mutated", re.compile(
        _SEP + r"(?:mutated|mutation|mutations|mutant|mut\b|ITD\+?|TKD\+?|internal tandem duplications?|"
        r"tyrosine kinase domain|(?:exon\s+\d+\s+)?(?:mutation|deletion|insertion|skipping)s?|D816V|V617F|"
        r"altered|alterations?|variants?|exon\s+\d+|ex\d+(?:del|ins)|[A-Z]\d{1,4}(?:[A-Z]|del|ins|fs)\b)", re.I)),
    ("positive", re.compile(r"\s*(?:\+|\u207a|\(\+\))")),
    ("low", re.compile(_SEP + r"(?:low|ultra-?low)\b", re.I)),
    ("high", re.compile(r"(?:\s*[-\u2010\u2011\u2013]\s*H\b|" + _SEP + r"(?i:high)\b)")),
    ("deficient", re.compile(_SEP + r"(?:deficient|deficiency|deficiencies|loss)\b", re.I)),
    ("positive", re.compile(
        _SEP + r"(?:positive|positivity|pos\b|expressing|expression|rearranged|rearrangements?|"
        r"fusions?|fusion genes?|gene fusions?|translocations?|translocated|amplified|amplifications?|"
        r"overexpress\w*)", re.I)),
    ("negative", re.compile(_SEP + r"(?:negative|negativity|neg\b|wild[- ]type|unmutated|WT\b|"
                                   r"proficient|stable|zero|null)", re.I)),
    ("negative", re.compile(r"\s*(?:[\u2212\u2013\u207b](?![A-Za-z0-9])|\(\s*[-\u2212\u2013]\s*\))"
                            r"|-(?=\s|$|[,;:.)])")),
)
# "non-Ph ALL", "ALL without the Philadelphia chromosome": absent whatever follows ("without a
# FLT3 mutation" is FLT3-negative); "with or without FLT3-ITD" says nothing
# "no ESR1 mutation", "tumours that do not carry a BRAF V600E mutation", "not PIK3CA-mutated", "negative for a
# HER2 amplification" too
_ABSENT_BEFORE = re.compile(
    r"(?:\bnon[-\u2010\u2011 ]?|(?<!\bor )\b(?:without|lacking|lacks?|absence of|no(?:\s+(?:detectable|known|"
    r"evidence\s+of|sign\s+of))?|not|negative\s+for|(?:do|does|did)\s*(?:not|n[\u2019']t)\s+(?:carry|have|"
    r"harbou?r|show|contain))\s+(?:the\s+|a\s+|an\s+|any\s+)?)$",
    re.I)
# "an EGFR mutation was not detected": the status written is denied right after it
_ABSENT_AFTER = re.compile(r"\s+(?:(?:was|is|were|are|has\s+been|have\s+been)\s+)?(?:not\s+(?:detected|found|"
                           r"present|identified|seen)|absent|undetectable)\b", re.I)
_WORD_GOES_ON = re.compile(r"[-\u2010\u2011][a-z]")  # "non-Ph-like" is another entity
_STATUS_BEFORE = (
    ("mutated", re.compile(r"\b(?:mutated|mutant)\s+$", re.I)),
    # "a pathogenic variant in the BRCA1 gene", "mutations of KRAS"
    # (not "testing for mutations in the BCR-ABL1 gene": a test is no status)
    ("mutated", re.compile(r"(?<!\bfor\s)\b(?:variants?|mutations?|alterations?)\s+(?:in|of|affecting)\s+(?:the\s+|a\s+)?$",
                           re.I)),
    # "tumours that do not express PD-L1" before "tumours that express PD-L1"
    ("negative", re.compile(r"\b(?:do|does|did)\s+not\s+(?:express|overexpress)\s+(?:any\s+)?$", re.I)),
    ("positive", re.compile(r"\b(?:express(?:es|ing)?|overexpress(?:es|ing)?)\s+$", re.I)),
    ("positive", re.compile(r"\bpositive\s+for\s+$", re.I)),
    ("negative", re.compile(r"\bnegative\s+for\s+$", re.I)),
    ("high", re.compile(r"\b(?:high|elevated)\s+(?:levels?\s+of\s+)?$", re.I)),
    ("low", re.compile(r"\b(?:low|ultra-?low)\s+(?:levels?\s+of\s+)?$", re.I)),
    ("deficient", re.compile(r"\bdeficient\s+$", re.I)),
    ("negative", re.compile(r"\bproficient\s+$", re.I)),
)
# A named variant: "exon 19 deletion", "ex19del", "L858R", "G12C", "V600E", chained by or/and/","
_VARIANT_ATOM = (r"(?:exon\s*\d+\s+(?:[A-Z]\d{1,4}[A-Z]\b|(?:deletions?|insertions?|skipping|del\b|ins\b)"
                 r"(?:\s+(?:mutations?|alterations?))?)|ex\d+(?:del|ins)\b|[A-Z]\d{1,4}(?:[A-Z]|del|ins|fs)\b|[A-Z]\d{3,4}\b"
                 r"(?:\s+(?:substitution\s+)?mutations?)?)")
_VARIANT = re.compile(r"[\s(:-]*(?:\(\s*)?(?P<v>" + _VARIANT_ATOM + r"(?:\s*(?:,|/|\bor\b|\band\b)\s*"
                      + _VARIANT_ATOM + r")*)")
# A PD-L1 cut-off: "TPS ≥50%", "CPS ≥ 10", "expression of at least 1%", "(TPS) < 1%", "(1 or higher)"
_CUTOFF = re.compile(
    r"[\s,(-]*(?:expression\s+)?(?:\(\s*)?(?P<v>(?:(?P<score>TPS|CPS|TC|IC|tumou?r proportion score|combined positive"
    r" score)\s*\)?\s*(?:of\s+)?)?(?:of\s+)?(?P<op>\u2265|>=|>|<|\u2264|<=|at\s+least|of\s+at\s+least|below|under)?\s*"
    r"(?P<n>\d{1,3})\s*(?:%|percent)?(?:\s*(?:-|\u2013|to)\s*(?P<hi>\d{1,3})\s*%)?"
    r"(?P<post>\s*or\s+(?:higher|more|above|greater|over))?)", re.I)
_JOINED = re.compile(r"\s*(?:/|,|\bor\b|\band\b)\s*")
# A level with its unit after a graded marker: "alpha-fetoprotein of 400 ng/mL or higher", "TMB >= 10 mut/Mb",
# "a TMB of at least 10 mutations per megabase"; the comparison gives high or low (a bare value gives none)
_LEVEL = re.compile(
    r"[\s,(]*(?:\(\s*[A-Za-z]{2,6}\s*\)\s*)?(?:levels?\s+|concentrations?\s+|values?\s+)?(?:of\s+|is\s+|was\s+)?"
    r"(?P<op>\u2265|>=|>|\u2264|<=|<|at\s+least|above|over|more\s+than|greater\s+than|below|under|less\s+than)?\s*"
    r"\d[\d,.]*\s*(?:ng/m[lL]|[\u00b5\u03bc]g/[lL]|k?I?U/m?[lL]|mut(?:ations)?\s*/\s*(?:Mb|megabase)|mutations?\s+per\s+megabase)"
    r"(?P<post>\s*or\s+(?:higher|more|above|greater|over|lower|less|below))?", re.I)


@dataclass(frozen=True)
class BiomarkerHit:
    start: int
    end: int
    symbol: str
    status: str | None
    variant: str | None = None


# Any fusion written in HGNC notation ("KMT2A::MLLT3") is a fusion symbol as written
_WRITTEN_FUSION = r"[A-Z][A-Z0-9]{1,9}::[A-Z][A-Z0-9]{1,9}"
_STATUSES = ("positive", "negative", "mutated", "low", "high", "deficient")


def _build() -> PatternSet:
    lex = load_lexicon(__package__, "biomarkers.yaml", {"id", "names", "why"},
                       {"needs_status", "status", "graded", "variant", "members"})
    for e in lex.entries:
        if e.get("status") not in (None, *_STATUSES):
            raise ValueError(f"biomarkers.yaml: {e['id']}: unknown status {e['status']!r}")
        if e.get("members"):
            _MEMBERS[str(e["id"])] = frozenset(as_list(e["members"]))
    alternatives = [(p, (str(e["id"]), bool(e.get("needs_status", False)), e.get("status"), bool(e.get("graded")),
                         bool(e.get("variant"))),
                     True) for e in lex.entries for p in as_list(e["names"])]
    alternatives.append((_WRITTEN_FUSION, (None, False, None, False, False), True))
    return PatternSet(alternatives)


_MEMBERS: dict[str, frozenset[str]] = {}  # family symbol -> member symbols ("RAS" -> KRAS, NRAS, HRAS)
_PATTERNS = _build()
# "RAS-mutated (KRAS or NRAS)": the members named in brackets right after a family
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:e\.g\.,?\s*|i\.e\.,?\s*|including\s+|mainly\s+)?")


def find_biomarkers(text: str) -> list[BiomarkerHit]:
    out = []
    absent_at: set[int] = set()  # starts of the markers written as absent
    for h in _PATTERNS.finditer(text):
        symbol, needs_status, implied, graded, is_variant = h.payload
        if is_variant and out and h.start < out[-1].end:
            continue  # "EGFR exon 19 deletion": the variant already read after its gene
        symbol = symbol or h.match.group(0)
        variant = None
        m = _VARIANT.match(text, h.end)
        if is_variant:  # "an exon 19 deletion or L858R mutation": the variant names its gene
            variant = _clean(text[h.start:m.end()] if m else h.match.group(0))
            status, end = _status_after(text, m.end() if m else h.end)
            out.append(BiomarkerHit(h.start, end if status == "mutated" else (m.end() if m else h.end),
                                    symbol, "mutated", variant))
            continue
        if m:  # "KRAS G12C", "EGFR exon 19 deletion or L858R" (then "-mutated" may follow)
            variant = _clean(m.group("v"))
            status, end = _status_after(text, m.end())
            status, end = "mutated", (end if status == "mutated" else m.end())
        else:
            status, end = _status_after(text, h.end)
        if symbol == "CD274":
            status, end, variant = _cutoff(text, h.end, status, end)
        absent = status != "negative" and (
            (_ABSENT_BEFORE.search(text, max(0, h.start - 32), h.start)
             and (status is not None or not _WORD_GOES_ON.match(text, h.end)))
            or (status in ("mutated", "positive") and _ABSENT_AFTER.match(text, end)))
        if not absent and status in (None, "mutated") and out and out[-1].status == "negative" \
                and out[-1].start in absent_at and _JOINED.fullmatch(text, out[-1].end, h.start):
            absent = True  # "no KRAS or NRAS mutation": the absence holds for each marker of the list
        if absent:
            status, variant = "negative", None
            absent_at.add(h.start)
        if status is None:
            status = _status_before(text, h.start, graded)
        if status is None and graded:
            status = _level(text, h.end)
        elif status == "positive" and graded:  # "low HER2 expression": the level says more
            level = _status_before(text, h.start, graded)
            status = level if level in ("high", "low") else status
        if implied and status in (None, "positive"):
            status = implied  # "dMMR" is deficient, "HRD-positive" too
        if status is None and needs_status:
            continue
        if status == "low" and _ultralow(text, h.end, end):
            variant = variant or "ultralow"
        out.append(BiomarkerHit(h.start, end, symbol, status, variant))
    return _page_members(_share_statuses(text, _members_named(text, out)))


def _members_named(text: str, hits: list[BiomarkerHit]) -> list[BiomarkerHit]:
    """"RAS-mutated (KRAS or NRAS)", "BRCA (BRCA1 or BRCA2) mutation": the family is the first member
    named in brackets right after it, with the family's status (the finest marker the text names)."""
    for i, (a, b) in enumerate(zip(hits, hits[1:])):
        if b.symbol in _MEMBERS.get(a.symbol, ()) and _BRACKET_AFTER.fullmatch(text, a.end, b.start):
            hits[i] = BiomarkerHit(a.start, a.end, b.symbol, a.status or b.status, a.variant)
    return hits


def _page_members(hits: list[BiomarkerHit]) -> list[BiomarkerHit]:
    """"IDH-mutant glioma" on a page that names "IDH1 or IDH2" elsewhere: a family named without a member
    is the first member the page names (the finest marker the text names), keeping its own status. A
    family that is absent ("RAS wild-type", "non-BRCAmut") stays the family: none of its members is altered."""
    first: dict[str, str] = {}
    for h in hits:
        for family, members in _MEMBERS.items():
            if h.symbol in members:
                first.setdefault(family, h.symbol)
    return [BiomarkerHit(h.start, h.end, first[h.symbol], h.status, h.variant)
            if h.symbol in first and h.status != "negative" else h for h in hits]


def _share_statuses(text: str, hits: list[BiomarkerHit]) -> list[BiomarkerHit]:
    """"ALK/ROS1-positive", "PIK3CA, AKT1 or PTEN alterations": a marker with no status of its own
    takes the status written after the next marker it is joined to."""
    for i in range(len(hits) - 2, -1, -1):
        a, b = hits[i], hits[i + 1]
        # only between genes: "del(17p) or TP53 mutation" does not make the deletion a mutation
        if a.status is None and b.status is not None and _JOINED.fullmatch(text, a.end, b.start) \
                and _is_gene(a.symbol) and _is_gene(b.symbol):
            hits[i] = BiomarkerHit(a.start, a.end, a.symbol, b.status, None)
    return hits


def _is_gene(symbol: str) -> bool:
    """A gene (family) symbol, not a cytogenetic marker ("del(17p)", "t(11;14)") or a fusion."""
    return "(" not in symbol and "::" not in symbol


def _status_after(text: str, end: int) -> tuple[str | None, int]:
    for status, pattern in _STATUS_AFTER:
        m = pattern.match(text, end)
        if m:
            return status, m.end()
    return None, end


def _status_before(text: str, start: int, graded: bool) -> str | None:
    """Status written before the marker; a level ("high", "low") only for graded markers ("a high
    MMR rate" in a CML page is a response, "high TMB" a marker status)."""
    for status, pattern in _STATUS_BEFORE:
        if status in ("high", "low") and not graded:
            continue
        if pattern.search(text, max(0, start - 24), start):
            return status
    return None


def _cutoff(text: str, marker_end: int, status: str | None, end: int):
    """PD-L1 status from a written cut-off (after the marker or after its status word)."""
    m = _CUTOFF.match(text, end) or _CUTOFF.match(text, marker_end)
    if not m:
        return status, end, None
    n, op = int(m.group("n")), (m.group("op") or ("\u2265" if m.group("post") else "")).lower()
    if not op and not m.group("hi"):
        return status, end, None  # a bare number after PD-L1 is no cut-off
    if m.group("hi"):
        value = "low" if int(m.group("hi")) < 50 else "high"
    elif op in ("<", "\u2264", "<=", "below", "under"):
        value = "negative" if n <= 1 else "low"
    else:
        value = "high" if n >= 50 and (m.group("score") or "TPS").upper() != "CPS" else "positive"
    return value, m.end(), re.sub(r"\s+", " ", m.group("v")).strip()


def _level(text: str, end: int) -> str | None:
    """high / low from a level with its unit written after a graded marker, else None."""
    m = _LEVEL.match(text, end)
    if not m:
        return None
    op, post = (m.group("op") or "").lower(), (m.group("post") or "").lower()
    if op.startswith(("<", "\u2264", "below", "under", "less")) or post.endswith(("lower", "less", "below")):
        return "low"
    return "high" if op or post else None


def _ultralow(text: str, start: int, end: int) -> bool:
    return "ultra" in text[start:end].lower()


def _clean(variant: str) -> str:
    return re.sub(r"\s+", " ", variant).strip(" ,/")
