"""Which id a page is mostly about: the one counted most, clearly ahead of any other.

One rule for every table that falls back on the page's main drug or disease (a trial's arms, a label
saved under a site banner, a recommendation that names no disease), so they agree on what "the page's
disease" is. Asides ("not approved for PV or ET" on a myelofibrosis page) do not split a page.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

SHARE = 0.6  # at least this share of all the mentions counted ...
RATIO = 3  # ... and this many times the runner-up's


def dominant(ids: Iterable[str] | Counter, share: float = SHARE, ratio: float = RATIO) -> str | None:
    """The id counted most when it has `share` of the mentions and `ratio` times the runner-up's; else None.
    Ties go to the id that sorts first, so the answer never depends on the order mentions came in."""
    counts = ids if isinstance(ids, Counter) else Counter(ids)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    top, n_top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return top if n_top >= ratio * runner_up and n_top >= share * sum(counts.values()) else None
