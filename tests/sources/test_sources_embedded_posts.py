"""Embedded social-media posts are quoted content: a wrapper whose class reads like share-bar
chrome must not take the post out of the main text. Pages are written for these tests."""
import pytest

from sources.embedded_posts import unwrap_embedded_posts
from sources.parse import parse_bytes

STORY = """<!doctype html><html><head><title>Clinic patients react to new infusion schedule</title></head><body>
<header><a href='/'>Home</a> <a href='/news'>News</a></header>
<article><h1>Clinic patients react to new infusion schedule</h1>
<p>The regional cancer centre moved its weekend infusion sessions to weekday evenings this month, a change
the hospital said would let more nurses staff each session and cut waiting times for chairs.</p>
<p>Several patients shared their views online within hours of the announcement, most of them positive.</p>
{embed}
<p>The centre said it would review the schedule after three months and publish the waiting times it records
during that period, including the share of sessions that started within fifteen minutes.</p>
</article>
<div class="share-bar"><a href="/share">Share this story</a></div>
<footer>Copyright 2026 Example Regional News. All rights reserved.</footer></body></html>"""

POST = ("<blockquote class=\"twitter-tweet\"><p lang=\"en\">Evening slots mean I no longer miss a day of work for "
        "my treatment, which matters more than people think <a href=\"https://t.example/abc\">t.example/abc</a></p>"
        "&mdash; A Patient (@apatient_example) <a href=\"https://x.example/status/1\">May 4, 2026</a></blockquote>")


@pytest.mark.parametrize("embed", [
    f'<div class="social-media-embed">{POST}</div>',
    f'<div class="embed embed--social" id="social-1"><div class="embed__inner">{POST}</div></div>',
    POST,
])
def test_quoted_post_stays_in_the_main_text(embed):
    text = parse_bytes(STORY.format(embed=embed).encode("utf-8"), "page.html").clean_text
    assert "Evening slots mean I no longer miss a day of work" in text
    assert "weekend infusion sessions to weekday evenings" in text
    assert "review the schedule after three months" in text
    assert "Share this story" not in text


def test_only_wrappers_of_a_post_lose_their_class():
    page = ('<div class="social-share"><a href="/s">Share</a></div><p class="lead">Text</p>'
            f'<div class="social-media-embed">{POST}</div>')
    out = unwrap_embedded_posts(page)
    assert '<div class="social-share">' in out and '<p class="lead">' in out
    assert 'social-media-embed' not in out and 'class="twitter-tweet"' in out
