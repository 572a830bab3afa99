"""Properties over arbitrary input: parsing never crashes (only rejects) and offsets stay exact."""
from hypothesis import given, settings
from hypothesis import strategies as st

from sources.model import ArticleRejected
from sources.parse import parse_bytes

_PIECES = st.sampled_from([
    "Imatinib is approved for CML. ", "e.g. ", "et al. ", "(HR 0.78, P=0.009). 2, 4 ", "\n", "\n\n", "  • ",
    "1. ", "References\n", "© 2024 Example Ltd. ", "We use cookies. ", "Home | News | Log in\n", "<p>", "</p>",
    "<h2>", "</h2>", "<li>", "<div>", "</div>", "Dr. ", "74.7 months ", "mg/m² ", "Share: Email | Print\n",
    "Last updated: January 3, 2026\n", "Which best describes you?\n", "A > B > C\n", "\t", "é", "—", "?", ":",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40), st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_parse_never_crashes_and_offsets_are_exact(pieces, name):
    raw = "".join(pieces).encode("utf-8")
    try:
        article = parse_bytes(raw, name)
    except ArticleRejected as exc:
        assert exc.check and exc.message
        return
    assert article.clean_text.strip()
    last_end = 0
    for s in article.sentences:
        assert s.text == article.clean_text[s.char_start:s.char_end]
        assert s.text.strip() == s.text and s.char_start >= last_end
        last_end = s.char_end


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=0, max_size=300))
def test_arbitrary_bytes_parse_or_reject(raw):
    try:
        parse_bytes(raw, "blob.txt")
    except ArticleRejected as exc:
        assert exc.check in {"empty_file", "nul_bytes", "binary_content", "undecodable", "no_content", "too_large"}
