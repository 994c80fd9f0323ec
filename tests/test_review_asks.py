"""The weekly review and the cycle ask the right things (issue 16): an intention already
closed is not asked about again, a carried-over item is named in its questions, "delegate to
whom?" offers the people of late, the stop list can be skipped, and the cycle offers its
versnellen answers as actions instead of having them typed again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import Scripted, rows
from veerkracht import i18n
from veerkracht.db.journal import Journal
from veerkracht.domain.period import Period
from veerkracht.errors import InvalidValue
from veerkracht.flows.review import answers
from veerkracht.flows.review import steps as review
from veerkracht.store import reviews

WEEK = Period.iso_week(2026, 48)  # the week of the fixed today, Fri 27 Nov 2026


class Recorded(Scripted):
    """A scripted conversation that also keeps the lines of a recap and each question's hint."""

    def __init__(self, answers: list[str]) -> None:
        super().__init__(answers)
        self.recaps: list[tuple[str, list[str]]] = []
        self.hints: list[str | None] = []

    def recap(self, title: str, lines: list[str]) -> None:
        self.recaps.append((title, lines))

    def ask(self, question, parse=None, *, hint=None):  # type: ignore[no-untyped-def]
        self.hints.append(hint)
        return super().ask(question, parse, hint=hint)


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    opened = Journal.open(journal_path, write=True)
    yield opened
    opened.close()


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_explicit(request.param)
    yield request.param
    i18n.set_explicit(None)


def _flow(journal: Journal, io: Scripted, week: Period = WEEK) -> review.Flow:
    return review.Flow(journal, io, week, reviews.ensure(journal, week.label, "en"))


def _intentions_last_week(cli) -> dict[str, str]:
    """Three intentions of last week's review: one done and one dropped since, one open."""
    assert cli("review", "-i", "Walk daily", "-i", "Write memo", "-i", "Plan Q1",
               "--week", "last").exit_code == 0
    ids = {a["text"]: a["id"] for a in json.loads(cli("actions", "--json").stdout)}
    assert cli("actions", "done", ids["Walk daily"]).exit_code == 0
    assert cli("actions", "drop", ids["Write memo"]).exit_code == 0
    return ids


# -- 1 look back: only the open intentions are asked --------------------------------------------

SETTLED = {
    "en": ("Already marked, so not asked again:", "Walk daily — done", "Write memo — dropped"),
    "nl": ("Al aangegeven, dus niet opnieuw gevraagd:", "Walk daily — gedaan",
           "Write memo — geschrapt"),
}


def test_an_intention_closed_since_is_taken_and_said_not_asked(cli, journal, lang) -> None:
    ids = _intentions_last_week(cli)
    i18n.set_explicit(lang)  # a run of the CLI sets the language of its own
    io = Recorded(["partly", "Too much"])
    review.look_back(_flow(journal, io))
    title, *lines = SETTLED[lang]
    assert io.recaps == [(title, lines)]
    assert len(io.asked) == 2 and "Plan Q1" in io.asked[0]  # only the open one, and its note
    assert not any("Walk daily" in q or "Write memo" in q for q in io.asked)
    outcomes = {r["id"]: (r["outcome"], r["status"]) for r in rows(
        journal.path, "SELECT id, outcome, status FROM actions")}
    assert outcomes[ids["Walk daily"]] == ("done", "done")  # its state is taken as the outcome
    assert outcomes[ids["Write memo"]] == (None, "dropped")  # dropped is no outcome: kept as is
    assert outcomes[ids["Plan Q1"]] == ("partly", "open")


def test_an_outcome_given_earlier_is_in_the_recap_too(cli, journal) -> None:
    ids = _intentions_last_week(cli)
    reviews.set_outcome(journal, ids["Plan Q1"], "not")
    io = Recorded([])
    review.look_back(_flow(journal, io))
    assert io.asked == []  # nothing left to ask
    assert io.recaps[0][1] == ["Walk daily — done", "Write memo — dropped",
                               "Plan Q1 — did not get to it"]


def test_the_whole_review_skips_closed_intentions_in_each_language(cli, lang) -> None:
    _intentions_last_week(cli)
    result = cli("--lang", lang, "review", "--short", input="\n" * 8, interactive=True)
    assert result.exit_code == 0, result.stderr
    for words in SETTLED[lang]:
        assert words in result.stderr
    assert "'Plan Q1':" in result.stderr
    assert "'Walk daily':" not in result.stderr and "'Write memo':" not in result.stderr


# -- 2 a carried-over item is named in its questions --------------------------------------------

NAMED = {
    "en": ("Is 'Budget follow-ups' urgent? [y/n] (Enter: no)",
           "Is 'Budget follow-ups' important? [y/n] (Enter: yes)",
           "Open items from the review of week 47 (2026):"),
    "nl": ("Is 'Budget follow-ups' dringend? [j/n] (Enter: nee)",
           "Is 'Budget follow-ups' belangrijk? [j/n] (Enter: ja)",
           "Open punten uit de weekreview van week 47 (2026):"),
}


