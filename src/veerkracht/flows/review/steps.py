"""The weekly urgent-vs-important review as plain functions over a Conversation.

The steps are those of docs/design.md ("The weekly review"). Each answer is stored the moment it is
given, in its own small transaction, and ``reviews.steps_done`` records the finished steps,
so an interrupted review continues where it stopped. The short form is steps 1, 2–3 and 8.
Every question can be skipped with an empty answer, as in the cycle; nothing is demanded.

Every save goes through :meth:`Flow.save`, which checks in the same transaction that no other
process completed the review since this run began on it as a draft (DraftGone otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from veerkracht.db.journal import Journal
from veerkracht.domain.dates import format_day, format_week
from veerkracht.domain.models import ReviewItemIn, validate
from veerkracht.domain.period import Period
from veerkracht.domain.rules import plain_digits, yes_no
from veerkracht.domain.vocabulary import quadrant, quadrant_name
from veerkracht.errors import InvalidValue
from veerkracht.flows.conversation import Conversation
from veerkracht.flows.review import answers
from veerkracht.flows.review.script import MAX_INTENTIONS, next_sunday
from veerkracht.i18n import N_, t, words
from veerkracht.render.matrix import energy_chart, item_line, matrix, split_text
from veerkracht.store import reviews as store
from veerkracht.store.ids import handles

FULL = ("look_back", "items", "stop", "values", "people", "energy", "intentions", "close")
SHORT = ("look_back", "items", "intentions")
R = TypeVar("R")


@dataclass
class Flow:
    """One run of the review: where it reads and writes, and whom it asks."""

    journal: Journal
    io: Conversation
    week: Period
    review: dict = field(default_factory=dict)
    draft: bool = True  # the review was unfinished when this run began on it

    def refresh(self) -> None:
        self.review = store.get(self.journal, self.week.label) or {}

    def save(self, change: Callable[..., R], *args: Any, **kwargs: Any) -> R:
        """``change(journal, *args, **kwargs)`` in one transaction with the check that the
        review is still as this run found it (not completed by another process meanwhile)."""
        with self.journal.write():
            store.check_unchanged(self.journal, self.review["id"], draft=self.draft)
            return change(self.journal, *args, **kwargs)


def run(journal: Journal, io: Conversation, week: Period, *, short: bool, lang: str) -> dict:
    """Walk the review of ``week``, skipping what an earlier run already finished."""
    existing = store.get(journal, week.label)
    flow = Flow(journal, io, week, store.ensure(journal, week.label, lang))
    flow.draft = flow.review["completed_at"] is None
    steps = SHORT if short else FULL
    title = N_("review.title_short") if short else N_("review.title")
    io.say(
        t(title, week=format_week(week.label), start=format_day(week.monday), end=format_day(week.sunday)),
        "bold",
    )
    pending = [step for step in steps if step not in flow.review["steps_done"]]
    if existing and not pending:
        io.say(t("review.was_complete", week=format_week(week.label)))
        pending = ["items"]
    elif existing:
        io.say(t("review.resuming", week=format_week(week.label)))
    for step in pending:
        io.say("")
        io.say(t(words.REVIEW_STEP[step]), "bold")
        STEPS[step](flow)
        flow.save(store.mark_step, flow.review["id"], step)
        flow.refresh()
    flow.save(store.complete, flow.review["id"])
    io.say("")
    io.show(_matrix(flow))
    io.say(t("review.finished", week=format_week(week.label)), "green")
    return flow.review


def _matrix(flow: Flow) -> Any:
    return matrix(flow.week.label, store.items(flow.journal, flow.review["id"]))


# -- 1 look back ---------------------------------------------------------------------------


def look_back(flow: Flow) -> None:
    """The week's energy, then last week's intentions marked done / partly / did not get to it."""
    week = flow.week
    flow.io.show(
        energy_chart(
            week.label, week.monday, store.week_energy(flow.journal, week.monday, week.sunday)
        )
    )
    last = store.get(flow.journal, week.shifted(-1).label)
    intentions = store.intentions(flow.journal, last["id"]) if last else []
    if not intentions:
        flow.io.say(t("review.intentions_none", week=format_week(week.shifted(-1).label)))
        return
    flow.io.say(t("review.intentions_last", week=format_week(week.shifted(-1).label)))
    settled = [action for action in intentions if action["outcome"] or action["status"] != "open"]
    if settled:
        flow.io.recap(t("review.intentions_settled"), [_settled(flow, action) for action in settled])
    for action in intentions:
        if action["outcome"] or action["status"] != "open":  # said in the recap above
            continue
        how = flow.io.ask(t("review.prompt_outcome", text=action["text"]), answers.outcome)
        if how is None:  # skipped: the intention stays without an outcome
            continue
        flow.save(store.set_outcome, action["id"], how)
        if how != "done":
            note = flow.io.ask(t("review.prompt_in_the_way"), answers.optional_text)
            if note:
                flow.save(store.set_outcome_note, action["id"], note)


def _settled(flow: Flow, action: dict) -> str:
    """The recap line of an intention that needs no question: its outcome, or the state it
    was closed in since (``actions done`` is taken as the outcome "done")."""
    if not action["outcome"] and action["status"] == "done":
        flow.save(store.set_outcome, action["id"], "done")
        action["outcome"] = "done"
    said = (
        t(words.OUTCOME_SAID[action["outcome"]])
        if action["outcome"]
        else t(words.ACTION_STATUS[action["status"]])
    )
    return t("review.intention_settled", text=action["text"], outcome=said)


# -- 2–3 items -----------------------------------------------------------------------------


def collect(flow: Flow) -> None:
    """Carry-over first, then new items, each sorted at once; then the hidden important."""
    carry_over(flow)
    items = store.items(flow.journal, flow.review["id"])
    flow.io.say(t("review.items_intro"))
    _list_items(flow, items)
    number = len(items) + 1
    while True:
        title = flow.io.ask(t("review.prompt_title", n=number), answers.optional_title)
        if not title:
            break
        sort_item(flow, title)
        number += 1
    hidden = flow.io.ask(t("review.prompt_hiding"), answers.optional_title)
    if hidden:
        _add(flow, title=hidden, urgent=False, important=True, decision="schedule")
        flow.io.say(t("review.hiding_added", title=hidden))


def carry_over(flow: Flow) -> None:
    """Offer last week's open items: carry over (a linked new item), done, or let go."""
    last = store.get(flow.journal, flow.week.shifted(-1).label)
    if last is None:
        return
    offered = store.to_carry(flow.journal, last["id"], flow.review["id"])
    if not offered:
        return
    flow.io.say(t("review.carry_title", week=format_week(last["iso_week"])))
    for item in offered:
        question = t(
            "review.prompt_carry",
            title=item["title"],
            quadrant=quadrant_name(item["decision"]),
        )
        choice = flow.io.ask(question, answers.carry)
        if choice == "carry":
            sort_item(flow, item["title"], was=item, carried_from=item["id"])
        else:
            flow.save(store.set_item_status, item["id"], "done" if choice == "done" else "dropped")


