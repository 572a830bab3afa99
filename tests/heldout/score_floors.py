"""The held-out sets and their score floors, read from score_floors.yaml and checked on load.

The floors are data (one entry per set) so that adding a set or raising a floor is an edit to the table, not a new
copy of the test module.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

TESTS = Path(__file__).resolve().parents[1]
TABLE = Path(__file__).with_name("score_floors.yaml")

_REQUIRED = {"corpus", "gold", "articles", "f1"}
_OPTIONAL = {"slow", "attributes", "max_polarity_flips", "max_missed_opposite_polarity"}


@dataclass(frozen=True)
class HeldoutSet:
    """One held-out corpus with its gold and the floors its scores must stay above."""

    name: str
    corpus: Path
    gold: Path
    articles: int
    slow: bool
    f1_floors: dict[str, float]
    attribute_floors: dict[str, float]
    max_polarity_flips: int
    max_missed_opposite_polarity: int | None

    def __str__(self) -> str:  # the name is the set's id in test ids
        return self.name


def _heldout_set(name: str, entry: dict) -> HeldoutSet:
    """One table entry as a HeldoutSet; a missing or unknown key is an error naming the set and the key."""
    missing = _REQUIRED - entry.keys()
    unknown = entry.keys() - _REQUIRED - _OPTIONAL
    if missing or unknown:
        raise ValueError(f"{TABLE.name}: set {name!r}: missing keys {sorted(missing)}, unknown keys {sorted(unknown)}")
    return HeldoutSet(
        name=name,
        corpus=TESTS / entry["corpus"],
        gold=TESTS / entry["gold"],
        articles=int(entry["articles"]),
        slow=bool(entry.get("slow", False)),
        f1_floors={table: float(floor) for table, floor in entry["f1"].items()},
        attribute_floors={attribute: float(floor) for attribute, floor in (entry.get("attributes") or {}).items()},
        max_polarity_flips=int(entry.get("max_polarity_flips", 0)),
        max_missed_opposite_polarity=entry.get("max_missed_opposite_polarity"),
    )


def load_heldout_sets() -> tuple[HeldoutSet, ...]:
    """Every set of the table, in table order."""
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return tuple(_heldout_set(name, entry) for name, entry in table.items())
