"""Line of therapy named in a clause (contract v2): first-line, second-line or later-line.

One reader for indications, trial results and recommendations, so the three tables count lines the
same way. The cues are data (`lexicons/line_of_therapy.yaml`): later lines are tried first, since
"after two or more prior therapies" also contains the words of a single prior therapy.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.text.lexicon_files import load_lexicon

VALUES = ("first-line", "second-line", "later-line")


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern], ...]:
    lex = load_lexicon(__package__, "line_of_therapy.yaml", {"value", "pattern", "why"})
    cues = []
    for e in lex.entries:
        if e["value"] not in VALUES:
            raise ValueError(f"line_of_therapy.yaml: unknown value {e['value']!r}")
        cues.append((e["value"], re.compile(e["pattern"], re.IGNORECASE | re.VERBOSE)))
    return tuple(cues)


@lru_cache(maxsize=8192)
def line_of_therapy(text: str | None) -> str | None:
    """The line of therapy `text` names, or None when it names none."""
    if not text:
        return None
    for value, regex in _cues():
        if regex.search(text):
            return value
    return None
