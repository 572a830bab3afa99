"""Headline, publisher and furniture by the shape a site gives them (issue 19, fourth held-out round).

Each shape is tried on three pages of different sites, diseases and formats. Every page here is
written for these tests; the sites, names and phone numbers are fictional."""
import pytest

from sources.parse import parse_bytes


def _parse(text: str, name: str):
    return parse_bytes(text.encode("utf-8"), name)


BODY_CML = ("Asciminib binds the myristoyl pocket of BCR-ABL1 and is given to adults with chronic-phase chronic "
            "myeloid leukaemia who were treated with two or more tyrosine kinase inhibitors before.\n\n"
            "In the ASCEMBL trial the major molecular response rate at 24 weeks was 25.5% with asciminib "
            "against 13.2% with bosutinib.\n")
BODY_GIST = ("Ripretinib is a switch-control inhibitor of KIT and PDGFRA for adults with advanced "
             "gastrointestinal stromal tumour who received three or more kinase inhibitors, imatinib among them.\n\n"
             "In the INVICTUS trial median progression-free survival was 6.3 months with ripretinib and "
             "1.0 month with placebo.\n")
BODY_BLADDER = ("Enfortumab vedotin with pembrolizumab is a first treatment for adults with locally advanced or "
                "metastatic urothelial cancer, whether or not they could receive cisplatin.\n\n"
                "In EV-302 median overall survival was 31.5 months with the combination and 16.1 months with "
                "platinum-based chemotherapy.\n")


# ---------------------------------------------------------------- the site name comes first
# "Name :: tagline" (or "Name — tagline") above a trail or a row of buttons is the masthead: the
# headline is the first heading under it, and the masthead's name beats the parent company of the © line.
MASTHEAD_FIRST = [
    ("page.txt",
     "Dosewise Reference  ::  monographs for hospital pharmacists\n"
     "Home / Monographs / A / Asciminib\n"
     "[ Search monographs ]   [ Sign in ]   [ My lists (0) ]\n\n"
     "Asciminib (Scemblix) - Uses and Dosing\n"
     "Monograph | Updated: March 3, 2025\n\n" + BODY_CML +
     "\nDosewise Reference summarises public labels for pharmacists.\n"
     "(c) 2025 Northgate Clinical Publishing. Contact: team@dosewise.example\n",
     "Asciminib (Scemblix) - Uses and Dosing", "Dosewise Reference", "[ Search monographs ]"),
    ("page.md",
     "Sarcoma Signal — news for sarcoma specialists\n\n"
     "Home / News / GIST\n\n"
     "# Ripretinib holds its place after three kinase inhibitors in GIST\n\n"
     "Published 2 June 2025\n\n" + BODY_GIST +
     "\nSarcoma Signal is edited independently of its owner.\n\n"
     "© 2025 Halden Media Group. All rights reserved.\n",
     "Ripretinib holds its place after three kinase inhibitors in GIST", "Sarcoma Signal", "Home / News / GIST"),
    ("page.txt",
     "Uro Desk :: bladder and kidney cancer briefings\n"
     "[ Search ]  [ Log in ]  [ Newsletters ]\n\n"
     "Enfortumab vedotin with pembrolizumab for untreated urothelial cancer\n"
     "Briefing | Posted January 9, 2025\n\n" + BODY_BLADDER +
     "\nUro Desk is written by practising urologists.\n"
     "(c) 2025 Calder House Media Ltd. All rights reserved.\n",
     "Enfortumab vedotin with pembrolizumab for untreated urothelial cancer", "Uro Desk", "[ Search ]"),
]


@pytest.mark.parametrize("name,page,title,publisher,furniture", MASTHEAD_FIRST)
def test_a_site_name_and_tagline_above_the_trail_is_the_masthead_not_the_headline(name, page, title, publisher,
                                                                                   furniture):
    article = _parse(page, name)
    assert article.title == title
    assert article.publisher == publisher
    assert furniture not in article.clean_text
    assert "25.5%" in article.clean_text or "6.3 months" in article.clean_text or "31.5 months" in article.clean_text


