"""The linear HTML token pass that head metadata and the fallback scanner read."""
from sources.html_tokens import COMMENT, END, RAW, START, TEXT, attributes, strip_tags, tokens


def _kinds(html):
    return [(t.kind, t.name, t.text) for t in tokens(html)]


def test_tags_text_and_attributes():
    toks = list(tokens('<p class="lead" id=x>Imatinib &amp; CML</p><br/>'))
    assert [(t.kind, t.name) for t in toks] == [(START, "p"), (TEXT, ""), (END, "p"), (START, "br")]
    assert attributes(toks[0].text) == {"class": "lead", "id": "x"}
    assert toks[1].text == "Imatinib &amp; CML"  # not unescaped here
    assert toks[3].self_closing


def test_script_style_and_title_content_is_raw_text_not_markup():
    toks = _kinds("<title>A <b>bold</b> title</title><script>if (a < b) { x = '<p>'; }</script><p>x</p>")
    assert (RAW, "title", "A <b>bold</b> title") in toks
    assert (RAW, "script", "if (a < b) { x = '<p>'; }") in toks
    assert (START, "p", "") in toks


def test_comments_declarations_and_cdata_give_no_text():
    toks = _kinds("<!DOCTYPE html><!-- a <p>hidden</p> --><![CDATA[ x ]]><?xml ?>Visible")
    assert [k for k, _, _ in toks] == [COMMENT, COMMENT, COMMENT, COMMENT, TEXT]
    assert toks[-1][2] == "Visible"


def test_an_unclosed_comment_runs_to_the_end_and_a_lone_less_than_sign_is_text():
    assert _kinds("x < y and <!-- never closed <p>z</p>") == [(TEXT, "", "x < y and "), (COMMENT, "", "")]


def test_a_tag_that_never_closes_ends_tag_scanning_and_keeps_the_text():
    toks = _kinds("<p>Imatinib</p><a href='x' Dasatinib")
    assert toks[:3] == [(START, "p", ""), (TEXT, "", "Imatinib"), (END, "p", "")]
    assert toks[-1] == (TEXT, "", "<a href='x' Dasatinib")


def test_unclosed_quotes_and_repeated_attributes():
    assert attributes('a="1" a="2" b=\'x c d="unterminated') == {"a": "1", "b": "x c d=\"unterminated"}


def test_strip_tags_never_crosses_a_less_than_sign():
    assert strip_tags("a<b>c</b>d<e") == "a c d<e"
    assert strip_tags("<a" * 5) == "<a" * 5