def test_a_carried_over_item_is_named_in_its_questions(cli, lang) -> None:
    cli("review", "add", "Budget follow-ups", "--not-urgent", "--important", "--week", "last")
    # look back (nothing), carry over, urgent, important, decision (all Enter), then done
    result = cli("--lang", lang, "review", "--short", input="\n" * 8, interactive=True)
    assert result.exit_code == 0, result.stderr
    for words in NAMED[lang]:
        assert words in result.stderr, words
    assert "2026-W47" not in result.stderr  # weeks are said as words, ISO only in JSON
    (item,) = json.loads(cli("review", "show", "--json").stdout)["items"]
    assert (item["title"], item["quadrant"]) == ("Budget follow-ups", "schedule")


def test_a_new_item_is_asked_plainly(journal) -> None:
    io = Recorded(["y", "y", ""])
    review.sort_item(_flow(journal, io), "Budget memo")
    assert io.asked[:2] == ["Urgent? [y/n]", "Important? [y/n]"]  # its title was just typed


# -- 3 "delegate to whom?" offers the people of late ---------------------------------------------


def _people(journal: Journal) -> None:
    from veerkracht.domain.models import ConnectionIn, ReviewItemIn

    last = reviews.ensure(journal, "2026-W47", "en")
    reviews.add_item(journal, last["id"], ReviewItemIn(
        title="Vendor call", urgent=True, important=False, delegate_to="Sam"))
    from veerkracht.store import connections

    for who, day in (("noor", "2026-11-20"), ("Noor", "2026-11-25"), ("Kim", "2026-11-24"),
                     ("Later", "2026-12-05")):
        contact_id = connections.add(journal, ConnectionIn(who=who, day=date(2026, 11, 27)))
        with journal.write():  # a day after today cannot be logged; it is here to be left out
            journal.execute("UPDATE connections SET day = ? WHERE id = ?", (day, contact_id))


def test_recent_people_are_delegates_then_contacts_each_once(journal) -> None:
    _people(journal)
    assert reviews.recent_people(journal, WEEK.label, WEEK.sunday) == ["Sam", "Noor", "Kim"]
    assert reviews.recent_people(journal, WEEK.label, WEEK.sunday, limit=2) == ["Sam", "Noor"]
    assert reviews.recent_people(journal, "2026-W46", date(2026, 11, 15)) == []


EARLIER = {"en": "Earlier: 1 Sam, 2 Noor, 3 Kim — type a number or a name",
           "nl": "Eerder: 1 Sam, 2 Noor, 3 Kim — typ een nummer of een naam"}
NO_NUMBER = {"en": "There is no 4 among the names shown", "nl": "Er staat geen 4 bij de namen"}


def test_delegate_to_whom_shows_earlier_people_and_a_number_picks_one(journal, lang) -> None:
    _people(journal)
    io = Recorded(["y", "n", "", "4", "2"])  # urgent, not important: delegate (Enter)
    review.sort_item(_flow(journal, io), "Book the venue")
    assert io.hints[-1] == EARLIER[lang]
    assert any(NO_NUMBER[lang] in said for said in io.said)  # asked again, not stored
    (item,) = reviews.items(journal, reviews.get(journal, WEEK.label)["id"])
    assert item["delegate_to"] == "Noor"


@pytest.mark.parametrize(("typed", "kept"), [
    ("kim", "Kim"),  # an offered name in other capitals takes the offered spelling
    ("Alex", "Alex"),  # someone new
    ("", None),  # Enter skips, as before
    ("Sami", "Sami"),  # never a guess from a prefix
])
def test_delegate_answers(typed, kept) -> None:
    assert answers.delegate_to(typed, ["Sam", "Noor", "Kim"]) == kept


def test_delegate_without_earlier_people_asks_as_before(journal) -> None:
    io = Recorded(["y", "n", "", "2"])
    review.sort_item(_flow(journal, io), "Book the venue")
    assert io.hints[-1] is None and io.asked[-1] == "Delegate to whom? (Enter to skip)"
    (item,) = reviews.items(journal, reviews.get(journal, WEEK.label)["id"])
    assert item["delegate_to"] == "2"  # with nothing offered, a number is just a name
    with pytest.raises(InvalidValue):
        answers.delegate_to("٣", ["Sam"])  # digits of another script are refused


