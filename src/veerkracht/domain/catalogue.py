"""Every prompt of the guided cycle (docs/design.md), in one place, as data.

Each prompt keeps its id, phase, pillar and ``basis`` (what it rests on), so the source of
every question stays visible. ``kind`` is ``text`` for an open question, ``alignment`` for the
1–5 check asked once per active core value, ``balance`` for the care ↔ challenge check.
Bases: article = the source document; Zaki (HBR 2020); W-W = Wedell-Wedellsborg (HBR 2020);
PTGI = Tedeschi & Calhoun's growth domains, as themes only; Schwartz = Schwartz & McCarthy
(HBR 2007); GTD = Allen's weekly review.
"""

from __future__ import annotations

from typing import NamedTuple


class Prompt(NamedTuple):
    id: str
    phase: str
    pillar: str
    basis: str
    en: str
    nl: str
    kind: str = "text"


PROMPTS: tuple[Prompt, ...] = (
    # -- vertragen: notice (What?)
    Prompt("slow.values.1", "vertragen", "values", "article",
           "Which of your values came under pressure lately, and at what moment?",
           "Welke van je waarden kwam de laatste tijd onder druk te staan, en op welk moment?"),
    Prompt("slow.values.2", "vertragen", "values", "article, Zaki",
           "Where did what you said and what you did drift apart this week?",
           "Waar liepen wat je zei en wat je deed deze week uit elkaar?"),
    Prompt("slow.connect.1", "vertragen", "connect", "article",
           "With whom did you talk about how they are, not about tasks?",
           "Met wie sprak je over hoe het met diegene gaat, niet over taken?"),
    Prompt("slow.connect.2", "vertragen", "connect", "article",
           "Who in your team has been quiet lately?",
           "Wie in je team is de laatste tijd stil geweest?"),
    Prompt("slow.connect.3", "vertragen", "connect", "article",
           "When did you last laugh together with your team, even at a distance?",
           "Wanneer heb je voor het laatst samen met je team gelachen, ook op afstand?"),
    Prompt("slow.stamina.1", "vertragen", "stamina", "Schwartz",
           "What drained your energy, and what gave some back?",
           "Wat kostte je energie, en wat gaf je energie terug?"),
    Prompt("slow.stamina.2", "vertragen", "stamina", "W-W",
           "Which \"urgent\" thing turned out to matter little?",
           "Welke \"dringende\" zaak bleek achteraf weinig uit te maken?"),
    # -- verdiepen: make sense (So what?)
    Prompt("deep.values.1", "verdiepen", "values", "Zaki",
           "Pick one value. Why does it matter to you, and what would be missing without it?",
           "Kies één waarde. Waarom is die belangrijk voor jou, en wat zou er ontbreken zonder?"),
    Prompt("deep.values.2", "verdiepen", "values", "PTGI",
           "What has this hard period taught you about what to keep and what to let go?",
           "Wat heeft deze zware periode je geleerd over wat je wilt houden en wat je loslaat?"),
    Prompt("deep.connect.1", "verdiepen", "connect", "PTGI",
           "Which working relationship grew stronger under pressure, and what made it so?",
           "Welke werkrelatie werd sterker onder druk, en waardoor?"),
    Prompt("deep.connect.2", "verdiepen", "connect", "article",
           "What might someone on your team be carrying at home that work has not made room for?",
           "Wat draagt iemand in je team thuis mee waar het werk nog geen ruimte voor maakt?"),
    Prompt("deep.stamina.1", "verdiepen", "stamina", "W-W",
           "Whom did you shield where a challenge was needed, or push where care was needed?",
           "Wie spaarde je waar uitdaging nodig was, of wie duwde je waar zorg nodig was?"),
    Prompt("deep.stamina.2", "verdiepen", "stamina", "PTGI",
           "What have you carried lately that you would have doubted a year ago?",
           "Wat heb je onlangs gedragen waaraan je een jaar geleden had getwijfeld?"),
    Prompt("deep.stamina.3", "verdiepen", "stamina", "article",
           "Which setback feels permanent right now? What would make it temporary and changeable?",
           "Welke tegenslag voelt nu blijvend? Wat zou hem tijdelijk en veranderbaar maken?"),
    Prompt("deep.values.alignment", "verdiepen", "values", "article, Zaki",
           "How well did your actions match this value? (1–5)",
           "Hoe goed pasten je daden bij deze waarde? (1–5)", "alignment"),
    Prompt("deep.stamina.balance", "verdiepen", "stamina", "article, W-W",
           "Lately, did you lean towards caring for your people or challenging them? "
           "(−2 all care … +2 all challenge)",
           "Neigde je de laatste tijd meer naar zorgen voor je mensen of naar uitdagen? "
           "(−2 alleen zorg … +2 alleen uitdaging)", "balance"),
    # -- versnellen: act (Now what?)
    Prompt("act.values.1", "versnellen", "values", "article",
           "What one visible thing will you do tomorrow that shows what you stand for?",
           "Welk zichtbaar ding doe je morgen dat laat zien waar je voor staat?"),
    Prompt("act.values.2", "versnellen", "values", "article",
           "Which decision this week will you explain by its why, not only its what?",
           "Bij welk besluit leg je deze week het waarom uit, niet alleen het wat?"),
    Prompt("act.connect.1", "versnellen", "connect", "article, W-W",
           "What question will you open your next meeting with, and which win will you share?",
           "Met welke vraag open je het volgende overleg, en welk succes deel je?"),
    Prompt("act.connect.2", "versnellen", "connect", "article, Zaki",
           "Whom could you introduce to each other because they face the same situation?",
           "Wie kun je aan elkaar voorstellen omdat ze hetzelfde doormaken?"),
    Prompt("act.connect.3", "versnellen", "connect", "article",
           "What will you ask your team about how you can come out of this period stronger?",
           "Wat ga je je team vragen over hoe jullie sterker uit deze periode kunnen komen?"),
    Prompt("act.stamina.1", "versnellen", "stamina", "W-W, GTD",
           "What is the smallest next step on your most important non-urgent matter, "
           "and when will you take it?",
           "Wat is de kleinste volgende stap in je belangrijkste niet-dringende zaak, "
           "en wanneer zet je die?"),
    Prompt("act.stamina.2", "versnellen", "stamina", "article, W-W",
           "What will you stop, shrink, cut into a sprint or hand over to make room to recover?",
           "Wat ga je stoppen, verkleinen, opknippen in een sprint of overdragen om ruimte "
           "voor herstel te maken?"),
)

BY_ID: dict[str, Prompt] = {prompt.id: prompt for prompt in PROMPTS}
ALIGNMENT = BY_ID["deep.values.alignment"]
BALANCE = BY_ID["deep.stamina.balance"]


def text_of(prompt_id: str, lang: str) -> str:
    """The prompt's wording in ``lang`` (``en`` or ``nl``)."""
    prompt = BY_ID[prompt_id]
    return prompt.nl if lang == "nl" else prompt.en


def open_questions(phase: str, pillar: str) -> list[Prompt]:
    """The open (text) prompts of one phase and pillar, in catalogue order."""
    return [p for p in PROMPTS if p.phase == phase and p.pillar == pillar and p.kind == "text"]