# "Name | Home > Section > Page" on the first line: the site name stands before the trail.
NAME_BEFORE_TRAIL = [
    ("page.txt",
     "LeukaemiaTalk Forum  |  Home  >  Treatments  >  Asciminib\n"
     "Log in  |  Join  |  Donate\n\n"
     "Asciminib: questions from our members\n"
     "Posted May 5, 2025\n\n" + BODY_CML +
     "\nLeukaemiaTalk Forum is run by volunteers. (c) 2025\n",
     "LeukaemiaTalk Forum"),
    ("page.md",
     "GIST Support Circle | Home › Living with GIST › Medicines\n\n"
     "# Ripretinib: what our members asked\n\n" + BODY_GIST +
     "\nGIST Support Circle does not give medical advice.\n",
     "GIST Support Circle"),
    ("page.txt",
     "Bladder Matters Network | Home > Treatments > Combination treatment\n\n"
     "Enfortumab vedotin and pembrolizumab explained\n\n" + BODY_BLADDER +
     "\nBladder Matters Network (c) 2025\n",
     "Bladder Matters Network"),
]


@pytest.mark.parametrize("name,page,publisher", NAME_BEFORE_TRAIL)
def test_the_site_name_before_the_first_line_trail_is_the_publisher(name, page, publisher):
    assert _parse(page, name).publisher == publisher


# A brand and its owner: the masthead (a capitals logo, or "Brand | Owner") names the brand,
# the © line the owner. The publisher is the brand, spelled as the page writes it in running text.
BRAND_AND_OWNER = [
    ("page.txt",
     "MARROW MONTHLY  |  Sign in  |  Subscribe  |  Search\n"
     "Sections:  Leukemia   Lymphoma   Myeloma\n\n"
     "Asciminib after two kinase inhibitors: the ASCEMBL data revisited\n"
     "By Ana Ruiz | Published 4 April 2025\n\n" + BODY_CML +
     "\nMarrow Monthly (c) 2025 Kestrel Health Media. Terms | Privacy\n",
     "Marrow Monthly"),
    ("page.txt",
     "GSR Today | Global Sarcoma Reports\n"
     "Home   Sarcoma   GIST   Bone   Meetings   Contact\n\n"
     "Ripretinib keeps its fourth-line role in GIST\n\n"
     "Posted June 1, 2025\n\n" + BODY_GIST +
     "\n© 2025 Global Sarcoma Reports. All rights reserved.\n",
     "GSR Today"),
    ("page.md",
     "UROLOGY WIRE | Log in | Newsletters | Search\n\n"
     "# Enfortumab vedotin and pembrolizumab become the first treatment for urothelial cancer\n\n" + BODY_BLADDER +
     "\nUrology Wire © 2025 Pellham Communications. All rights reserved.\n",
     "Urology Wire"),
]


@pytest.mark.parametrize("name,page,publisher", BRAND_AND_OWNER)
def test_the_brand_in_the_masthead_is_the_publisher_not_the_owner_in_the_copyright_line(name, page, publisher):
    assert _parse(page, name).publisher == publisher


# ---------------------------------------------------------------- furniture after the content
# Calls to action: a subscription offer ("Get the weekly X digest"), a helpline or desk with a phone
# number that ends a clause, a link list labelled "More <things>:", a gated comment prompt.
FURNITURE = [
    ("page.md",
     "# Asciminib in chronic myeloid leukaemia\n\n" + BODY_CML +
     "\n---\n\n**More monographs:** [Ponatinib](https://x.example/p) · [Nilotinib](https://x.example/n)\n\n"
     "*Get the weekly Dosewise digest: new labels and dose changes, every Monday.*\n\n"
     "*Need advice? Call the LeukaemiaTalk helpline free on 0800 555 0142, weekdays 9am to 5pm.*\n",
     ["More monographs", "Ponatinib", "Get the weekly Dosewise digest", "0800 555 0142"]),
    ("page.txt",
     "Ripretinib in advanced GIST\n\n" + BODY_GIST +
     "\nMore sarcoma summaries: Pazopanib | Trabectedin | Eribulin\n"
     "Receive our monthly Sarcoma Signal briefing by email.\n"
     "Contact the news desk on 0161 496 0733.\n"
     "Comment on this story (login required)\n",
     ["More sarcoma summaries", "Pazopanib", "monthly Sarcoma Signal briefing", "0161 496 0733",
      "Comment on this story"]),
    ("page.md",
     "# Enfortumab vedotin and pembrolizumab for urothelial cancer\n\n" + BODY_BLADDER +
     "\nMore patient guides: [Avelumab](https://b.example/a) · [Erdafitinib](https://b.example/e)\n\n"
     "Get the free weekly Bladder Matters round-up in your email.\n\n"
     "Worried about side effects? Ring our nurses on 0207 946 0999, or email us.\n\n"
     "Comment on this article (sign-in required)\n",
     ["More patient guides", "Avelumab", "Bladder Matters round-up", "0207 946 0999", "Comment on this article"]),
]