def test_delegate_hint_in_a_real_review(cli, journal_path) -> None:
    cli("review", "add", "Vendor call", "--urgent", "--not-important", "--to", "Sam",
        "--week", "last")
    cli("connect", "Noor", "--date", "2026-11-25")
    # look back, carry over (Enter), urgent, important, decision: Enter keeps delegate; "2"
    result = cli("--lang", "nl", "review", "--short", input="\n\n\n\n2\n\n\n\n",
                 interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "Eerder: 1 Sam, 2 Noor — typ een nummer of een naam" in result.stderr
    (item,) = json.loads(cli("review", "show", "--json").stdout)["items"]
    assert item["delegate_to"] == "Noor"


# -- 4 the stop list can be skipped --------------------------------------------------------------


@pytest.mark.parametrize("skip", ["", "skip", "overslaan", " Skip "])
def test_the_stop_list_is_skipped_with_enter_or_skip(journal, skip) -> None:
    io = Recorded([skip])
    review.stop_list(_flow(journal, io))
    assert len(io.asked) == 1
    assert reviews.items(journal, reviews.get(journal, WEEK.label)["id"]) == []  # no item "skip"


STOP_KIND = {"en": "Stop, pause, shrink or cut into sprints? (Enter to skip)",
             "nl": "Stoppen, pauzeren, verkleinen of opknippen? (Enter om over te slaan)"}


def test_the_stop_kind_can_be_skipped_and_the_item_stays_off_the_list(journal, lang) -> None:
    flow = _flow(journal, Recorded(["n", "n", ""]))
    review.sort_item(flow, "Weekly status report")
    io = Recorded(["1", "", "1", "pause" if lang == "en" else "pauzeren", ""])
    flow.io = io
    review.stop_list(flow)
    assert io.asked[1] == STOP_KIND[lang]
    (item,) = reviews.items(journal, flow.review["id"])
    assert item["stop_kind"] == "pause"  # skipped once, then named


def test_skipping_the_stop_kind_names_nothing(journal) -> None:
    flow = _flow(journal, Recorded(["n", "n", ""]))
    review.sort_item(flow, "Weekly status report")
    flow.io = Recorded(["1", "skip", ""])
    review.stop_list(flow)
    (item,) = reviews.items(journal, flow.review["id"])
    assert (item["stop"], item["stop_kind"]) == (0, None)


# -- 5 the cycle offers its versnellen answers as actions ----------------------------------------


def _cycle(journal: Journal, io: Scripted) -> str:
    from veerkracht.flows import cycle as flow

    cycle_id = flow.begin(journal, "en")
    flow.run(journal, io, cycle_id, today=date(2026, 11, 27))
    return cycle_id


# the goal, four prompts, no value named, the balance and the options skipped, two answers
BEFORE = ["", "a1", "a2", "a3", "a4", "", "", ""]
OFFER = {"en": "'Ask Sam for a walk' — make this an action? [Y/n]",
         "nl": "'Ask Sam for a walk' — wil je hier een actie van maken? [J/n]"}


def test_versnellen_answers_are_offered_as_actions(journal, lang) -> None:
    from veerkracht.store import cycles

    io = Recorded([*BEFORE, "Ask Sam for a walk", "Explain the why", "", "mon", "n",
                   "Book a quiet hour", "", ""])
    cycle_id = _cycle(journal, io)
    assert OFFER[lang] in io.asked
    state = cycles.progress(journal, cycle_id)
    assert [(c["text"], c["due"]) for c in state.commitments] == [
        ("Ask Sam for a walk", "2026-11-30"), ("Book a quiet hour", None)]
    assert not io.answers
    # the declined one is remembered, so a resumed cycle does not offer it again
    assert any(key.startswith("offer:") for key in state.skipped)


def test_a_resumed_cycle_offers_only_what_is_not_taken_or_declined(journal) -> None:
    from veerkracht.flows import cycle as flow
    from veerkracht.store import cycles

    cycle_id = flow.begin(journal, "en")
    io = Recorded([*BEFORE, "Ask Sam for a walk", "Explain the why", ""])  # the first taken
    with pytest.raises(AssertionError, match="went on asking"):  # stopped at "due when?"
        flow.run(journal, io, cycle_id, today=date(2026, 11, 27))
    again = Recorded(["y", "", ""])  # the second offer taken, no due date, no more typed
    flow.run(journal, again, cycle_id, today=date(2026, 11, 27))
    assert not any("Ask Sam" in q for q in again.asked)  # already an action: not offered again
    assert "'Explain the why' — make this an action? [Y/n]" in again.asked
    texts = [c["text"] for c in cycles.progress(journal, cycle_id).commitments]
    assert texts == ["Ask Sam for a walk", "Explain the why"]


def test_an_answer_too_long_for_an_action_is_not_offered(journal) -> None:
    from veerkracht.store import cycles

    long = "word " * 300  # 1,500 characters: an answer may be, an action may not
    io = Recorded([*BEFORE, long, "", ""])
    cycle_id = _cycle(journal, io)
    assert not any("make this an action" in q for q in io.asked)
    assert cycles.progress(journal, cycle_id).commitments == []


def test_the_options_answer_is_not_offered(journal) -> None:
    io = Recorded(["", "a1", "a2", "a3", "a4", "", "", "Walk, talk, rest", "", "", ""])
    _cycle(journal, io)
    assert not any("make this an action" in q for q in io.asked)


def test_offers_in_a_real_cycle_in_dutch(cli, journal_path) -> None:
    lines = [*BEFORE, "Sam vragen voor een wandeling", "", "j", "", ""]
    result = cli("--lang", "nl", "cycle", input="\n".join(lines) + "\n", interactive=True)
    assert result.exit_code == 0, result.stderr
    assert "'Sam vragen voor een wandeling' — wil je hier een actie van maken? [J/n]" in result.stderr
    assert "Actie 2 van hooguit 3" in result.stderr  # the typed ones follow, counted on
    assert [r["text"] for r in rows(journal_path, "SELECT text FROM actions")] == [
        "Sam vragen voor een wandeling"]
