"""Headline and publisher on pages whose headline is not the first heading-like line.

Each shape has three small pages written for this test, in different wordings and layouts:
a skip link above the headline, a kicker (section label, schedule line) stacked right above
a headline that has its date or byline below it, a "Session: ..." field line above the
headline, and a brand shown on the top menu line whose © line names the parent company.
"""
import pytest

from sources.parse import parse_bytes


def _parse(text: str, name: str = "page.txt"):
    return parse_bytes(text.encode("utf-8"), name)


BODY = ("Treatment with the drug lengthened progression-free survival compared with the standard "
        "regimen in the randomised trial, and most side effects were mild and easy to manage.\n")

# ---------------------------------------------------------------- a skip link above the headline
SKIP_LINK_PAGES = [
    ("REGIONAL FORMULARY SERVICE\nHome | Medicines | Conditions | Contact\nSkip to listing\n\n"
     "Ibrutinib tablets for chronic lymphocytic leukaemia: amended criteria\n\nUpdated: 3 May 2024\n\n" + BODY,
     "Ibrutinib tablets for chronic lymphocytic leukaemia: amended criteria", "Skip to listing"),
    ("Oncology Wire\nNews | Features | Podcasts\nSkip to article\n\n"
     "Second trial confirms benefit of adding durvalumab before surgery\n\nPublished 12 June 2024\n\n" + BODY,
     "Second trial confirms benefit of adding durvalumab before surgery", "Skip to article"),
    ("Marrow Matters\nAbout | Donate | Stories\nSkip to main menu\n\n"
     "What my first year on maintenance lenalidomide taught me\n\nPosted 9 January 2024\n\n" + BODY,
     "What my first year on maintenance lenalidomide taught me", "Skip to main menu"),
]


@pytest.mark.parametrize("page, headline, skip", SKIP_LINK_PAGES)
def test_a_skip_link_is_not_the_headline_and_leaves_the_text(page, headline, skip):
    article = _parse(page)
    assert article.title == headline
    assert skip not in article.clean_text


# ---------------------------------------------------------------- a kicker stacked above the headline
KICKER_PAGES = [
    ("PRESCRIBING UPDATE BOARD\nHome | Browse | Guides | Contact\n\nSchedule changes effective 1 July 2024\n"
     "Osimertinib for EGFR-mutated lung cancer: new adjuvant listing\n\nUpdated: 10 June 2024\n\n" + BODY,
     "Osimertinib for EGFR-mutated lung cancer: new adjuvant listing"),
    ("THE MARROW ROUNDS\nCase forums | Journal club | Events | Sign in\n\nCLINICAL PEARLS\n"
     "Venetoclax ramp-up in older adults: how slow is slow enough?\n"
     "Posted 2 March 2024 | Written by Dr. Ana Kowal, haematologist\n\n" + BODY,
     "Venetoclax ramp-up in older adults: how slow is slow enough?"),
    ("Northside Cancer Notes\nBlog | Resources | About us\n\nFrom the pharmacy desk\n"
     "Why capecitabine doses are rounded to whole tablets\nBy Lena Osei | 4 April 2024\n\n" + BODY,
     "Why capecitabine doses are rounded to whole tablets"),
]


@pytest.mark.parametrize("page, headline", KICKER_PAGES)
def test_a_kicker_right_above_a_dated_headline_is_not_the_headline(page, headline):
    assert _parse(page).title == headline


# ---------------------------------------------------------------- a "Session: ..." field line above the headline
FIELD_LINE_PAGES = [
    ("Annual Thoracic Meeting 2024 - Abstract Viewer\nProgramme | Sessions | Abstracts | Log in\n"
     "Session: Late-Breaking Abstracts - Lung Cancer and Mesothelioma\n"
     "Abstract 1187 | Oral presentation | Room 4 | 5 May 2024, 10:30\n\n"
     "Adjuvant alectinib versus chemotherapy after resection of ALK-positive lung cancer: the phase 3 trial\n\n"
     + BODY,
     "Adjuvant alectinib versus chemotherapy after resection of ALK-positive lung cancer: the phase 3 trial"),
    ("Haematology Weekly\nNews | Opinion | Podcasts\n\nSection: Myeloma and Related Plasma Cell Disorders\n\n"
     "Quadruplet induction with daratumumab improves outcomes for transplant-eligible patients\n\n"
     "Published 8 August 2024\n\n" + BODY,
     "Quadruplet induction with daratumumab improves outcomes for transplant-eligible patients"),
    ("Oncology Learning Hub\nCourses | Cases | Log in\n\nTopic: Breast Cancer - Advanced Disease\n\n"
     "Choosing a CDK4/6 inhibitor for hormone receptor-positive metastatic breast cancer\n\n"
     "Reviewed 1 February 2024\n\n" + BODY,
     "Choosing a CDK4/6 inhibitor for hormone receptor-positive metastatic breast cancer"),
]


