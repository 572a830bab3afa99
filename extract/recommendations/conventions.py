"""Row conventions of the directives that name no cancer treatment: tests and supportive care.

The gold records a panel of markers tested together without one biomarker, and a drug page's test or supportive
care for every indication of the drug (no condition); rows.py asks these questions of a statement.
"""
from __future__ import annotations

import re


def page_wide(ids) -> bool:
    """A test or supportive care, which a drug page directs for every indication alike."""
    return ids == ["molecular-testing"] or "supportive-care" in ids


MARKER_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)$", re.IGNORECASE)


def coordinated_markers(text: str, base: int, inside) -> bool:
    """Two different biomarkers named side by side in a list ("X, Y and Z", "X/Y")."""
    markers = sorted((m for m in inside if m.kind == "biomarker"), key=lambda m: m.start)
    return any(a.id != b.id and MARKER_JOIN.match(text[a.end - base:b.start - base])
               for a, b in zip(markers, markers[1:]))