@pytest.mark.parametrize("name,page,furniture", FURNITURE)
def test_calls_to_action_and_link_lists_after_the_content_are_removed(name, page, furniture):
    article = _parse(page, name)
    for snippet in furniture:
        assert snippet not in article.clean_text
    assert "months" in article.clean_text or "24 weeks" in article.clean_text


@pytest.mark.parametrize("sentence", [
    "More than 40 patients stopped treatment because of side effects: most had rash or fatigue.",
    "Response was measured at 0.105 0.200 0.300 units in the assay.",
    "Get the weekly injection on the same day each week, as your nurse showed you.",
])
def test_prose_that_resembles_a_call_to_action_is_kept(sentence):
    page = "# Asciminib in chronic myeloid leukaemia\n\n" + BODY_CML + "\n" + sentence + "\n\n" + BODY_GIST
    assert sentence in _parse(page, "page.md").clean_text


# A clipped page's "title:" field adds an identifier in brackets to the headline the page shows.
CLIPPED_TITLE = [
    ("page.md",
     '---\ntitle: "Asciminib for chronic myeloid leukaemia after two kinase inhibitors (decision TA-0931)"\n---\n\n'
     "Home › Decisions › TA-0931\n\n"
     "# Asciminib for chronic myeloid leukaemia after two kinase inhibitors\n\n" + BODY_CML,
     "Asciminib for chronic myeloid leukaemia after two kinase inhibitors"),
    ("page.md",
     '---\ntitle: "Ripretinib in advanced gastrointestinal stromal tumour [monograph 214]"\n---\n\n'
     "## Ripretinib in advanced gastrointestinal stromal tumour\n\n" + BODY_GIST,
     "Ripretinib in advanced gastrointestinal stromal tumour"),
    ("page.txt",
     "Title: Enfortumab vedotin with pembrolizumab in urothelial cancer (review 2025/07)\n\n"
     "Enfortumab vedotin with pembrolizumab in urothelial cancer\n\n" + BODY_BLADDER,
     "Enfortumab vedotin with pembrolizumab in urothelial cancer"),
]


@pytest.mark.parametrize("name,page,title", CLIPPED_TITLE)
def test_the_headline_shown_on_the_page_wins_over_a_title_field_with_an_added_identifier(name, page, title):
    article = _parse(page, name)
    assert article.title == title
    assert "25.5%" in article.clean_text or "6.3 months" in article.clean_text or "31.5 months" in article.clean_text


@pytest.mark.parametrize("line", [
    "Comment on this story (login required) | Download as PDF | Email to a colleague",
    "Comment on this article | Print | Share",
    "Comment on this post (members only)",
])
def test_a_comment_prompt_among_article_tools_is_removed(line):
    page = "# Ripretinib in advanced GIST\n\n" + BODY_GIST + "\n" + line + "\n"
    assert "Comment on this" not in _parse(page, "page.md").clean_text


# ---------------------------------------------------------------- audience
# Trade news for clinicians: a menu offering conferences and jobs, a named phase 3 trial, the median
# duration of response; written about patients, never to them.
TRADE_NEWS = [
    ("page.txt",
     "Myeloid Post\nHome | News | Conferences | Jobs | Sign in\n\n"
     "Asciminib moves earlier in chronic myeloid leukaemia\n\nPublished 3 May 2025\n\n"
     "Asciminib was compared with other kinase inhibitors in the phase 3 ASC4FIRST trial in newly diagnosed "
     "chronic-phase disease. The major molecular response rate at week 48 was 67.7% against 49.0%.\n\n"
     "The median duration of response has not been reached.\n"),
    ("page.md",
     "**Sarcoma Desk** · [News](/n) · [Congresses](/c) · [Careers](/j)\n\n"
     "# Ripretinib data updated at the sarcoma meeting\n\n"
     "The phase 3 INVICTUS study randomised 129 adults with advanced gastrointestinal stromal tumour after three "
     "kinase inhibitors. Fewer than one in ten had a response to ripretinib.\n\n"
     "The median duration of response was 14.5 months among the responders.\n"),
    ("page.txt",
     "GU Wire\nLatest | Congresses | Jobs board | Log in\n\n"
     "EV-302 changes the first treatment of urothelial cancer\n\n"
     "In the phase 3 EV-302 trial enfortumab vedotin with pembrolizumab was compared with platinum-based "
     "chemotherapy in 886 adults with untreated locally advanced or metastatic urothelial cancer. Two in three "
     "had a response to the combination.\n\nThe median duration of CR was not reported.\n"),
]


@pytest.mark.parametrize("name,page", TRADE_NEWS)
def test_trade_news_for_clinicians_is_for_professionals(name, page):
    assert _parse(page, name).audience == "professional"
