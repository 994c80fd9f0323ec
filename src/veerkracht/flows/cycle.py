"""The guided cycle as plain functions over a :class:`~veerkracht.flows.conversation.Conversation`.

An optional opening question (what would you like this cycle to give you?), then vertragen
(What happened?) → verdiepen (What does it mean?) → versnellen (What will you do?), over the
three pillars; versnellen opens with the options you see before the commitments (GROW).
The functions here decide what to ask and keep every answer the moment it is given; how a
question reaches the user is the conversation's business (a terminal in the CLI, a list of
answers in tests). Every save goes through ``veerkracht.store.cycles``, which raises
DraftGone when another process discarded or completed the cycle in the meantime.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from veerkracht.clock import day_of
from veerkracht.db.journal import Journal
from veerkracht.domain import catalogue
from veerkracht.domain.dates import format_day
from veerkracht.domain.due import parse_due
from veerkracht.domain.models import ActionIn, AnswerIn, CareChallengeIn, ValueCheckIn, ValueIn, validate
from veerkracht.domain.rules import yes_no
from veerkracht.domain.vocabulary import PHASES, PILLARS
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.flows.conversation import Conversation
from veerkracht.flows.review.answers import score_on_scale
from veerkracht.i18n import N_, t, tn, words
from veerkracht.render.cycle import balance_label, phase_lines
from veerkracht.store import connections, cycles, values

MAX_COMMITMENTS = 3
QUIET_DAYS = 14
_RESUME = ("r", "resume", "h", "hervat", "hervatten", "")
_DISCARD = ("d", "discard", "w", "weggooien", "gooi weg")


@dataclass
class Given:
    """Answers given as options: the care ↔ challenge balance, value name → alignment."""

    balance: int | None = None
    alignment: dict[str, int] = field(default_factory=dict)


def read_given(balance: str | None, align: list[str]) -> Given:
    """``--balance`` and ``--align NAME=SCORE`` read before anything is asked or opened."""
    given = Given(None if balance is None else validate(CareChallengeIn, balance=balance).balance)
    for item in align:
        name, sep, score = item.rpartition("=")
        if not sep or not name.strip():
            raise InvalidValue(t("cycle.align_form", item=item))
        given.alignment[name.strip().lower()] = validate(ValueCheckIn, alignment=score).alignment
    return given


def check_given(journal: Journal, given: Given) -> None:
    """Every value named in ``--align`` must be an active core value."""
    active = {row["name"].lower() for row in values.active(journal)}
    for name in given.alignment:
        if name not in active:
            raise InvalidValue(t("cycle.align_unknown", name=name))


# -- planning -------------------------------------------------------------------------------


def choose_prompts(turn: int, last_asked: dict[str, int]) -> list[str]:
    """The open prompts of cycle number ``turn`` (0-based), two per phase.

    Phase p of cycle n takes pillars (n + p) and (n + p + 1) mod 3, so every cycle touches all
    three pillars and over three cycles every pillar comes round in every phase. Within a
    phase and pillar, the prompt asked least recently (never asked first) is chosen.
    """
    chosen = []
    for offset, phase in enumerate(PHASES):
        for k in range(2):
            pillar = PILLARS[(turn + offset + k) % len(PILLARS)]
            candidates = catalogue.open_questions(phase, pillar)
            chosen.append(min(candidates, key=lambda p: last_asked.get(p.id, -1)).id)
    return chosen


def plan(chosen: list[str]) -> list[str]:
    """The questions of a cycle in the order asked: the opening goal, the rotation's prompts,
    and the options step at the start of versnellen, before its prompts and the commitments."""
    acting = [pid for pid in chosen if catalogue.BY_ID[pid].phase == "versnellen"]
    before = [pid for pid in chosen if pid not in acting]
    return [catalogue.GOAL.id, *before, catalogue.OPTIONS.id, *acting]


def begin(journal: Journal, lang: str) -> str:
    """Start a draft cycle with its plan; return its ID."""
    prompts = plan(choose_prompts(cycles.count(journal), cycles.last_asked(journal)))
    active = [row["id"] for row in values.active(journal)]
    return cycles.start(journal, lang=lang, prompts=prompts, values=active)


def pick(journal: Journal, io: Conversation, resume: bool) -> str:
    """The cycle to walk through: the draft (resumed or discarded first) or a new one."""
    draft = cycles.draft(journal)
    if resume and draft is None:
        raise VeerkrachtError(t("cycle.nothing_to_resume"))
    if draft is not None:
        day = format_day(day_of(draft["started_at"]))
        if not resume:
            io.say(tn("cycle.draft_exists", draft["answers"], day=day))
            resume = io.ask(t("cycle.resume_or_discard"), _resume_choice)
        if resume:
            io.say(tn("cycle.resuming", draft["answers"], day=day))
            return draft["id"]
        cycles.discard(journal, draft["id"])
        io.say(t("cycle.discarded"))
    io.say(t("cycle.welcome"))
    return begin(journal, io.lang)


def _resume_choice(answer: str) -> bool:
    text = answer.strip().lower()
    if text in _RESUME:
        return True
    if text in _DISCARD:
        return False
    raise InvalidValue(t("cycle.resume_or_discard_rule", answer=answer))


# -- the conversation -----------------------------------------------------------------------


def run(journal: Journal, io: Conversation, cycle_id: str, *, today: date,
        given: Given | None = None) -> None:
    """Walk the three phases from wherever the cycle stands, then mark it complete.

    The opening goal comes first, before the first phase (a cycle begun before it existed has
    none in its plan and is not asked it).
    """
    given = given or Given()
    goal = catalogue.GOAL.id
    state = cycles.progress(journal, cycle_id)
    if goal in state.prompts and not _answered(state, goal):
        _ask_open(journal, io, cycle_id, goal, today)
    for number, phase in enumerate(PHASES, 1):
        state = cycles.progress(journal, cycle_id)
        if phase != "versnellen" and not _open_steps(state, phase):
            continue
        title = t("cycle.heading", number=number, title=t(words.PHASE[phase]))
        io.heading(title, t(words.PHASE_EXPLAIN[phase]))
        for prompt_id in _planned(state, phase):
            if not _answered(state, prompt_id):
                _ask_open(journal, io, cycle_id, prompt_id, today)
        if phase == "verdiepen":
            _check_values(journal, io, cycle_id, given)
            _check_balance(journal, io, cycle_id, given)
        if phase == "versnellen":
            _commit(journal, io, cycle_id, today)
        else:  # the summary at the end recaps the last phase
            recap(io, cycles.progress(journal, cycle_id), phase)
    cycles.complete(journal, cycle_id)


def _planned(state: cycles.Progress, phase: str) -> list[str]:
    return [pid for pid in state.prompts
            if catalogue.BY_ID[pid].phase == phase and pid != catalogue.GOAL.id]


def _answered(state: cycles.Progress, key: str) -> bool:
    return key in state.answers or key in state.skipped


def _open_steps(state: cycles.Progress, phase: str) -> bool:
    if any(not _answered(state, pid) for pid in _planned(state, phase)):
        return True
    if phase != "verdiepen":
        return False
    if not state.values and "value:new" not in state.skipped:
        return True
    if any(vid not in state.checks and f"value:{vid}" not in state.skipped for vid in state.values):
        return True
    return not _answered(state, catalogue.BALANCE.id)


def _ask_open(journal: Journal, io: Conversation, cycle_id: str, prompt_id: str, today: date) -> None:
    prompt = catalogue.BY_ID[prompt_id]
    hint = _quiet_hint(journal, today) if prompt.pillar == "connect" and prompt.kind == "text" else None
    question = catalogue.text_of(prompt_id, io.lang)
    if prompt.kind == "text":  # the opening goal and the options belong to no one pillar
        question = f"{t(words.CYCLE_PILLAR[prompt.pillar])} · {question}"
    answer = io.ask(question, lambda a: validate(AnswerIn, phase=prompt.phase, pillar=prompt.pillar,
                                                  prompt_id=prompt_id, text=a.strip()), hint=hint)
    if answer.text is None:
        cycles.skip(journal, cycle_id, prompt_id)
    else:
        cycles.save_answer(journal, cycle_id, answer)


def _quiet_hint(journal: Journal, today: date) -> str | None:
    people = connections.quiet(journal, today, days=QUIET_DAYS)
    if not people:
        return None
    names = ", ".join(
        tn("cycle.quiet_person", (today - date.fromisoformat(row["last"])).days, who=row["who"])
        for row in people
    )
    return t("cycle.quiet_hint", people=names)


def _check_values(journal: Journal, io: Conversation, cycle_id: str, given: Given) -> None:
    state = cycles.progress(journal, cycle_id)
    if not state.values and "value:new" not in state.skipped:
        if not _name_a_value(journal, io, cycle_id):
            return
        state = cycles.progress(journal, cycle_id)
    names = {row["id"]: row["name"] for row in values.listing(journal, include_retired=True)}
    for value_id in state.values:
        if value_id in state.checks or f"value:{value_id}" in state.skipped or value_id not in names:
            continue
        _check_one(journal, io, cycle_id, value_id, names[value_id], given)


def _name_a_value(journal: Journal, io: Conversation, cycle_id: str) -> bool:
    io.say("")
    io.say(t("cycle.no_values"))
    name = io.ask(t("cycle.name_value"), lambda a: a.strip() and validate(ValueIn, name=a).name)
    if not name:
        cycles.skip(journal, cycle_id, "value:new")
        return False
    cycles.add_value(journal, cycle_id, validate(ValueIn, name=name))
    return True


def _check_one(journal: Journal, io: Conversation, cycle_id: str, value_id: str, name: str,
               given: Given) -> None:
    question = t("cycle.value_question", value=name, question=catalogue.text_of(
        catalogue.ALIGNMENT.id, io.lang))
    preset = given.alignment.get(name.lower())
    score: int | None
    if preset is not None:
        io.say(t("cycle.from_option", question=question, answer=preset))
        score = preset
    else:
        score = io.ask(question, lambda a: score_on_scale(a, 1, 5, N_("cycle.bad_alignment")),
                       hint=t("cycle.alignment_scale"))
    if score is None:
        cycles.skip(journal, cycle_id, f"value:{value_id}")
    else:
        cycles.save_check(journal, cycle_id, value_id, validate(ValueCheckIn, alignment=score))


def _check_balance(journal: Journal, io: Conversation, cycle_id: str, given: Given) -> None:
    state = cycles.progress(journal, cycle_id)
    prompt = catalogue.BALANCE
    if _answered(state, prompt.id):
        return
    question = f"{t(words.CYCLE_PILLAR[prompt.pillar])} · {catalogue.text_of(prompt.id, io.lang)}"
    score: int | None
    if given.balance is not None:
        io.say(t("cycle.from_option", question=question, answer=balance_label(given.balance)))
        score = given.balance
    else:
        score = io.ask(question, lambda a: score_on_scale(a, -2, 2, N_("cycle.bad_balance")),
                       hint=t("cycle.balance_hint"))
    if score is None:
        cycles.skip(journal, cycle_id, prompt.id)
        return
    cycles.save_answer(journal, cycle_id, validate(
        AnswerIn, phase=prompt.phase, pillar=prompt.pillar, prompt_id=prompt.id, score=score))


def _commit(journal: Journal, io: Conversation, cycle_id: str, today: date) -> None:
    """The actions: first each versnellen answer offered as one (Enter takes it), then typed ones."""
    state = cycles.progress(journal, cycle_id)
    made = state.commitments
    io.say("")
    io.say(t("cycle.commit_intro"), style="bold")
    for row in made:
        io.say(t("cycle.commit_kept", text=row["text"]))
    for prompt_id, text in _offers(state):
        if len(made) >= MAX_COMMITMENTS:
            return
        if io.ask(t("cycle.commit_offer", text=text), lambda a: yes_no(a, True)):
            _add_commitment(journal, io, cycle_id, text, made, today)
        else:  # declined: not offered again when the cycle is resumed
            cycles.skip(journal, cycle_id, f"offer:{prompt_id}")
    while len(made) < MAX_COMMITMENTS:
        text = io.ask(t("cycle.commit_prompt", n=len(made) + 1, max=MAX_COMMITMENTS),
                      lambda a: a.strip() and validate(ActionIn, text=a.strip()).text)
        if not text:
            return
        _add_commitment(journal, io, cycle_id, text, made, today)


def _offers(state: cycles.Progress) -> list[tuple[str, str]]:
    """The answers to versnellen's "what will you do?" prompts that could be an action as they
    stand, and are not one yet nor were declined: (prompt id, text)."""
    taken = {row["text"] for row in state.commitments}
    offers = []
    for prompt_id in _planned(state, "versnellen"):
        text = (state.answers.get(prompt_id) or {}).get("text")
        if (prompt_id == catalogue.OPTIONS.id or not text or text in taken
                or f"offer:{prompt_id}" in state.skipped):
            continue
        try:
            offers.append((prompt_id, validate(ActionIn, text=text).text))
        except InvalidValue:  # longer than an action may be: typed again, in short, if wanted
            continue
        taken.add(text)
    return offers


def _add_commitment(journal: Journal, io: Conversation, cycle_id: str, text: str,
                    made: list[dict], today: date) -> None:
    action_id = cycles.add_commitment(journal, cycle_id, validate(
        ActionIn, text=text, origin="cycle", origin_id=cycle_id))
    made.append({"id": action_id, "text": text})
    due = io.ask(t("cycle.commit_due"), lambda a: parse_due(a, today) if a.strip() else None)
    if due is not None:
        cycles.set_commitment_due(journal, cycle_id, action_id, due)
        io.say(t("cycle.due_set", day=format_day(due)), style="dim")


# -- recaps ---------------------------------------------------------------------------------


def recap(io: Conversation, state: cycles.Progress, phase: str) -> None:
    """The short recap between phases: what was said, one line each."""
    lines = phase_lines(state, phase)
    io.recap(t("cycle.recap_title", phase=t(words.PHASE_NAME[phase])), lines or [t("cycle.recap_none")])
