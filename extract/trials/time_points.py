"""Which time point of a sentence each figure is reported at ("85% at 3 years and 78% at 5 years")."""
from __future__ import annotations

import re


def nearest(x, anchors):
    """The anchor span closest to span `x`."""
    return min(anchors, key=lambda a: min(abs(x.start - a.end), abs(a.start - x.end)))


_TIME_POINT_GAP = re.compile(r"^\s*$")


def by_time_point(text: str, figs, tps) -> dict[str, list]:
    """Figures grouped by the time point they are reported at: a time point written right after a
    figure owns it ("85% at 3 years"); figures listed in the order of time points given together
    ("the 2-year and 5-year rates were 90% and 80% [versus 85% and 70%]") follow that order; any
    other figure belongs to the time point written last before it ("at 4 years, 80% vs 70%")."""
    labels = list(dict.fromkeys(t.label for t in tps))
    groups: dict[str, list] = {}
    rest = []
    for f in figs:
        owner = next((t for t in tps if t.start >= f.end and _TIME_POINT_GAP.match(text[f.end:t.start])), None)
        if owner is not None:
            groups.setdefault(owner.label, []).append(f)
        else:
            rest.append(f)
    n = len(labels)
    listed = rest and (len(rest) == n or (len(rest) == 2 * n and all(t.end <= rest[0].start for t in tps)))
    for i, f in enumerate(rest):
        if listed:
            label = labels[i % n]
        else:
            before = [t for t in tps if t.end <= f.start]
            label = (before[-1] if before else nearest(f, tps)).label
        groups.setdefault(label, []).append(f)
    return groups