@pytest.mark.parametrize("page, headline", FIELD_LINE_PAGES)
def test_a_field_line_naming_the_session_or_section_is_not_the_headline(page, headline):
    assert _parse(page).title == headline


# ---------------------------------------------------------------- brand on the menu line, parent company on ©
BRAND_PAGES = [
    ("**DoseCheck Oncology** | Monographs · Interactions · Alerts | [Sign in](/signin)\n\n"
     "# Talquetamab - professional monograph\n\n" + BODY +
     "\n*DoseCheck Oncology content is for licensed healthcare professionals.*\n\n"
     "© 2024 DoseCheck Clinical Publishing Group. All rights reserved.\n", "DoseCheck Oncology"),
    ("**TumorBoard Notes** | Cases · Guidelines · Podcasts | [Log in](/login)\n\n"
     "# Managing rash on EGFR inhibitors\n\n" + BODY +
     "\nTumorBoard Notes content is intended for clinicians and does not replace clinical judgement.\n\n"
     "© 2023 TumorBoard Media Holdings. All rights reserved.\n", "TumorBoard Notes"),
    ("**Lymphoma Ledger** | News · Trials · Drugs | [Sign in](/signin)\n\n"
     "# Glofitamab in relapsed diffuse large B-cell lymphoma\n\n" + BODY +
     "\nLymphoma Ledger content is provided for education of health professionals only.\n\n"
     "© 2024 Ledger Health Information Services Ltd.\n", "Lymphoma Ledger"),
]


@pytest.mark.parametrize("page, publisher", BRAND_PAGES)
def test_the_brand_on_the_menu_line_is_the_publisher_not_the_parent_company(page, publisher):
    assert _parse(page, "page.md").publisher == publisher


# ---------------------------------------------------------------- furniture at the foot of the page
FOOT_WIDGETS = [
    "Did you find what you were looking for?  [Yes]  [No]",
    "Did you find what you were searching for? Yes | No",
    "Did you find what you looking for today?",
    "Related pages: Nilotinib listing review | Medicines for CML | How to apply",
    "Related resources: Dosing calculator | Patient leaflet",
    "Related questions: Can I take it with food? | What if I miss a dose?",
    "Also in Ask the Pharmacist: Storing oral chemotherapy at home | Missed doses of capecitabine",
    "Also in Clinical Pearls: Managing hand-foot syndrome | Rash on EGFR inhibitors",
    "Also in This Series: Part two on dosing in kidney impairment",
    "Oncology Desk content is for licensed clinicians and supports, not replaces, clinical judgement.",
    "This resource supports but not replaces professional judgment.",
    "The tool supports, not replace, the prescriber's clinical judgment.",
]


@pytest.mark.parametrize("widget", FOOT_WIDGETS)
def test_feedback_related_and_judgement_lines_at_the_foot_are_removed(widget):
    page = ("Nilotinib for chronic myeloid leukaemia\n\n" + BODY + "\n" + widget + "\n\n"
            "Take the capsules on an empty stomach, twice a day, about twelve hours apart.\n\n"
            "Accessibility | Privacy | Contact\n(c) 2024 Example Formulary Service.\n")
    article = _parse(page)
    assert widget not in article.clean_text
    assert "progression-free survival" in article.clean_text
    assert "twelve hours apart." in article.clean_text


# ---------------------------------------------------------------- the company profile closing a press release
RELEASE = ("Acme Devices and Birch Health launch a shared alarm service for hospital wards\n\n"
           "BOSTON, 4 March 2024 - Acme Devices today announced that its alert software now connects to the "
           "bedside monitors of Birch Health, so that nurses receive filtered alarms on their phones.\n\n"
           "\"Nurses told us they were drowning in alarms,\" said Jo Park, who leads the ward programme. "
           "\"This gives them the few that matter.\"\n\n")
PROFILES = [
    ("Acme Devices is a global solutions provider focused on hospital communication. The vision of Acme "
     "is to close information gaps on the ward.\n\n"
     "Acme Devices is headquartered in Lyon, has offices in 12 countries and employs around 900 people.\n",
     "Acme Devices is headquartered in Lyon"),
    ("About Acme Devices\n"
     "Acme Devices is a leading medical software company that builds alert tools for hospitals in Europe and "
     "North America.\n", "Acme Devices is a leading medical software company"),
    ("Acme Devices makes alert software for hospitals. Its shares are listed on the Paris stock exchange under the "
     "ticker ACME.\n", "Its shares are listed on the Paris stock exchange"),
]


