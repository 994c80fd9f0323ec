"""Two processes, one draft: a cycle or weekly review that another process discards or completes
while this one is still asking tells the user so in one sentence (exit 1), writes nothing
into it and shows no traceback (issue 11, "Concurrent flows")."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pexpect
import pytest

from conftest import Scripted, rows
from veerkracht.db.journal import Journal
from veerkracht.domain.period import Period
from veerkracht.errors import DraftGone
from veerkracht.i18n import t


def flat(text: str) -> str:
    """Terminal output with its line wrapping undone."""
    return " ".join(text.split())


@pytest.fixture
def two_values(cli):
    cli("values", "add", "Honesty")
    cli("values", "add", "Care for people", "--scope", "organisation")


# -- two real processes --------------------------------------------------------------------------


def _spawn(*args: str) -> tuple[pexpect.spawn, io.StringIO]:
    """Process A: veerkracht in a pseudo-terminal; everything it prints is kept in the log."""
    env = {**os.environ, "VEERKRACHT_INTERACTIVE": "1", "COLUMNS": "80"}
    child = pexpect.spawn(sys.executable, ["-m", "veerkracht", *args], env=env,
                          encoding="utf-8", timeout=30, dimensions=(40, 80))
    log = io.StringIO()
    child.logfile_read = log
    return child, log


def _answer(child: pexpect.spawn, text: str) -> None:
    child.expect("› ")
    child.sendline(text)


def _ends(child: pexpect.spawn, log: io.StringIO, *, went_on: str) -> str:
    """Wait for A to end (not to ask on: ``went_on`` is its next question); return its output."""
    index = child.expect([pexpect.EOF, went_on])
    assert index == 0, "process A went on asking:\n" + log.getvalue()
    child.close()
    return log.getvalue()


@pytest.mark.guarantees
def test_a_cycle_discarded_by_another_process_ends_in_one_sentence(
    journal_path, run_process, two_values
) -> None:
    child, log = _spawn("cycle")
    child.expect("What would you like this cycle to give you?")
    _answer(child, "")  # the opening question, skipped
    child.expect("1/3 · Vertragen")
    _answer(child, "first answer")
    child.expect("› ")  # the first answer is kept; A waits at the second question
    ((cycle_id,),) = [tuple(r.values()) for r in rows(journal_path, "SELECT id FROM cycles")]

    # B: a new cycle finds the draft, discards it, then is stopped at its first question
    other = run_process("cycle", input="d\n", env={"VEERKRACHT_INTERACTIVE": "1"})
    assert "Discarded the unfinished cycle" in other.stderr, other.stderr

    child.sendline("second answer")
    output = _ends(child, log, went_on="› ")
    assert child.exitstatus == 1, output
    assert "Traceback" not in output
    assert t("cycle.gone_discarded", lang="en") in flat(output)
    for table, column in (("cycle_answers", "cycle_id"), ("value_checks", "cycle_id"),
                          ("actions", "origin_id"), ("cycles", "id")):
        assert rows(journal_path, f"SELECT * FROM {table} WHERE {column} = ?", (cycle_id,)) == []
    assert rows(journal_path, "SELECT * FROM cycle_answers") == []


@pytest.mark.guarantees
def test_a_cycle_completed_by_another_process_ends_in_one_sentence(
    journal_path, run_process, two_values
) -> None:
    child, log = _spawn("cycle")
    child.expect("What would you like this cycle to give you?")
    _answer(child, "")  # the opening question, skipped
    child.expect("1/3 · Vertragen")
    _answer(child, "first answer")
    child.expect("› ")

    # B resumes the same draft and completes it
    rest = ["b2", "b3", "b4", "4", "3", "0", "", "b5", "b6", "n", "n", "Call Sam", "tue", ""]
    other = run_process("cycle", "--resume", input="\n".join(rest) + "\n",
                        env={"VEERKRACHT_INTERACTIVE": "1"})
    assert other.returncode == 0, other.stderr
    assert "Cycle complete" in other.stderr

    child.sendline("second answer")
    output = _ends(child, log, went_on="› ")
    assert child.exitstatus == 1, output
    assert "Traceback" not in output
    assert t("cycle.gone_completed", lang="en") in flat(output)
    # the cycle is as B left it: A's late answer neither replaced B's nor was added
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "complete"}]
    texts = [r["text"] for r in rows(journal_path, "SELECT text FROM cycle_answers ORDER BY seq")]
    assert texts == ["first answer", "b2", "b3", "b4", None, "b5", "b6"]
    assert [r["text"] for r in rows(journal_path, "SELECT text FROM actions")] == ["Call Sam"]


@pytest.mark.guarantees
def test_a_review_completed_by_another_process_ends_in_one_sentence(
    journal_path, run_process
) -> None:
    child, log = _spawn("review")
    child.expect("Item 1")
    child.sendline("Budget memo")
    child.expect(r"Urgent\? \[y/n\]")
    child.sendline("y")
    child.expect(r"Important\? \[y/n\]")
    child.sendline("y")
    child.expect("Decision")  # the item is stored once the decision is given

    # B continues the same week's review in its short form and completes it
    other = run_process("review", "--short", input="\n\n\n", env={"VEERKRACHT_INTERACTIVE": "1"})
    assert other.returncode == 0, other.stderr
    assert "Weekly review of week 48 (2026) saved" in other.stderr

    child.sendline("")
    output = _ends(child, log, went_on="Item 2")
    assert child.exitstatus == 1, output
    assert "Traceback" not in output
    assert t("review.completed_elsewhere", lang="en", week="2026-W48") in flat(output)
    assert rows(journal_path, "SELECT * FROM review_items") == []
    (review,) = rows(journal_path, "SELECT steps_done, completed_at FROM reviews")
    assert review["steps_done"] == '["look_back","items","intentions"]' and review["completed_at"]


# -- the same in one process, at the steps a terminal test does not reach -----------------------




def _elsewhere(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Another process's change: its own connection, its own transaction."""
    other = Journal.open(path, write=True)
    try:
        change(other)
    finally:
        other.close()


