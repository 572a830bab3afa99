"""Main text of HTML pages from sites never seen: what trafilatura finds must reach clean_text
whole, and site furniture around it must not. Pages are written for these tests."""
from sources.parse import parse_bytes


def _parse_html(body: str, title: str = "Tafasitamab combination approved for relapsed lymphoma"):
    page = (f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<header><a href='/'>Home</a> <a href='/news'>News</a></header>{body}"
            f"<footer>Copyright 2025 Example Health News. All rights reserved.</footer></body></html>")
    return parse_bytes(page.encode("utf-8"), "page.html")


LOOSE_TEXT_UNDER_HEADINGS = """<article><h1>Tafasitamab combination approved for relapsed lymphoma</h1>
<h2>What the regulator decided</h2>
The agency approved tafasitamab with lenalidomide for adults with relapsed diffuse large B-cell lymphoma who
cannot receive a stem cell transplant, after a single-arm study showed durable responses in most patients.
<h2>What the study found</h2>
In the study, the overall response rate was 60 percent and responses lasted a median of more than two years,
which the committee judged clinically meaningful for this population with few other options.<br>
Infections and low blood counts were the most common serious side effects reported by investigators.
</article>"""


def test_text_standing_loose_under_headings_is_kept():
    # Text written straight under a heading, without <p>, is returned by trafilatura as the
    # heading's tail (or after a <br>); it was silently dropped.
    text = _parse_html(LOOSE_TEXT_UNDER_HEADINGS).clean_text
    assert "The agency approved tafasitamab with lenalidomide" in text
    assert "the overall response rate was 60 percent" in text
    assert "Infections and low blood counts were the most common" in text
