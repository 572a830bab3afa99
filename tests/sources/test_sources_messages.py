"""What a user reads about one file names that file, and input that is not text is refused
with a reason (issue 20 items 9 and 11)."""
import logging
import random

import pytest

from sources.model import ArticleRejected
from sources.parse import parse_bytes
from sources.readable import check_readable


def test_library_log_lines_about_a_page_name_the_file(caplog):
    with caplog.at_level(logging.WARNING):
        try:
            parse_bytes(b"<a" * 10, "folder/broken page.html")
        except ArticleRejected:
            pass  # either outcome; the log lines are what this test reads
    library = [r for r in caplog.records if r.name.startswith("trafilatura")]
    assert library, "trafilatura said nothing about this page: the test needs a new shape"
    for record in library:
        assert record.getMessage().startswith("folder/broken page.html: trafilatura: "), record.getMessage()


def test_a_repaired_encoding_is_reported_with_the_file_name(caplog):
    raw = "Venetoclax ≥ 400 mg daily in CLL".encode("utf-8") + b" \x96 with obinutuzumab.\n"
    with caplog.at_level(logging.WARNING):
        parse_bytes(raw, "notes/venetoclax.txt")
    assert any("notes/venetoclax.txt" in r.getMessage() and "cp1252" in r.getMessage() for r in caplog.records)


def test_log_lines_outside_a_parse_are_left_alone(caplog):
    with caplog.at_level(logging.WARNING):
        logging.getLogger("trafilatura.utils").warning("plain %s", "message")
    assert caplog.records[-1].getMessage() == "plain message"


PRINTABLE = "".join(chr(c) for c in range(0x20, 0x7F))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_random_printable_characters_are_not_an_article(seed, suffix):
    rng = random.Random(seed)
    raw = "".join(rng.choice(PRINTABLE) for _ in range(3000)).encode("ascii")
    with pytest.raises(ArticleRejected) as info:
        parse_bytes(raw, f"noise{suffix}")
    assert info.value.check in ("no_readable_text", "no_content")
    assert "\n" not in info.value.message


def test_encoded_data_saved_as_text_is_refused_with_its_reason():
    rng = random.Random(7)
    blob = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(4000))
    with pytest.raises(ArticleRejected) as info:
        parse_bytes("\n".join(blob[i:i + 76] for i in range(0, len(blob), 76)).encode(), "attachment.txt")
    assert info.value.check == "no_readable_text"
    assert "no readable words" in info.value.message


@pytest.mark.parametrize("text", [
    "Imatinib 400 mg once daily is the usual starting dose in chronic-phase CML.",
    "HR 0.62 (95% CI 0.51-0.75); p<0.001\n\n12 | 24 | 36\n0.81 | 0.77 | 0.70\n",
    "Ruxolitinib dosing.\n\n" + "https://example.org/a/very/long/path/" + "x" * 300 + "\n\n"
    + "Start at 20 mg twice daily when platelets are above 200 and adjust to the count later on.",
])
def test_readable_text_is_never_refused(text):
    assert parse_bytes(text.encode("utf-8"), "page.txt").clean_text


def test_scripts_written_without_spaces_are_not_judged_by_word_spacing():
    check_readable("イマチニブは慢性骨髄性白血病の治療薬です。毎日一回服用します。" * 20)  # does not raise


@pytest.mark.parametrize("text", [
    "イマチニブは慢性骨髄性白血病の治療薬です。毎日一回服用します。\n\n副作用には吐き気があります。\n",
    "Imatinib\n\nDasatinib\n\nNilotinib\n",
])
def test_a_page_of_readable_text_without_paragraphs_is_kept_not_rejected(text):
    article = parse_bytes(text.encode("utf-8"), "short.txt")
    assert article.clean_text.split() and all(line in text for line in article.clean_text.split("\n") if line)


def test_a_page_that_is_only_a_cookie_banner_is_still_rejected():
    with pytest.raises(ArticleRejected):
        parse_bytes(b"We use cookies to improve your experience. Accept all cookies\n", "banner.txt")
