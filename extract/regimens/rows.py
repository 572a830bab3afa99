"""regimens: the dosing schedules an article states, one row per drug and route.

A sentence is cut into one segment per drug (or drug class the article lists members of); each
segment's schedule is read by `extract.regimens.schedule`. Sentences that name no drug still count
when they point back to one ("This drug is given...", "take it daily"), carry a dose under a label
("Usual dose: 400 mg by mouth once daily" on a page about one drug), or continue the schedule
of the sentence before ("You will then have a 14-day break"). A route the article states for the
same drug elsewhere fills a schedule written without one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.text.provenance import provenance
from extract.regimens.schedule import DOSE, Schedule, read_schedule
from extract.text.row_ids import stable_id
from extract.regimens.vocabulary import is_dosing_section, may_state_schedule
from extract.text.lexicon_files import read_yaml
from extract.entities.drug_vocabulary import vocabulary
from extract.trials.mentions import SentenceMentions

_BOUNDARY = re.compile(r"[,;()]|\b(?:with|and|or|plus|then|followed\s+by|combined\s+with|either|while|"
                       r"whereas|but|add|adding)\b", re.I)
_POINTS_BACK = re.compile(
    r"^\s*(?:this|the|that)\s+(?:drug|medicine|medication|agent|treatment|injection|infusion)\b|"
    r"\b(?:it|this\s+drug|the\s+drug|this\s+medicine|they)\s+(?:is|are|was|will\s+be|can\s+be|may\s+be|"
    r"should\s+be|must\s+be)\s+(?:usually\s+|then\s+|also\s+)?(?:given|taken|administered|infused|injected)\b|"
    r"\b(?:take|takes|taking|receive|receives|swallow|give|gives|giving|administer|administers|inject|injects|"
    r"infuse|infuses)\s+(?:it|them)\b|"
    r"\byou\s+(?:will\s+)?(?:get|receive|have|are\s+given)\s+(?:a|your|each|one|the\s+next)\s+"
    r"(?:dose|infusion|injection|treatment)\b|"
    r"^\s*(?:it|they|this\s+(?:drug|medicine|medication|agent|treatment)|the\s+(?:drug|medicine|medication))\s+"
    r"(?:is|are|comes?|come|was|were|will|can|may|should|must)\b|"
    # "Each product is given ...", "Both are infused ...": every drug just named
    r"^\s*(?:each|both)(?:\s+(?:of\s+them|product|products|drug|drugs|medicine|medicines|therapy|therapies))?\s+"
    r"(?:is|are)\s+(?:usually\s+|then\s+)?(?:given|taken|administered|infused|injected)\b", re.I)
_TEMPORAL_PREPOSITION = re.compile(r"\b(?:after|following|before|preceded\s+by)\b", re.I)
_EACH = re.compile(r"\b(?:each|both|all)\b[^.;]*\.?\s*$", re.I)
_SHARED_TAIL = re.compile(r",\s*([^,;]{3,40}?)\s*\.?\s*$")
_REFERENCE_SECTION = re.compile(r"^\s*(?:references?|bibliography|sources?|citations?)\s*$", re.I)
_LOOKBACK = 3
_OPENING_CLAUSE = re.compile(r"^\s*(?:after|following|before)\b[^,;:]{1,120},\s*", re.I)
# "With bortezomib and dexamethasone: 2.5 mg/kg ...": a label naming the partners of the page drug's combination
_PARTNER_LABEL = re.compile(r"^\s*(?:[A-Z]\s*:\s*)?(?:(?:in\s+)?combination\s+with|combined\s+with|with|plus|together\s+with|"
                            r"alongside|added\s+to)\b[^.:;]{1,120}:\s*", re.I)
_ALIAS_GAP = re.compile(r"[\s(),]*")
_DESCRIBES_SUBJECT = re.compile(read_yaml(__package__, "subject_descriptions.yaml")["link"], re.I)
# A dose line without a subject: "Usual dose: 400 mg ...", "Starting dose is ...", "20 mg once daily".
# Also after a label: "Dosage: the dosage schedule is 320 mg once daily".
_DOSE_LABEL = re.compile(r"^[^.]{0,60}:\s*\d|^\s*\d|^(?:[^.:]{0,40}:)?\s*(?:the\s+)?(?:(?:recommended|usual|starting|"
                         r"standard|initial)(?:\s+\w+){0,2}\s+dose|dos(?:e|age|ing)\s+(?:schedule|regimen|is)|"
                         r"dosage\s+for\s+adults\s+is)\b"
                         # "For X, the usual dose is 400 mg ...", "The dose for maintenance is 300 mg ..."
                         r"|\bthe\s+(?:(?:recommended|usual|starting|standard|initial)\s+)?dos(?:e|age)\s+"
                         r"(?:for\s+[^.;:]{1,60}?\s+)?(?:is|was)\s+\d", re.I)
# "at 200 mg every 3 weeks or 400 mg every 6 weeks": two schedules offered for one drug
_OR = re.compile(r",?\s+\bor\b\s+", re.I)


@dataclass
class Draft:
    sentence: object
    drug_id: str
    schedule: Schedule
    description: str
    route: str | None = None
    alternative: int = 0  # the n-th of several schedules offered for the drug in one sentence


@dataclass(frozen=True)
class Agent:
    """A drug mention, or a class mention standing for the members the article lists."""

    start: int
    end: int
    key: str
    drug_ids: tuple[str, ...]

    @property
    def is_drug(self) -> bool:
        return self.drug_ids == (self.key,)


def _agents(sentence, mentions: SentenceMentions, class_members) -> list[Agent]:
    base = sentence.char_start
    out = []
    for m in mentions.of(sentence):
        if m.kind == "drug":
            out.append(Agent(m.start - base, m.end - base, m.id, (m.id,)))
        elif m.kind == "intervention" and class_members.get(m.id):
            out.append(Agent(m.start - base, m.end - base, m.id, tuple(class_members[m.id])))
    if any(a.is_drug for a in out):
        # A sentence naming a drug gives its schedule, not one of the class it mentions in passing
        # ("... previously treated with two or more TKIs, the dose is 200 mg orally").
        out = [a for a in out if a.is_drug]
    out.sort(key=lambda a: a.start)
    out = _combination_products(sentence.text, out)
    merged: list[Agent] = []
    for a in out:  # "Imatinib (Gleevec)": one agent
        gap = sentence.text[merged[-1].end:a.start] if merged else ""
        if merged and merged[-1].key == a.key and _ALIAS_GAP.fullmatch(gap):
            merged[-1] = Agent(merged[-1].start, a.end, a.key, a.drug_ids)
        elif merged and merged[-1].is_drug and a.is_drug and _DESCRIBES_SUBJECT.search(gap):
            continue  # "X is the preferred first Y, given at ...": Y says what X is; the dose is X's
        elif not (merged and a.start < merged[-1].end):
            merged.append(a)
    return merged


# "trifluridine/tipiracil", "daunorubicin 44 mg/m2 + cytarabine": two components written as one product
_COMPONENT_JOIN = re.compile(rf"\s*(?:{DOSE.pattern}\s*)?(?:/|\+|and|with)\s*", re.I)
_LIPOSOME = re.compile(rf"\s*(?:{DOSE.pattern}\s*)?\)?\s*liposom", re.I)  # "(A + B) liposome"


def _is_component(drug_id: str, product: str) -> bool:
    """`drug_id` is one of the drugs a fixed combination is made of ("cytarabine" of
    "daunorubicin-and-cytarabine-liposome")."""
    return drug_id != product and "-and-" in product and re.search(rf"(?:^|-){re.escape(drug_id)}(?:-|$)",
                                                                   product) is not None


def _combination_products(text: str, agents: list[Agent]) -> list[Agent]:
    """A fixed combination is one drug: its components written together ("trifluridine/tipiracil") are the
    product the vocabulary knows, and components named in the sentence of the product ("Vyxeos, a liposome
    holding daunorubicin and cytarabine") are the product's, not schedules of their own."""
    known = vocabulary().entries
    out: list[Agent] = []
    for a in agents:
        prev = out[-1] if out else None
        pair = f"{prev.key}-and-{a.key}" if prev is not None and prev.is_drug and a.is_drug else None
        if pair and _LIPOSOME.match(text, a.end):
            pair += "-liposome"
        if pair in known and _COMPONENT_JOIN.fullmatch(text[prev.end:a.start]):
            out[-1] = Agent(prev.start, a.end, pair, (pair,))
        else:
            out.append(a)
    products = [a.key for a in out if a.is_drug and "-and-" in a.key]
    return [a for a in out if not (a.is_drug and any(_is_component(a.key, p) for p in products))]


def _segments(text: str, agents: list[Agent]) -> list[tuple[Agent, int, int]]:
    """(agent, start, end): the stretch of the sentence each agent's schedule is written in."""
    # "X is given as an infusion after chemotherapy with Y": the words before "after" are not Y's.
    lead = [m.end() for m in _TEMPORAL_PREPOSITION.finditer(text, 0, agents[0].start)] if agents else []
    cuts = [lead[-1] if lead and read_schedule(text[:lead[-1]]).states_regimen else 0]
    for a, b in zip(agents, agents[1:]):
        last = None
        for m in _BOUNDARY.finditer(text, a.end, b.start):
            last = m.start()
        cuts.append(last if last is not None else b.start)
    cuts.append(len(text))
    return [(a, cuts[i], cuts[i + 1]) for i, a in enumerate(agents)]


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:()")
    return re.sub(r"(?:\s+(?:and|or|with|combined\s+with|then))+$", "", text).strip(" ,;:()")


def _key(s: Schedule) -> tuple:
    return (s.routes, s.frequency, s.treatment_days, s.rest_days, s.cycle_days, s.infusion_hours, s.dose)


def describe(text: str, agent_start: int, sched: Schedule) -> str:
    """The shortest part of a segment that still states the whole schedule."""
    parts = [p for p in re.split(r";", text) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if _key(read_schedule(p)) != _key(Schedule())]
        text = "; ".join(kept) if kept else text
    cut = max(text.rfind(c, 0, max(agent_start, 0)) for c in ":;(,")
    if cut > 0 and _key(read_schedule(text[cut + 1:])) == _key(sched):
        text = text[cut + 1:]
    return _clean(text)


def _member_of_a_listed_regimen(text: str, agent: Agent, agents: list[Agent], seg_end: int) -> bool:
    """ "R-CHOP (rituximab, ..., prednisone) given every 21 days": the schedule after the closing
    parenthesis is the regimen's, not its last listed member's."""
    close = text.find(")", agent.end, seg_end)
    if close < 0 or text[agent.end:close].strip(" ,.;"):
        return False
    opening = text.rfind("(", 0, agent.start)
    inside = [a for a in agents if opening < a.start < close]
    return opening >= 0 and len(inside) >= 2


def _sentence_drafts(sentence, agents: list[Agent]) -> list[Draft]:
    text = sentence.text
    segs = _segments(text, agents)
    read = [(a, read_schedule(text[s:e]), text[s:e]) for a, s, e in segs]
    shared = _EACH.search(text[segs[-1][1]:]) if len(segs) > 1 else None
    if shared:
        common = read_schedule(shared.group())
        for _, sched, _ in read[:-1]:
            if sched.dose is not None:
                sched.fill_from(common)
    tail = _SHARED_TAIL.search(text[segs[-1][1]:]) if len(segs) > 1 else None
    if tail:  # "A over 3 hours and B over 30 minutes, every 3 weeks": the trailing interval is both drugs'
        common = read_schedule(tail.group(1))
        if common.frequency and not common.routes and common.dose is None:
            for _, sched, _ in read[:-1]:
                if sched.frequency is None and sched.states_regimen:
                    sched.frequency = common.frequency
    cycles = {sched.cycle_days for _, sched, _ in read if sched.cycle_days}
    if len(cycles) == 1:  # "A on days 1 to 21 of each 28-day cycle, with B on days 1 and 15": one cycle
        for _, sched, _ in read:
            if sched.cycle_days is None and sched.days and sched.states_regimen:
                sched.cycle_days = next(iter(cycles))
                sched.derive_frequency()
    drafts = []
    for (agent, sched, seg), (_, start, end) in zip(read, segs):
        if sched.states_regimen and not _member_of_a_listed_regimen(text, agent, agents, end):
            description = describe(seg, agent.start - start, sched)
            for k, option in enumerate(_alternatives(seg, sched)):
                for drug in agent.drug_ids:
                    drafts.append(Draft(sentence, drug, option, description, alternative=k))
    return drafts


def _alternatives(segment: str, sched: Schedule) -> list[Schedule]:
    """The schedules offered for one drug: "200 mg every 3 weeks or 400 mg every 6 weeks" is two, each
    keeping what the whole segment says (route, cycle); one schedule when the parts do not differ."""
    parts = _OR.split(segment)
    if len(parts) < 2:
        return [sched]
    options = [read_schedule(p) for p in parts]
    if not all(o.frequency and o.dose for o in options) or len({o.frequency for o in options}) < 2:
        return [sched]
    for o in options:
        o.routes = o.routes or sched.routes
        o.fill_from(sched)
    return options


_PLURAL_POINTER = re.compile(r"\b(?:them|they|these|those|each|both)\b", re.I)


def _recent_drug(history: list[tuple[int, list[Agent]]], index: int, plural: bool = False) -> list[str]:
    """The drug named last in the sentences just before; for "them" / "they", all drugs that sentence named.
    "It" is one drug: a sentence naming only a class ("It belongs to the BTK inhibitors") is skipped."""
    for i, agents in reversed(history):
        if index - i > _LOOKBACK:
            break
        if agents:
            if plural:
                return list(dict.fromkeys(d for a in agents for d in a.drug_ids))
            drugs = [a for a in agents if a.is_drug]
            if drugs:
                return list(drugs[-1].drug_ids)
    return []


def _open_schedule(last_drafts: tuple[int, list[Draft]], index: int) -> bool:
    """The sentence just before stated one drug's route but no timing ("X is injected under the skin."):
    a dose line after it ("After two step-up doses, 1.5 mg/kg is given once a week.") completes it."""
    at, drafts = last_drafts
    return (index - at == 1 and len({d.drug_id for d in drafts}) == 1
            and not any(d.schedule.timing for d in drafts))


def _by_route(drafts: list[Draft]) -> list[Draft]:
    """One draft per stated route; a schedule without one keeps route None for now."""
    out = []
    for d in drafts:
        for route in d.schedule.routes or (None,):
            out.append(Draft(d.sentence, d.drug_id, d.schedule, d.description, route, d.alternative))
    return out


def _inherit_routes(drafts: list[Draft]) -> list[Draft]:
    """A schedule without a route takes the route the article gives the same drug elsewhere."""
    routes: dict[str, list[str]] = {}
    for d in drafts:
        if d.route:
            routes.setdefault(d.drug_id, [])
            if d.route not in routes[d.drug_id]:
                routes[d.drug_id].append(d.route)
    out = []
    for d in drafts:
        if d.route is None and d.drug_id in routes:
            out.extend(Draft(d.sentence, d.drug_id, d.schedule, d.description, r, d.alternative)
                       for r in routes[d.drug_id])
        else:
            out.append(d)
    return out


def _merge_neighbours(drafts: list[Draft]) -> list[Draft]:
    """Consecutive sentences about one drug and route make one schedule."""
    out: list[Draft] = []
    for d in drafts:
        prev = next((p for p in reversed(out) if (p.drug_id, p.route) == (d.drug_id, d.route)), None)
        gap = d.sentence.ordinal - prev.sentence.ordinal if prev is not None else -1
        # A later line that only adds timing, without a route or dose of its own ("you get a dose every
        # 3 weeks"), completes the schedule stated earlier for that drug and route, however far back.
        adds_timing = (not d.schedule.routes and d.schedule.dose is None and prev is not None
                       and not prev.schedule.timing)
        if prev is not None and (0 <= gap <= 1 or adds_timing):
            merged = Schedule(**vars(prev.schedule))
            if _compatible(merged, d.schedule):
                merged.fill_from(d.schedule)
                prev.schedule = merged
                if d.description and d.description not in prev.description:
                    prev.description = f"{prev.description}; {d.description}"
                continue
        out.append(d)
    return out


def _compatible(a: Schedule, b: Schedule) -> bool:
    for name in ("frequency", "treatment_days", "rest_days", "cycle_days", "infusion_hours"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            return False
    return True


def _without_passing_mentions(drafts: list[Draft], page_drug: list[str]) -> list[Draft]:
    """On a page about one drug, another drug the page never gives a dose for states no schedule: "some are given
    sorafenib, a tablet", "intrathecal methotrexate as prophylaxis", "premedication 30 minutes before each
    dose" mention it in passing (curators record a regimen of a secondary drug only with its dose)."""
    if not page_drug:
        return drafts
    dosed = {d.drug_id for d in drafts if d.schedule.dose is not None}
    return [d for d in drafts if d.drug_id in dosed or d.drug_id in page_drug]


def _row(d: Draft) -> dict:
    s, sched = d.sentence, d.schedule
    return {
        "regimen_id": stable_id(s.article_id, s.sentence_id, d.drug_id, d.route,
                                *((d.alternative,) if d.alternative else ())),
        **provenance(s),
        "drug_id": d.drug_id, "route": d.route, "frequency": sched.frequency,
        "treatment_days": sched.treatment_days, "rest_days": sched.rest_days,
        "cycle_days": sched.cycle_days, "infusion_hours": sched.infusion_hours,
        "description": d.description[:300] or None,
    }


def extract_regimens(article, entities) -> list[dict]:
    """Dosing schedules stated in `article`, one row per drug and route (see module docstring)."""
    drafts: list[Draft] = []
    history: list[tuple[int, list[Agent]]] = []
    last_drafts: tuple[int, list[Draft]] = (-10, [])
    mentions = SentenceMentions(entities)
    page_drug = [entities.main_drug_id] if entities.main_drug_id else []
    heading_drug: dict[str, list[str]] = {}
    for index, sentence in enumerate(article.sentences):
        if sentence.section and _REFERENCE_SECTION.match(sentence.section):
            continue
        agents = _agents(sentence, mentions, entities.class_members)
        if sentence.is_heading and sentence.section:
            named_drugs = {a.key for a in agents if a.is_drug}
            if len(named_drugs) == 1:  # a heading naming one drug: the subject of the lines under it
                heading_drug[sentence.section] = [named_drugs.pop()]
        new: list[Draft] = []
        if not may_state_schedule(sentence.text):
            history.append((index, agents))
            continue
        named, said = agents, sentence.text
        opening = _OPENING_CLAUSE.match(said)
        before = _TEMPORAL_PREPOSITION.search(said)
        partners = _PARTNER_LABEL.match(said)
        if partners and agents and page_drug and all(a.end <= partners.end() for a in agents) \
                and not any(page_drug[0] in a.drug_ids for a in agents):
            # "With A and B: 2.5 mg/kg every 3 weeks": the dose after the partners' label is the page drug's
            agents, said = [], said[partners.end():]
        elif opening and agents and all(a.end <= opening.end() for a in agents):
            # "After obinutuzumab pretreatment on day 1, 30 mg is given every 3 weeks": the drugs of the
            # opening clause come before; the schedule after it names no drug of its own.
            agents, said = [], said[opening.end():]
        elif (before and agents and all(a.start >= before.end() for a in agents)
              and read_schedule(said[:before.start()]).states_regimen):
            # "Each product is given as one infusion after chemotherapy with A and B": A and B come before;
            # the schedule is the subject's, named by a pointer or the page.
            agents, said = [], said[:before.start()]
        if agents:
            new = _sentence_drafts(sentence, agents)
        else:
            sched = read_schedule(said)
            if sched.states_regimen or sched.timing:
                if _POINTS_BACK.search(sentence.text):
                    drugs = _recent_drug(history, index, bool(_PLURAL_POINTER.search(sentence.text))) or page_drug
                elif sched.dose is not None and sched.timing and _DOSE_LABEL.search(sentence.text):
                    # "Dose: 80 mg once daily" under "ITEM 1 - Osimertinib tablets" is the heading drug's
                    drugs = heading_drug.get(sentence.section) or page_drug or _recent_drug(history, index)
                elif is_dosing_section(sentence.section) and sched.states_regimen:
                    # a line under "DOSAGE AND ADMINISTRATION" / "How it is given" is the page drug's
                    drugs = page_drug or _recent_drug(history, index)
                else:
                    drugs = []
                if drugs and sched.states_regimen:
                    new = [Draft(sentence, drug, option, _clean(sentence.text), alternative=k)
                           for k, option in enumerate(_alternatives(sentence.text, sched)) for drug in drugs]
                elif (index - last_drafts[0] <= 2 and not sched.routes
                      and (DOSE.search(sentence.text) is None or _open_schedule(last_drafts, index))):
                    for prev in last_drafts[1]:  # "Cycles are repeated every 4 weeks."
                        if _compatible(prev.schedule, sched):
                            prev.schedule.fill_from(sched)
                    if last_drafts[1]:
                        last_drafts = (index, last_drafts[1])
        history.append((index, named))
        if new:
            drafts.extend(new)
            last_drafts = (index, new)
    rows, seen = [], set()
    drafts = _without_passing_mentions(drafts, page_drug)
    for d in _merge_neighbours(_inherit_routes(_by_route(drafts))):
        row = _row(d)
        if row["regimen_id"] not in seen:
            seen.add(row["regimen_id"])
            rows.append(row)
    return rows