def test_a_commitment_of_a_discarded_cycle_is_not_kept(journal_path) -> None:
    from veerkracht.flows import cycle as flow
    from veerkracht.store import cycles

    journal = Journal.open(journal_path, write=True)
    cycle_id = flow.begin(journal, "en")
    # the opening goal, 4 prompts, no value named, no balance, no options, 2 prompts (not taken
    # as actions), an action
    answers = ["", "a1", "a2", "a3", "a4", "", "", "", "a5", "a6", "n", "n", "Call Sam", "mon",
               "Another", ""]
    discard = lambda: _elsewhere(journal_path, lambda j: cycles.discard(j, cycle_id))  # noqa: E731
    io_ = Scripted(answers, before=("Due when", discard))
    try:
        with pytest.raises(DraftGone) as raised:
            flow.run(journal, io_, cycle_id, today=date(2026, 11, 27))
    finally:
        journal.close()
    assert raised.value.code == 1 and raised.value.render(t) == t("cycle.gone_discarded", lang="en")
    assert rows(journal_path, "SELECT * FROM actions") == []
    assert rows(journal_path, "SELECT * FROM cycles") == []


def test_a_value_named_in_a_completed_cycle_is_not_kept(journal_path) -> None:
    from veerkracht.flows import cycle as flow
    from veerkracht.store import cycles

    journal = Journal.open(journal_path, write=True)
    cycle_id = flow.begin(journal, "en")
    complete = lambda: _elsewhere(journal_path, lambda j: cycles.complete(j, cycle_id))  # noqa: E731
    io_ = Scripted(["", "a1", "a2", "a3", "a4", "Honesty", "4", "", "", ""], before=("A core value", complete))
    try:
        with pytest.raises(DraftGone) as raised:
            flow.run(journal, io_, cycle_id, today=date(2026, 11, 27))
    finally:
        journal.close()
    assert raised.value.render(t) == t("cycle.gone_completed", lang="en")
    assert rows(journal_path, 'SELECT * FROM "values"') == []
    (cycle,) = rows(journal_path, "SELECT status, plan FROM cycles")
    assert cycle["status"] == "complete" and json.loads(cycle["plan"])["values"] == []


def test_discarding_a_draft_another_process_completed_keeps_it_whole(journal_path) -> None:
    from veerkracht.domain.models import ActionIn
    from veerkracht.store import actions, cycles

    journal = Journal.open(journal_path, write=True)
    try:
        cycle_id = cycles.start(journal, lang="en", prompts=[], values=[])
        actions.add(journal, ActionIn(text="Call Sam", origin="cycle", origin_id=cycle_id))
        _elsewhere(journal_path, lambda j: cycles.complete(j, cycle_id))
        with pytest.raises(DraftGone):
            cycles.discard(journal, cycle_id)  # B had seen the draft before A completed it
    finally:
        journal.close()
    assert rows(journal_path, "SELECT status FROM cycles") == [{"status": "complete"}]
    assert [r["text"] for r in rows(journal_path, "SELECT text FROM actions")] == ["Call Sam"]


def test_an_intention_for_a_review_completed_elsewhere_is_not_kept(journal_path) -> None:
    from veerkracht.flows.review import steps as review
    from veerkracht.store import reviews

    def complete(other: Journal) -> None:
        reviews.complete(other, reviews.get(other, "2026-W48")["id"])

    journal = Journal.open(journal_path, write=True)
    prompt = Scripted(["", "", "Plan Q1", "y", "", ""],
                      before=("Intention 1", lambda: _elsewhere(journal_path, complete)))
    try:
        with pytest.raises(DraftGone) as raised:
            review.run(journal, prompt, Period.iso_week(2026, 48), short=True, lang="en")
    finally:
        journal.close()
    assert raised.value.render(t) == t("review.completed_elsewhere", lang="en", week="2026-W48")
    assert rows(journal_path, "SELECT * FROM actions") == []
    (row,) = rows(journal_path, "SELECT steps_done, completed_at FROM reviews")
    assert row["steps_done"] == '["look_back","items"]' and row["completed_at"]


def test_the_sentences_exist_in_both_languages() -> None:
    for key, values in (("cycle.gone_discarded", {}), ("cycle.gone_completed", {}),
                        ("review.completed_elsewhere", {"week": "2026-W48"}), ("review.gone", {})):
        english, dutch = t(key, lang="en", **values), t(key, lang="nl", **values)
        assert english != dutch and "'veerkracht " in english and "voer 'veerkracht " in dutch
