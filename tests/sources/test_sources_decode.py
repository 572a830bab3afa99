"""Decoding raw bytes: encodings are detected, non-text input is rejected with a named check."""
import codecs
import time

import pytest

from sources.decode import MAX_BYTES, decode_bytes, read_limited
from sources.model import ArticleRejected
from sources.parse import parse_article, parse_bytes

TEXT = "Imatinib – “first-line” therapy for café-au-lait patients? No: for CML.\n"


@pytest.mark.parametrize("raw, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom"),
    (TEXT.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM: detected from the NUL pattern
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
    (TEXT.encode("cp1252"), "cp1252"),
])
def test_encodings_round_trip(raw, encoding):
    decoded = decode_bytes(raw)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_one_stray_latin1_byte_in_a_utf8_page_is_repaired_in_place_and_flagged():
    """Issue 20 item 9: decoding the whole page as cp1252 turned every UTF-8 character into
    mojibake ("â‰¥ 18 years"); only the stray byte is read as cp1252, and the encoding says so."""
    raw = "Dose: 50 mg/m² – naïve adults ≥ 18 years".encode("utf-8") + b" caf\xe9\n"
    decoded = decode_bytes(raw)
    assert decoded.text == "Dose: 50 mg/m² – naïve adults ≥ 18 years café\n"
    assert decoded.encoding == "utf-8+cp1252"  # the repair is flagged
    assert decoded.repaired_bytes == 1


def test_a_page_with_no_valid_utf8_falls_back_to_a_legacy_code_page():
    raw = "Le nilotinib est utilisé dans la leucémie – à 300 mg.".encode("cp1252")
    decoded = decode_bytes(raw)
    assert decoded.text == "Le nilotinib est utilisé dans la leucémie – à 300 mg."
    assert decoded.encoding in ("cp1252", "latin-1", "iso8859-15")
    assert decoded.repaired_bytes == 0


def test_a_repaired_page_keeps_its_flag_on_the_article():
    raw = ("Ruxolitinib in myelofibrosis\n\nPlatelets ≥ 100 × 10⁹/L allow the full starting dose "
           "of 20 mg twice daily.").encode("utf-8") + b" \x96 see the label.\n"
    article = parse_bytes(raw, "stray.txt")
    assert "Platelets ≥ 100 × 10⁹/L" in article.clean_text and "– see the label." in article.clean_text
    assert article.encoding == "utf-8+cp1252"


@pytest.mark.parametrize("raw, check", [
    (b"", "empty_file"),
    (b"  \n\t\r\n  ", "empty_file"),
    (b"plain text\x00with a NUL byte", "nul_bytes"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary_content"),
    (b"PK\x03\x04" + b"\x14\x00\x08\x00" * 100, "binary_content"),
    (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 200, "binary_content"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfa bad", "undecodable"),
])
def test_non_text_is_rejected_with_a_named_check(raw, check):
    with pytest.raises(ArticleRejected) as info:
        decode_bytes(raw)
    assert info.value.check == check
    assert "\n" not in info.value.message and info.value.message


def test_binary_renamed_as_txt_is_rejected_by_parse(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ArticleRejected) as info:
        parse_article(path, tmp_path)
    assert info.value.check == "binary_content"


def test_huge_file_is_rejected_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as fh:  # sparse: 50 MB on paper, nothing written
        fh.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(ArticleRejected) as info:
        parse_article(path, tmp_path)
    assert info.value.check == "too_large"
    assert time.perf_counter() - start < 0.5


def test_read_limited_returns_small_files_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\n\nBody text.")
    assert read_limited(path) == b"Title\n\nBody text."
    assert MAX_BYTES >= 1024 * 1024


def test_unreadable_path_is_rejected(tmp_path):
    with pytest.raises(ArticleRejected) as info:
        read_limited(tmp_path / "missing.txt")
    assert info.value.check == "unreadable"


def test_empty_file_is_rejected_by_parse_bytes():
    with pytest.raises(ArticleRejected) as info:
        parse_bytes(b"\n\n", "empty.txt")
    assert info.value.check == "empty_file"