def sort_item(
    flow: Flow, title: str, *, was: dict | None = None, carried_from: str | None = None
) -> str:
    """Ask urgent? important?, show the quadrant, take a decision; store the item."""
    urgent = _ask_flag(flow, "urgent", was, title)
    important = _ask_flag(flow, "important", was, title)
    code = quadrant(urgent, important)
    flow.io.say(
        t(
            "review.quadrant_is",
            quadrant=quadrant_name(code),
            explain=t(words.QUADRANT_EXPLAIN[code]),
        ),
        "cyan",
    )
    question = t("review.prompt_decision", default=quadrant_name(code))
    decision = flow.io.ask(question, answers.decision) or code
    to = _ask_delegate(flow) if decision == "delegate" else None
    return _add(
        flow,
        title=title,
        urgent=urgent,
        important=important,
        decision=decision,
        delegate_to=to,
        carried_from=carried_from,
    )


def _ask_flag(flow: Flow, name: str, was: dict | None, title: str) -> bool:
    if was is None:  # a new item: its title was typed just before
        return flow.io.ask(t(words.REVIEW_QUESTION[name]), yes_no)
    default = bool(was[name])  # a carried-over item is named, with last week's answer
    question = t(
        words.REVIEW_QUESTION_DEFAULT[name],
        title=title,
        default=t("core.yes") if default else t("core.no"),
    )
    return flow.io.ask(question, lambda text: yes_no(text, default))


def _ask_delegate(flow: Flow) -> str | None:
    """To whom, with the latest delegates and contacts offered: a number picks one."""
    people = store.recent_people(flow.journal, flow.week.label, flow.week.sunday)
    hint = None
    if people:
        shown = ", ".join(f"{number} {name}" for number, name in enumerate(people, 1))
        hint = t("review.delegate_earlier", people=shown)
    return flow.io.ask(
        t("review.prompt_delegate_to"), partial(answers.delegate_to, people=people), hint=hint
    )


def _add(flow: Flow, *, carried_from: str | None = None, **values: Any) -> str:
    item = validate(ReviewItemIn, **values)
    return flow.save(store.add_item, flow.review["id"], item, carried_from=carried_from)


def _list_items(flow: Flow, items: list[dict]) -> None:
    if items:
        flow.io.say(t("review.items_so_far"))
        for number, item in enumerate(items, 1):
            flow.io.show(item_line(item, number))


# -- 4 stop list ---------------------------------------------------------------------------


