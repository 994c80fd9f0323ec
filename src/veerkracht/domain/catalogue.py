"""Every prompt of the guided cycle (docs/design.md), in one place, as data.

Each prompt keeps its id, phase, pillar and ``basis`` (what it rests on), so the source of
every question stays visible; ../shared/PROMPTS.md (version 2) is the list it follows. The
words are not here: they live in the gettext catalogues under the prompt's id (``msgid
"slow.values.1"``, with the basis as a comment for translators), so a prompt is worded like
every other message and a new language needs only its ``.po``. Answers in the journal name
their prompt by id, so an id never changes once shipped.

``kind`` is ``text`` for an open question in the rotation, ``alignment`` for the 1–5 check
asked once per active core value, ``balance`` for the care ↔ challenge check, ``goal`` for the
optional opening question and ``options`` for the options step before the commitments (GROW).
Bases: article = the source document; Zaki (HBR 2020); W-W = Wedell-Wedellsborg (HBR 2020);
PTGI = Tedeschi & Calhoun's growth domains, as themes only; Schwartz = Schwartz & McCarthy
(HBR 2007); GTD = Allen's weekly review; GROW = goal, reality, options, will (coaching).

The pillars stay the article's three (core values, social connection, mental stamina; the
journal's CHECK constraints hold them). The growth and reframing prompts of version 2 keep the
theme in their id and are filed under the pillar they serve: PTGI's *new possibilities* sits
with *personal strength* (``deep.stamina.2``) under mental stamina, *appreciation of life*
with what you keep and let go (``deep.values.2``) under core values, and reframing a problem
with seeing a setback as temporary and changeable (``deep.stamina.3``) under mental stamina.
The opening goal is filed under core values (what matters to you this time) and the options
under mental stamina (the next step), in the phase they open or close.
"""

from __future__ import annotations

from typing import NamedTuple

from veerkracht.i18n import t


class Prompt(NamedTuple):
    id: str
    phase: str
    pillar: str
    basis: str
    kind: str = "text"


GOAL = Prompt("open.goal.1", "vertragen", "values", "GROW (goal)", "goal")
ALIGNMENT = Prompt("deep.values.alignment", "verdiepen", "values", "article, Zaki", "alignment")
BALANCE = Prompt("deep.stamina.balance", "verdiepen", "stamina", "article, W-W", "balance")
OPTIONS = Prompt("act.options.1", "versnellen", "stamina", "GROW (options)", "options")

PROMPTS: tuple[Prompt, ...] = (
    GOAL,
    # -- vertragen: What happened?
    Prompt("slow.values.1", "vertragen", "values", "article"),
    Prompt("slow.values.2", "vertragen", "values", "article, Zaki"),
    Prompt("slow.values.3", "vertragen", "values", "article (cynisme)"),
    Prompt("slow.connect.1", "vertragen", "connect", "article"),
    Prompt("slow.connect.2", "vertragen", "connect", "article"),
    Prompt("slow.connect.3", "vertragen", "connect", "article"),
    Prompt("slow.stamina.1", "vertragen", "stamina", "Schwartz"),
    Prompt("slow.stamina.2", "vertragen", "stamina", "W-W"),
    Prompt("slow.stamina.3", "vertragen", "stamina", "article (stilte en rust)"),
    # -- verdiepen: What does it mean?
    Prompt("deep.values.1", "verdiepen", "values", "Zaki"),
    Prompt("deep.values.2", "verdiepen", "values", "PTGI"),
    Prompt("deep.growth.2", "verdiepen", "values", "PTGI (appreciation of life)"),
    Prompt("deep.connect.1", "verdiepen", "connect", "PTGI"),
    Prompt("deep.connect.2", "verdiepen", "connect", "article"),
    Prompt("deep.connect.3", "verdiepen", "connect", "article"),
    Prompt("deep.stamina.1", "verdiepen", "stamina", "W-W"),
    Prompt("deep.stamina.2", "verdiepen", "stamina", "PTGI"),
    Prompt("deep.stamina.3", "verdiepen", "stamina", "article"),
    Prompt("deep.stamina.4", "verdiepen", "stamina", "article, W-W"),
    Prompt("deep.growth.1", "verdiepen", "stamina", "PTGI (new possibilities)"),
    Prompt("deep.reframe.1", "verdiepen", "stamina", "reframing"),
    ALIGNMENT,
    BALANCE,
    # -- versnellen: What will you do?
    Prompt("act.values.1", "versnellen", "values", "article"),
    Prompt("act.values.2", "versnellen", "values", "article"),
    Prompt("act.connect.1", "versnellen", "connect", "article, W-W"),
    Prompt("act.connect.2", "versnellen", "connect", "article, Zaki"),
    Prompt("act.connect.3", "versnellen", "connect", "article"),
    Prompt("act.stamina.1", "versnellen", "stamina", "W-W, GTD"),
    Prompt("act.stamina.2", "versnellen", "stamina", "article, W-W"),
    Prompt("act.stamina.3", "versnellen", "stamina", "article"),
    OPTIONS,
)

BY_ID: dict[str, Prompt] = {prompt.id: prompt for prompt in PROMPTS}


def text_of(prompt_id: str, lang: str) -> str:
    """The prompt's wording in ``lang``, from the message catalogue (its id is the message id)."""
    prompt = BY_ID[prompt_id]
    return t(prompt.id, lang=lang)


def open_questions(phase: str, pillar: str) -> list[Prompt]:
    """The open (text) prompts of one phase and pillar, in catalogue order."""
    return [p for p in PROMPTS if p.phase == phase and p.pillar == pillar and p.kind == "text"]
