"""Small test pages written for these tests (not taken from any website)."""

TEXT_PAGE = """\
Northwind Health News | Oncology
Home    Cancer Types    Drugs    Podcasts    Log in
Log in | Register

We use cookies to improve your visit. By continuing to browse you accept our cookie policy.
Accept

Oncology  >  Leukemia  >  News

Dasatinib approved for children with Ph-positive ALL

By Jane Example
Published: March 4, 2024
Share: Facebook | X | Email | Print

Dasatinib, a BCR-ABL tyrosine kinase inhibitor, was approved for children with newly diagnosed Philadelphia chromosome-positive acute lymphoblastic leukemia in combination with chemotherapy.
The decision was reviewed by the agency in under six months, and the guidelines committee updated its recommendations the same week.

Key points
  • Event-free survival at 3 years was 66% (95% CI 59 to 72) in the phase 2 study.
  • Common side effects include fever, nausea and fatigue.

The trial, sponsored by the drug maker, enrolled 106 patients aged 1 to 17 years. Call your doctor if a fever develops during treatment.

References
1. Example A, Sample B, et al. Dasatinib with chemotherapy in paediatric Ph-positive ALL. J Clin Oncol. 2020;38:1-10.
2. Author C, Writer D. A second cited paper on kinase inhibitors. Blood. 2019;133:100-110.

Related content
  Podcast: what parents ask about leukemia trials
  Video: a day on the paediatric ward

Your opinion matters
Which format do you prefer for news?
12 votes - 3 days left

Sign up for our free oncology newsletter.
About us | Advertise | Privacy Policy | Terms of Use
© 2024 Northwind Health Media Ltd. All rights reserved.
"""

TEXT_CONTENT = [
    "Dasatinib, a BCR-ABL tyrosine kinase inhibitor, was approved for children with newly diagnosed",
    "The decision was reviewed by the agency in under six months, and the guidelines committee updated",
    "Event-free survival at 3 years was 66% (95% CI 59 to 72) in the phase 2 study.",
    "Common side effects include fever, nausea and fatigue.",
    "The trial, sponsored by the drug maker, enrolled 106 patients aged 1 to 17 years.",
    "Call your doctor if a fever develops during treatment.",
    "Example A, Sample B, et al. Dasatinib with chemotherapy in paediatric Ph-positive ALL.",
    "Author C, Writer D. A second cited paper on kinase inhibitors.",
]
TEXT_BOILERPLATE = [
    "We use cookies", "Log in | Register", "Home Cancer Types", "Share: Facebook", "Oncology > Leukemia",
    "Podcast: what parents ask", "Video: a day on the paediatric ward", "12 votes", "Your opinion matters",
    "Sign up for our free oncology newsletter", "Privacy Policy", "All rights reserved", "By Jane Example",
    "Published: March 4, 2024",
]

HTML_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Venetoclax combination extends survival in older adults with AML | Riverbend Oncology Review</title>
<meta property="og:site_name" content="Riverbend Oncology Review">
<meta property="article:published_time" content="2023-11-05T08:00:00Z">
<link rel="canonical" href="https://example.org/news/venetoclax-aml">
<script>var tracking = "do not index this";</script>
</head><body>
<div class="cookie-banner">This site uses cookies to analyse traffic. <button>Accept all</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/login">Log in</a></nav>
<main><article>
<h1>Venetoclax combination extends survival in older adults with AML</h1>
<p class="byline">By the Riverbend news team | November 5, 2023</p>
<p>Venetoclax plus azacitidine improved overall survival compared with azacitidine alone in adults aged 75 years
or older with newly diagnosed acute myeloid leukemia.<sup>1</sup> Median overall survival was 14.7 months versus
9.6 months (HR 0.66; P &lt; .001).<sup>1,2</sup> The dose was 400 mg by mouth once daily after a ramp-up.</p>
<h2>Safety</h2>
<ul>
<li>Neutropenia was the most common grade 3 event.</li>
<li>Tumour lysis syndrome was rare with prophylaxis.</li>
</ul>
<p>Body surface area dosing used 75 mg/m<sup>2</sup> of azacitidine for 7 days of each 28-day cycle.</p>
<h2>References</h2>
<ol>
<li>Example E, Person F, et al. Venetoclax and azacitidine in older patients with AML. N Engl J Med. 2020;383:617-629.</li>
<li>Writer G. Updated survival with a BCL-2 inhibitor. Blood Adv. 2022;6:1-9.</li>
</ol>
</article>
<aside class="newsletter"><h3>Stay informed</h3><p>Subscribe to our newsletter for weekly updates.</p></aside>
</main>
<footer><p>© 2023 Riverbend Media Group. All rights reserved. | Privacy Policy | Terms of Use</p></footer>
</body></html>
"""

HTML_CONTENT = [
    "Venetoclax plus azacitidine improved overall survival compared with azacitidine alone",
    "Median overall survival was 14.7 months versus 9.6 months (HR 0.66; P < .001).",
    "Neutropenia was the most common grade 3 event.",
    "75 mg/m² of azacitidine",
    "Example E, Person F, et al. Venetoclax and azacitidine in older patients with AML.",
]
HTML_BOILERPLATE = [
    "uses cookies", "Log in", "Subscribe to our newsletter", "All rights reserved", "do not index",
    "By the Riverbend news team",
]
