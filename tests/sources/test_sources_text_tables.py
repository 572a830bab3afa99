"""Tables saved as text ("a | b" lines) are content: their rows are kept, one sentence each."""
from __future__ import annotations

from sources.parse import parse_bytes

INTRO = "What each medicine is licensed for, as the summaries of product characteristics say.\n\n"
OUTRO = "\n\nAsk your care team which one suits you.\n"


def _lines(raw: str, name: str = "page.txt") -> list[str]:
    return [s.text for s in parse_bytes(raw.encode("utf-8"), name).sentences]


def test_a_table_of_words_with_a_header_and_two_rows_is_kept_row_by_row():
    table = ("Medicine | Licensed for\n"
             "acalabrutinib | chronic lymphocytic leukaemia\n"
             "zanubrutinib | mantle cell lymphoma")
    assert _lines(INTRO + table + OUTRO)[1:4] == table.split("\n")


def test_a_markdown_table_without_figures_is_kept():
    table = ("| Drug | Used for |\n|---|---|\n| osimertinib | non-small cell lung cancer |\n"
             "| olaparib | ovarian cancer |")
    lines = _lines(INTRO + table + OUTRO, "page.md")
    assert "osimertinib" in " ".join(lines) and "olaparib" in " ".join(lines)


def test_a_single_menu_line_is_still_furniture():
    assert _lines(INTRO.strip() + "\n\nHome | News | Contact us" + OUTRO) == [
        INTRO.strip(), OUTRO.strip()]
