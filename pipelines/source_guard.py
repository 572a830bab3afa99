"""Refusing to publish an empty or much shrunken source: on a schedule, that is an unmounted or
half-synced folder far more often than a real deletion.

A run whose source folder holds no article file, or which would drop more than
MAX_DROP_SHARE of the articles the live warehouse publishes, stops before extracting
anything: the warehouse is left as it is and the run fails with a message saying how to
publish it anyway (`--allow-shrink`, or ONCOCURATE_ALLOW_SHRINK=1). Plain Python: no Dagster.
"""
from __future__ import annotations

import os

from pipelines.inventory import SourcePlan

MAX_DROP_SHARE = 0.25  # a run may remove at most this share of the published articles
ALLOW_ENV = "ONCOCURATE_ALLOW_SHRINK"
_HOW = f"pass --allow-shrink (or set {ALLOW_ENV}=1) to publish it anyway"


class SourceShrank(RuntimeError):
    """The source lost too many articles since the last publish; nothing was published."""


def shrink_allowed(flag: bool) -> bool:
    """The flag, or the environment variable (for schedules and `dagster dev`)."""
    return flag or os.environ.get(ALLOW_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def articles_lost(plan: SourcePlan, n_published: int) -> int:
    """Published articles this run would remove (an estimate from counts when the tables were not reused)."""
    articles = plan.previous.get("articles")
    if articles is not None and len(articles):
        return int(articles["source_path"].isin(set(plan.removed_paths)).sum())
    return max(0, n_published - plan.n_listed)


def check_shrink(plan: SourcePlan, n_published: int, allow: bool,
                 max_share: float = MAX_DROP_SHARE) -> None:
    """Raise SourceShrank when the source is empty or would drop more than `max_share` of the
    `n_published` articles, unless `allow`."""
    if allow:
        return
    if plan.n_listed == 0:
        held = f"; the warehouse publishes {n_published} articles" if n_published else ""
        raise SourceShrank(f"no article files under {plan.source_dir} (empty or not mounted?){held}: "
                           f"refusing to publish an empty dataset; {_HOW}")
    lost = articles_lost(plan, n_published)
    if n_published and lost > max_share * n_published:
        raise SourceShrank(f"{lost} of the {n_published} published articles are gone from {plan.source_dir} "
                           f"(more than {max_share:.0%}); refusing to publish the shrunken dataset; {_HOW}")
