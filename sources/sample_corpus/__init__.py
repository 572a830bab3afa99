"""A small corpus of original articles written for oncocurate, shipped as package data.

Why: the CLI's demo and the analyst tests need articles that anyone may redistribute;
the texts in `articles/` were written for this project (see README.md) and carry the
repository's licence.
"""
from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path


def articles_dir() -> Path:
    """Folder holding the sample articles (a real path for an installed or editable package)."""
    resource = files(__name__) / "articles"
    with as_file(resource) as path:
        return Path(path)
