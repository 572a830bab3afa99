"""Is there anything to read? Random or encoded data in the printable range is not an article.

Bytes in the printable range decode without error and survive boilerplate removal, so
before this check a file of random characters became an "article". Prose in a script
that separates words by spaces has a space every few characters; random printable
characters have one every ~95 and encoded data (base64, hex dumps) none. A text is
refused only when long space-free runs make up most of it AND it holds fewer than a
handful of word-like tokens, so a page with even one readable sentence is kept, and
scripts written without spaces (Chinese, Japanese, Thai) are never judged by this.
"""
from __future__ import annotations

import re

from sources.model import ArticleRejected

_LONG_TOKEN = 30  # characters: longer space-free runs are not words
_WORD = re.compile(r"^[\"'(\[]*([^\W\d_]{3,25})[\"')\].,;:!?]*$")
_VOWEL = re.compile(r"[aeiouyàáâäèéêëìíîïòóôöùúûüæøåœ]", re.IGNORECASE)
_MIN_WORDS = 8  # a readable sentence has this many words
_NO_SPACE_SCRIPTS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def check_readable(text: str) -> None:
    """Raise `ArticleRejected("no_readable_text")` for text that holds no words to read."""
    tokens = text.split()
    chars = sum(len(t) for t in tokens)
    if chars < 40 or _NO_SPACE_SCRIPTS.search(text):
        return
    long_chars = sum(len(t) for t in tokens if len(t) > _LONG_TOKEN)
    words = 0
    for token in tokens:
        m = _WORD.match(token)
        if m and _VOWEL.search(m.group(1)):
            words += 1
            if words >= _MIN_WORDS:
                return
    if long_chars * 2 >= chars:
        raise ArticleRejected(
            "no_readable_text",
            f"no readable words: {long_chars} of {chars} characters are runs of over {_LONG_TOKEN} "
            f"characters without a space and only {words} look like words (random or encoded data, not an article)")
