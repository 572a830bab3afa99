"""Loading and validating the entity lexicons (YAML data files in each extractor package's `lexicons/`).

Every lexicon file is a mapping with `description`, `source` (where its entries come from) and
`entries` (a list of mappings). Loading rejects unknown or missing keys so that a typo in a data
file fails loudly at import instead of silently dropping a name.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


class LexiconError(ValueError):
    """A lexicon file does not follow its schema."""


@dataclass(frozen=True)
class Lexicon:
    name: str
    description: str
    source: str
    entries: tuple[dict[str, Any], ...]


# libyaml's parser builds the same objects as PyYAML's pure-Python one, about eight times faster;
# the lexicons are a large share of a process's start-up.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """`yaml.safe_load(text)`, with the C parser when PyYAML was built with it."""
    return yaml.load(text, Loader=_LOADER)


def lexicon_text(package: str, name: str) -> str:
    """The text of `<package>/lexicons/<name>`: each extractor package keeps its lexicons beside its code."""
    return resources.files(package).joinpath("lexicons", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_yaml(package: str, name: str) -> dict:
    """The parsed mapping of `<package>/lexicons/<name>`, read once per process (do not mutate it)."""
    data = parse_yaml(lexicon_text(package, name))
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be a mapping")
    return data


def load_lexicon(package: str, name: str, required: set[str], optional: set[str] = frozenset()) -> Lexicon:
    """Read `<package>/lexicons/<name>` and check every entry's keys against the schema."""
    data = read_yaml(package, name)
    for key in ("description", "source", "entries"):
        if key not in data:
            raise LexiconError(f"{name}: missing top-level key {key!r}")
    entries = data["entries"]
    if not isinstance(entries, list):
        raise LexiconError(f"{name}: 'entries' must be a list")
    allowed = required | optional
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise LexiconError(f"{name}: entry {i} is not a mapping")
        missing = required - entry.keys()
        unknown = entry.keys() - allowed
        if missing or unknown:
            raise LexiconError(f"{name}: entry {i} ({entry.get('id', entry)!r}): "
                               f"missing {sorted(missing)}, unknown {sorted(unknown)}")
    return Lexicon(name, str(data["description"]), str(data["source"]), tuple(entries))


def as_list(value: Any) -> list[str]:
    """A scalar-or-list YAML value as a list of strings."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]
