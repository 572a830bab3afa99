"""Deterministic row identifiers, so re-runs on the same input give the same ids."""
from __future__ import annotations

import hashlib


def stable_id(*parts: object) -> str:
    """First 16 hex chars of sha256 over the parts joined by a unit separator."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