def stop_list(flow: Flow) -> None:
    """Things to stop, pause, shrink or cut into sprints (at least one is asked for, none is fine)."""
    items = store.items(flow.journal, flow.review["id"])
    flow.io.say(t("review.stop_intro"))
    _list_items(flow, items)
    named = any(item["stop_kind"] for item in items)
    while True:
        key = N_("review.prompt_stop_more") if named else N_("review.prompt_stop_first")
        target = flow.io.ask(t(key), partial(_stop_target, items=items))
        if target is None:
            return
        item_id = items[target - 1]["id"] if isinstance(target, int) else sort_item(flow, target)
        kind = flow.io.ask(t("review.prompt_stop_kind"), answers.optional_stop_kind)
        if kind is not None:  # skipped: the item stays, off the stop list
            flow.save(store.set_stop, item_id, kind)
            named = True
        items = store.items(flow.journal, flow.review["id"])


def _stop_target(text: str, items: list[dict]) -> int | str | None:
    value = text.strip()
    if answers.skipped(value):
        return None
    if value.isdigit():  # an item number; digits of another script are refused, like everywhere
        if not plain_digits(value) or not 1 <= int(value) <= len(items):
            raise InvalidValue(t("review.bad_item_number", value=value))
        return int(value)
    return answers.optional_title(value)


# -- 5–7 values, people, energy -------------------------------------------------------------


def values(flow: Flow) -> None:
    """Values in practice 1–5 with an example for each active core value; Enter skips one."""
    pending = store.values_to_check(flow.journal, flow.review["id"])
    if not pending:
        flow.io.say(t("review.values_none"), "dim")
        return
    for value in pending:
        score = flow.io.ask(
            t("review.prompt_alignment", value=value["name"]),
            lambda text: answers.score_on_scale(text, 1, 5, N_("review.bad_alignment")),
        )
        if score is None:
            continue
        check_id = flow.save(store.add_value_check, flow.review["id"], value["id"], score)
        note = flow.io.ask(t("review.prompt_example"), answers.optional_text)
        if note:
            flow.save(store.set_value_check_note, check_id, note)


def people(flow: Flow) -> None:
    """The week's check-ins, then care ↔ challenge (−2 … +2)."""
    week = flow.week
    flow.io.say(
        t("review.checkins", **store.week_connections(flow.journal, week.monday, week.sunday))
    )
    if flow.review["care_challenge"] is None:
        balance = flow.io.ask(
            t("review.prompt_care"),
            lambda text: answers.score_on_scale(text, -2, 2, N_("review.bad_care")),
        )
        if balance is None:
            return
        flow.save(store.set_field, flow.review["id"], "care_challenge", balance)


def energy(flow: Flow) -> None:
    """The week's time over the quadrants, what gave and drained energy, a recovery habit."""
    review_id = flow.review["id"]
    if flow.review["share_do"] is None:
        split = flow.io.ask(t("review.prompt_split"), answers.optional_time_split)
        if split is not None:
            flow.save(store.set_time_split, review_id, split)
            flow.refresh()
            flow.io.say(t("review.split_is", split=split_text(flow.review)), "cyan")
    _ask_field(flow, "reflection", N_("review.prompt_gave"))
    _ask_field(flow, "recovery_habit", N_("review.prompt_habit"))


def _ask_field(flow: Flow, name: str, question: str, parse: Callable | None = None) -> None:
    if flow.review[name] is None:
        answer = flow.io.ask(t(question), parse or answers.optional_text)
        if answer:
            flow.save(store.set_field, flow.review["id"], name, answer)


# -- 8 intentions, 9–10 close ---------------------------------------------------------------


def intentions(flow: Flow) -> None:
    """Up to three intentions, stored as actions due the next week's Sunday (or not)."""
    have = len(store.intentions(flow.journal, flow.review["id"]))
    flow.io.say(t("review.intentions_intro"))
    due_day = next_sunday(flow.week)
    while have < MAX_INTENTIONS:
        text = flow.io.ask(t("review.prompt_intention", n=have + 1), answers.optional_title)
        if not text:
            return
        with_due = flow.io.ask(
            t("review.prompt_due", day=format_day(due_day)), lambda a: yes_no(a, True)
        )
        due = due_day if with_due else None
        action_id = flow.save(store.add_intention, flow.review["id"], text, due)
        handle = handles(flow.journal, "actions", [action_id])[action_id]
        shown_due = t("review.intention_due", day=format_day(due)) if due else ""
        flow.io.say(t("review.intention_saved", handle=handle, due=shown_due), "green")
        have += 1
    flow.io.say(t("review.intentions_full"))


def close(flow: Flow) -> None:
    """One win to share, the week in one line, and a question for the coach."""
    _ask_field(flow, "win", N_("review.prompt_win"))
    _ask_field(flow, "headline", N_("review.prompt_headline"))
    _ask_field(flow, "coach_question", N_("review.prompt_coach"))


STEPS: dict[str, Callable[[Flow], None]] = {
    "look_back": look_back,
    "items": collect,
    "stop": stop_list,
    "values": values,
    "people": people,
    "energy": energy,
    "intentions": intentions,
    "close": close,
}