@pytest.mark.parametrize("profile, line", PROFILES)
def test_the_company_profile_closing_a_press_release_is_not_content(profile, line):
    article = _parse(RELEASE + profile)
    assert line not in article.clean_text
    assert "the few that matter." in article.clean_text


def test_a_company_fact_inside_the_story_stays():
    page = ("Birch Health moves its head office\n\nBirch Health is headquartered in Leeds and employs around 400 people; "
            "from May its headquarters move to York.\n\nThe company said the move would not affect its monitor "
            "service contracts or the support desk for hospitals.\n\n"
            "\"We keep every contract as it is,\" said the chief executive, speaking to staff on Monday.\n")
    assert "headquartered in Leeds" in _parse(page).clean_text


# ---------------------------------------------------------------- the standfirst under the headline
_BODY_PARAS = "".join(f"<p>{s}</p>" for s in [
    "The trial enrolled 412 adults whose disease had come back after two earlier treatments, and it ran in forty "
    "hospitals across Europe and North America over four years.",
    "Patients given the new combination lived longer without their disease getting worse than patients given the "
    "standard regimen, and fewer of them stopped treatment because of side effects.",
    "The investigators will present longer follow-up at the next annual meeting, where the overall survival data "
    "are expected to be mature enough to report.",
])
STANDFIRSTS = [
    ("h2", "A second trial backs the combination for relapsed disease, and regulators are now reviewing it."),
    ("h3", "Doctors say the results could change practice within a year."),
    ("h2", "Fewer patients stopped treatment early, the study found, and quality of life held up."),
]


def _news_page(tag: str, dek: str, dek_as_lede: bool = False) -> str:
    head = f'<meta name="description" content="{dek}"><meta property="og:description" content="{dek}">'
    under = f"<p>{dek}</p>" if dek_as_lede else f'<{tag} class="summary">{dek}</{tag}>'
    return (f"<html><head><title>Combination extends remission</title>{head}</head><body>"
            f"<article><header><h1>Combination extends remission in relapsed lymphoma</h1>{under}"
            f"<p class='byline'>By Sam Reed</p></header>{_BODY_PARAS}</article></body></html>")


@pytest.mark.parametrize("tag, dek", STANDFIRSTS)
def test_a_standfirst_repeating_the_description_is_not_body_text(tag, dek):
    article = _parse(_news_page(tag, dek), "page.html")
    assert dek not in article.clean_text
    assert "mature enough to report." in article.clean_text


@pytest.mark.parametrize("tag, dek", STANDFIRSTS)
def test_a_lede_paragraph_repeating_the_description_stays(tag, dek):
    assert dek in _parse(_news_page(tag, dek, dek_as_lede=True), "page.html").clean_text


# ---------------------------------------------------------------- news furniture after the story
NEWS_STORY = ("Hospital opens a new infusion unit\n\n"
              "The unit has twenty chairs and opens six days a week, so that patients on long infusions no "
              "longer wait in the corridor of the day ward.\n\n"
              "\"We planned it with the patients who use it,\" the lead nurse said on Monday, showing the "
              "quiet room that families asked for.\n\n")
NEWS_LINES = [
    ("Most read in health news", "Most read in health news"),
    ("Most popular stories", "Most popular stories"),
    ("If you enjoyed this article, we have an offer for you: join our members' club for unlimited reading.",
     "join our members' club"),
    ("If you enjoyed the story, please support us and subscribe today.", "please support us"),
    ("Follow the paper's full coverage of the health service at https://example.org/health", "full coverage"),
    ("Follow our coverage of cancer care at https://example.org/cancer", "our coverage of cancer care"),
    ("Updated at 1:23 p.m.", "Updated at 1:23"),
    ("Updated at 10.45am", "Updated at 10.45am"),
]
LAST_PARAGRAPH = ("The unit will also run an evening clinic from the spring, the trust said, once two more "
                  "nurses have finished their training.\n")


@pytest.mark.parametrize("line, gone", NEWS_LINES)
def test_news_furniture_lines_are_removed_wherever_they_stand(line, gone):
    text = _parse(NEWS_STORY + line + "\n\n" + LAST_PARAGRAPH, "story.md").clean_text
    assert gone not in text
    assert "families asked for." in text and "finished their training." in text


HEADLINE_LISTS = [
    "- Ten Things Nurses Wish Patients Knew About Chemotherapy\n- Why Hospital Parking Costs So Much\n"
    "- The Surprising History of the Infusion Pump\n",
    "* New Cancer Centre Opens in the North\n* Five Questions to Ask Before Surgery\n"
    "* How Volunteers Keep the Day Ward Running\n",
    "- Meet the Volunteers Who Drive Patients Home\n- Winter Flu Jabs: Where to Get Yours\n"
    "- Inside the Lab That Tests Every Blood Sample\n",
]


