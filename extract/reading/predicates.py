"""The predicate class of a frame (approval, recommendation, directive, use, investigation, denial,
restriction, withdrawal), mapped from the cue that gave its clause a claim (`lexicons/predicates.yaml`).

A negated claim takes the class of its first denying cue ("no longer approved": withdrawal; "used
off-label": restriction); a positive one that of its status; a directive statement that of its
direction, an imperative verb making it a directive.
"""
from __future__ import annotations

from functools import lru_cache

from extract.reading.cues import LexiconError, entries

PREDICATES = ("approval", "recommendation", "directive", "use", "investigation", "denial", "restriction",
              "withdrawal")


@lru_cache(maxsize=1)
def _classes() -> dict[tuple[str, str], str]:
    name = "predicates.yaml"
    out = {}
    for e in entries(__package__, name, {"by", "key", "class"}):
        if e["class"] not in PREDICATES or e["by"] not in ("status", "negation", "direction"):
            raise LexiconError(f"{name}: {e['by']} {e['key']}: unknown class or field")
        out[(e["by"], e["key"])] = e["class"]
    return out


def predicate_class(frame) -> str | None:
    """The class of `frame`'s claim, None when its clause makes none (no status and no negation)."""
    classes = _classes()
    if frame.direction is not None:
        if frame.imperative and frame.direction != "not_recommended":
            return classes[("direction", "imperative")]
        return classes.get(("direction", frame.direction))
    if frame.negation:
        return classes.get(("negation", frame.predicate_cue or ""), "denial")
    if frame.status:
        return classes.get(("status", frame.status))
    return None
