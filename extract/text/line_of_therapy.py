"""Line of therapy named in a clause (contract v2): first-line, second-line or later-line.

One reader for indications, trial results and recommendations, so the three tables count lines the
same way. The cues are data (`lexicons/line_of_therapy.yaml`) and are read in three steps:

1. a line named outright ("second-line", "after two or more prior therapies"); later lines win,
   since "after two or more prior therapies" also contains the words of a single prior therapy. A
   line adjective inside a prior-therapy phrase names the earlier line, so "after first-line
   chemotherapy" is the second line, unless the claim continues that line (maintenance after a
   response to it stays first-line);
2. nothing given before ("previously untreated", "no prior systemic therapy"): the first line;
3. the earlier treatments themselves ("after an ARPI and a taxane", "progressed on sorafenib"):
   one is the second line, two or more given one after the other a later line ("previously had X
   and Y" lists two; "progressed after X and Y" may name one regimen given together). A phrase that does
   not say how many ("after prior therapies", "the most recent treatment") names no line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from extract.text.lexicon_files import load_lexicon

VALUES = ("first-line", "second-line", "later-line")
_KINDS = ("ordinal", "untreated", "history", "prior", "after", "therapy", "not_a_line", "continuation", "stop",
          "uncounted", "joiner", "and", "combination", "line_word", "many")
_NEXT = {"first-line": "second-line", "second-line": "later-line", "later-line": "later-line"}


@dataclass(frozen=True)
class _Cues:
    ordinals: tuple[tuple[str, re.Pattern], ...]
    untreated: tuple[re.Pattern, ...]
    by_kind: dict


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    lex = load_lexicon(__package__, "line_of_therapy.yaml", {"pattern", "why"}, {"value", "kind"})
    ordinals, untreated, by_kind = [], [], {}
    for e in lex.entries:
        kind = e.get("kind", "ordinal")
        if kind not in _KINDS:
            raise ValueError(f"line_of_therapy.yaml: unknown kind {kind!r}")
        if kind in ("ordinal", "untreated") and e.get("value") not in VALUES:
            raise ValueError(f"line_of_therapy.yaml: unknown value {e.get('value')!r}")
        regex = re.compile(e["pattern"], re.IGNORECASE | re.VERBOSE)
        if kind == "ordinal":
            ordinals.append((e["value"], regex))
        elif kind == "untreated":
            untreated.append(regex)
        elif kind in by_kind:
            raise ValueError(f"line_of_therapy.yaml: kind {kind!r} is given twice")
        else:
            by_kind[kind] = regex
    missing = set(_KINDS) - {"ordinal", "untreated"} - by_kind.keys()
    if missing:
        raise ValueError(f"line_of_therapy.yaml: missing kinds {sorted(missing)}")
    # later lines first: the order of VALUES reversed is the order of precedence
    ordinals.sort(key=lambda vr: -VALUES.index(vr[0]))
    return _Cues(tuple(ordinals), tuple(untreated), by_kind)


@lru_cache(maxsize=8192)
def line_of_therapy(text: str | None) -> str | None:
    """The line of therapy `text` names, or None when it names none."""
    if not text:
        return None
    cues = _cues()
    priors = _prior_phrases(text, cues)
    continues = bool(cues.by_kind["continuation"].search(text))
    best = None
    for value, regex in cues.ordinals:
        for m in regex.finditer(text):
            inside = cues.by_kind["line_word"].match(m.group(0)) and any(s <= m.start() < e for _, s, e, _ in priors)
            found = _NEXT[value] if inside and not continues else value
            if best is None or VALUES.index(found) > VALUES.index(best):
                best = found
    if best:
        return best
    if any(r.search(text) for r in cues.untreated):
        return "first-line"
    if continues:
        return None
    counts = [n for *_, n in priors if n]
    if not counts:
        return None
    return "later-line" if max(counts) >= 2 else "second-line"


def _prior_phrases(text: str, cues: _Cues) -> list[tuple[int, int, int, int | None]]:
    """(start, start of the treatment named, end, number of earlier treatments or None) of each
    prior-therapy phrase in `text`."""
    k = cues.by_kind
    out = []
    for kind in ("history", "prior", "after"):
        for m in k[kind].finditer(text):
            stop = k["stop"].search(text, m.end())
            end = stop.start() if stop else len(text)
            obj = text[m.end():end].strip()
            if not obj or k["not_a_line"].search(obj):
                continue
            if kind == "after" and (not k["therapy"].search(obj) or not text[:m.start()].strip()):
                continue  # "after 12 weeks"; "After X, most patients ..." tells what followed X
            if any(t <= m.start() < e for t, _, e, _ in out):
                continue
            out.append((m.start(), m.end(), end, _count(obj, k, kind == "history")))
    return out


def _count(obj: str, k: dict, history: bool) -> int | None:
    """How many earlier treatments, given one after the other, a prior-therapy phrase names. In a
    treatment history every "and" adds one; after "progressed on", "X and Y" may be one regimen
    ("platinum chemotherapy and an anti-PD-1 antibody"), so only a list or a sequence adds."""
    if k["many"].match(obj):
        return 2  # "at least two prior TKIs", "several earlier regimens"
    items, rest = [], obj
    while rest:
        combo = k["combination"].search(rest)
        joint = k["joiner"].search(rest)
        if history:
            bare = k["and"].search(rest)
            joint = bare if bare and (joint is None or bare.start() < joint.start()) else joint
        if joint is None or combo is not None:
            items.append(rest)  # the rest is one regimen ("chemotherapy with X and Y")
            break
        items.append(rest[:joint.start()])
        rest = rest[joint.end():]
    items = [i.strip() for i in items if i.strip()]
    # the list ends where an item is no treatment ("progressed on X, according to the trial")
    items = items[:1] + list(takewhile(k["therapy"].search, items[1:]))
    if not items or any(k["uncounted"].search(i) for i in items):
        return None
    return len(items)