@pytest.mark.parametrize("tail", HEADLINE_LISTS)
def test_a_list_of_headlines_after_the_story_is_removed(tail):
    text = _parse(NEWS_STORY + tail, "story.md").clean_text
    assert tail.splitlines()[1][2:] not in text
    assert "families asked for." in text


def test_a_list_of_plain_items_at_the_end_stays():
    page = NEWS_STORY + "- chairs that recline fully\n- a quiet room for families\n- a small kitchen for drinks\n"
    assert "a small kitchen for drinks" in _parse(page, "story.md").clean_text


# ---------------------------------------------------------------- the site's name first
STORY = ("Adding the antibody to chemotherapy lengthened survival in the phase 3 trial, and most side effects "
         "were mild, the investigators reported at the annual meeting on Saturday.\n\n"
         "The drug is given by infusion every three weeks.\n")
HEADLINE = "Antibody combination extends survival in advanced stomach cancer"
SITE_FIRST_PAGES = [
    ("The Oncology Ledger\n\n" + HEADLINE + "\n\n" + STORY + "\n© 2024 Oncology Ledger. All rights reserved.\n",
     "page.txt"),
    ("CANCER WIRE - independent news for clinicians\n\n" + HEADLINE + "\n\n" + STORY
     + "\n© 2024 Cancer Wire. All rights reserved.\n", "page.txt"),
    ("**TUMOUR TIMES** — clinical news since 2009\n\n# " + HEADLINE + "\n\n" + STORY
     + "\n© 2024 Tumour Times Ltd.\n", "page.md"),
    ("# Ward Notes\n\n## " + HEADLINE + "\n\n" + STORY + "\n© 2024 Ward Notes. All rights reserved.\n", "page.md"),
]


@pytest.mark.parametrize("page, name", SITE_FIRST_PAGES)
def test_the_site_name_on_the_first_line_is_not_the_headline(page, name):
    assert _parse(page, name).title == HEADLINE


SECTION_PAGES = [
    "Oncology Ledger\nNews | Trials | Drugs\n\nGastrointestinal Cancers\n\n" + HEADLINE + "\n\nBy Ana Ruiz\n\n" + STORY,
    "Ward Notes\nHome | Topics | About\n\nMedical Oncology\n\n" + HEADLINE + "\n\nPublished 3 May 2024\n\n" + STORY,
    "Tumour Times\nLatest | Opinion | Podcasts\n\nCONFERENCE REPORTS\n\n" + HEADLINE + "\n\n3 May 2024 | Sam Reed\n\n"
    + STORY,
]


@pytest.mark.parametrize("page", SECTION_PAGES)
def test_a_section_name_above_a_dated_headline_is_not_the_headline(page):
    assert _parse(page).title == HEADLINE


def _html(head: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    return f"<html><head>{head}</head><body>{body}<article>{paragraphs}</article></body></html>"


HTML_SITE_PAGES = [
    _html(f"<title>Oncology Ledger: {HEADLINE}</title>", "<footer>© 2024 Oncology Ledger</footer>"),
    _html(f"<title>Ward Notes | {HEADLINE}</title><meta property='og:site_name' content='Ward Notes'>", ""),
    _html(f"<title>{HEADLINE}</title>", "<header><h1>Tumour Times</h1><nav>News | Trials</nav></header>"),
    _html(f"<title>{HEADLINE}</title>", "<header><h1><a href='/'>Cancer Wire</a></h1></header>"),
]


@pytest.mark.parametrize("page", HTML_SITE_PAGES)
def test_a_site_name_before_the_html_title_or_as_the_logo_h1_is_not_the_headline(page):
    assert _parse(page, "page.html").title == HEADLINE


@pytest.mark.parametrize("after", ["Privacy Policy", "Terms of Use | Contact", "Registered in England"])
def test_a_copyright_name_does_not_run_onto_the_next_line(after):
    page = HEADLINE + "\n\n" + STORY + "\n© 2024 Oncology Ledger\n" + after + "\n"
    assert _parse(page).publisher == "Oncology Ledger"


# ---------------------------------------------------------------- a weekday before the date
@pytest.mark.parametrize("line", ["Published: Fri 3 May 2024", "Friday, May 3, 2024", "Posted Friday 3 May 2024",
                                  "Fri., May 3, 2024 | Sam Reed"])
def test_a_weekday_before_the_date_still_gives_the_published_date(line):
    page = HEADLINE + "\n\n" + line + "\n\n" + STORY
    assert str(_parse(page).published_date) == "2024-05-03"
