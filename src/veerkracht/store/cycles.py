"""Cycles: the guided conversation's drafts, answers, value checks and rotation history.

A cycle's ``plan`` column holds JSON: ``{"prompts": [ids], "values": [ids], "skipped":
[step keys]}``. What is done is read back from the answers, checks and skips, so a cycle
interrupted anywhere resumes at the first step that has neither.

Another process may discard or complete the draft while a conversation is still asking about
it. Every function that adds to a draft therefore checks, inside its own write transaction,
that the cycle is still there and still a draft, and raises :class:`DraftGone` otherwise, so
nothing is written into a cycle that is gone or finished.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import Journal, new_id
from veerkracht.errors import DraftGone
from veerkracht.store import actions
from veerkracht.store import values as core_values

if TYPE_CHECKING:
    from datetime import date

    from veerkracht.domain.models import ActionIn, AnswerIn, ValueCheckIn, ValueIn

_CYCLE = "id, started_at, completed_at, status, lang, plan FROM cycles"


@dataclass
class Progress:
    """What a cycle holds so far."""

    cycle: dict
    prompts: list[str]
    values: list[str]
    skipped: set[str]
    answers: dict[str, dict] = field(default_factory=dict)  # prompt id → answer row
    checks: dict[str, dict] = field(default_factory=dict)  # value id → check row
    commitments: list[dict] = field(default_factory=list)


def start(journal: Journal, *, lang: str, prompts: list[str], values: list[str]) -> str:
    """A new draft cycle with its plan; return its ID."""
    cycle_id = new_id()
    plan = json.dumps({"prompts": prompts, "values": values, "skipped": []})
    with journal.write():
        journal.execute(
            "INSERT INTO cycles (id, started_at, status, lang, plan) VALUES (?, ?, 'draft', ?, ?)",
            (cycle_id, stamp(), lang, plan),
        )
    return cycle_id


def draft(journal: Journal) -> dict | None:
    """The latest unfinished cycle with its answer count, or ``None``."""
    rows = journal.query(
        f"SELECT {_CYCLE} WHERE status = 'draft' ORDER BY started_at DESC, seq DESC LIMIT 1"
    )
    if not rows:
        return None
    row = rows[0]
    row["answers"] = _answer_count(journal, row["id"])
    return row


def discard(journal: Journal, cycle_id: str) -> None:
    """Delete a draft with its answers, checks and the commitments it made.

    A draft another process has completed in the meantime is left whole (DraftGone); one it
    has discarded already is simply gone.
    """
    with journal.write():
        if _status(journal, cycle_id) == "complete":
            raise DraftGone.of("cycle.gone_completed")
        journal.execute("DELETE FROM actions WHERE origin = 'cycle' AND origin_id = ?", (cycle_id,))
        journal.execute("DELETE FROM cycles WHERE id = ? AND status = 'draft'", (cycle_id,))


def save_answer(journal: Journal, cycle_id: str, answer: AnswerIn) -> None:
    """Keep one answer at once (its own transaction)."""
    with journal.write():
        _still_draft(journal, cycle_id)
        journal.execute(
            "INSERT INTO cycle_answers (id, cycle_id, phase, pillar, prompt_id, text, score, "
            "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (cycle_id, prompt_id) DO UPDATE SET text = excluded.text, "
            "score = excluded.score, answered_at = excluded.answered_at",
            (new_id(), cycle_id, answer.phase, answer.pillar, answer.prompt_id, answer.text,
             answer.score, stamp()),
        )


def save_check(journal: Journal, cycle_id: str, value_id: str, check: ValueCheckIn) -> None:
    """Keep one value's alignment score for this cycle."""
    with journal.write():
        _still_draft(journal, cycle_id)
        journal.execute(
            "DELETE FROM value_checks WHERE cycle_id = ? AND value_id = ?", (cycle_id, value_id)
        )
        journal.execute(
            "INSERT INTO value_checks (id, value_id, cycle_id, alignment, note, checked_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (new_id(), value_id, cycle_id, check.alignment, check.note, stamp()),
        )


def skip(journal: Journal, cycle_id: str, step: str) -> None:
    """Remember that a step was skipped, so resuming does not ask it again."""
    with journal.write():
        _still_draft(journal, cycle_id)
        journal.execute(
            "UPDATE cycles SET plan = json_insert(plan, '$.skipped[#]', ?) WHERE id = ?",
            (step, cycle_id),
        )


def add_value(journal: Journal, cycle_id: str, value: ValueIn) -> str:
    """Store a value named during the cycle and add it to the cycle's plan; return its ID.

    One transaction: a cycle that is gone gets no new value either.
    """
    with journal.write():
        _still_draft(journal, cycle_id)
        value_id, _, _ = core_values.add(journal, value)
        journal.execute(
            "UPDATE cycles SET plan = json_insert(plan, '$.values[#]', ?) WHERE id = ?",
            (value_id, cycle_id),
        )
    return value_id


def add_commitment(journal: Journal, cycle_id: str, action: ActionIn) -> str:
    """Store a commitment of the cycle as an action; return its ID."""
    with journal.write():
        _still_draft(journal, cycle_id)
        return actions.add(journal, action)


def set_commitment_due(journal: Journal, cycle_id: str, action_id: str, due: date | None) -> None:
    """Give a commitment of the cycle its due day."""
    with journal.write():
        _still_draft(journal, cycle_id)
        actions.set_due(journal, action_id, due)


def revise_answers(
    journal: Journal,
    cycle_id: str,
    changes: dict[str, AnswerIn | None],
    checks: dict[str, ValueCheckIn | None] | None = None,
) -> None:
    """Correct a cycle's answers (finished or draft) in one transaction.

    An answer replaces the text and score of its prompt (and is added where the question was
    skipped); ``None`` clears one: the answer goes and the question counts as skipped, so a
    draft does not ask it again. ``checks`` corrects core values' checks the same way, by value
    ID (a cleared one counts as the skipped step ``value:<id>``). The search index follows
    through the triggers.
    """
    with journal.write():
        found = journal.query("SELECT plan FROM cycles WHERE id = ?", (cycle_id,))
        if not found:  # deleted by another process since the form was opened
            raise DraftGone.of("cycle.gone_discarded")
        plan = json.loads(found[0]["plan"] or "{}")
        checks = checks or {}
        steps = set(changes) | {f"value:{value_id}" for value_id in checks}
        skipped = [step for step in plan.get("skipped", []) if step not in steps]
        for value_id, check in checks.items():  # a check keeps its moment: the report dates it
            if check is None:
                journal.execute("DELETE FROM value_checks WHERE cycle_id = ? AND value_id = ?", (cycle_id, value_id))
                skipped.append(f"value:{value_id}")
                continue
            journal.execute(
                "UPDATE value_checks SET alignment = ? WHERE cycle_id = ? AND value_id = ?",
                (check.alignment, cycle_id, value_id),
            )
        for prompt_id, answer in changes.items():
            if answer is None:
                journal.execute(
                    "DELETE FROM cycle_answers WHERE cycle_id = ? AND prompt_id = ?", (cycle_id, prompt_id)
                )
                skipped.append(prompt_id)
                continue
            journal.execute(
                "INSERT INTO cycle_answers (id, cycle_id, phase, pillar, prompt_id, text, score, "
                "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (cycle_id, prompt_id) DO UPDATE SET text = excluded.text, "
                "score = excluded.score",
                (new_id(), cycle_id, answer.phase, answer.pillar, answer.prompt_id, answer.text,
                 answer.score, stamp()),
            )
        if skipped != plan.get("skipped", []):
            plan["skipped"] = skipped
            journal.execute("UPDATE cycles SET plan = ? WHERE id = ?", (json.dumps(plan), cycle_id))


def complete(journal: Journal, cycle_id: str) -> None:
    """Mark the draft complete."""
    with journal.write():
        _still_draft(journal, cycle_id)
        journal.execute(
            "UPDATE cycles SET status = 'complete', completed_at = ? WHERE id = ?",
            (stamp(), cycle_id),
        )


def progress(journal: Journal, cycle_id: str) -> Progress:
    """Everything the cycle holds so far."""
    found = journal.query(f"SELECT {_CYCLE} WHERE id = ?", (cycle_id,))
    if not found:  # discarded by another process since this one last wrote to it
        raise DraftGone.of("cycle.gone_discarded")
    cycle = found[0]
    plan = json.loads(cycle["plan"] or "{}")
    answers = journal.query(
        "SELECT prompt_id, phase, pillar, text, score FROM cycle_answers WHERE cycle_id = ? "
        "ORDER BY seq",
        (cycle_id,),
    )
    checks = journal.query(
        'SELECT c.value_id, v.name, c.alignment FROM value_checks c JOIN "values" v '
        "ON v.id = c.value_id WHERE c.cycle_id = ? ORDER BY c.seq",
        (cycle_id,),
    )
    return Progress(
        cycle=cycle,
        prompts=plan.get("prompts", []),
        values=plan.get("values", []),
        skipped=set(plan.get("skipped", [])),
        answers={row["prompt_id"]: row for row in answers},
        checks={row["value_id"]: row for row in checks},
        commitments=actions.for_origin(journal, cycle_id),
    )


def count(journal: Journal) -> int:
    """How many cycles there are (drafts included): the rotation's turn."""
    return int(journal.scalar("SELECT count(*) FROM cycles"))


def last_asked(journal: Journal) -> dict[str, int]:
    """For each prompt ever planned, the ``seq`` of the latest cycle that planned it."""
    rows = journal.query(
        "SELECT p.value AS prompt_id, max(c.seq) AS seq FROM cycles c, "
        "json_each(c.plan, '$.prompts') p WHERE c.plan IS NOT NULL GROUP BY p.value"
    )
    return {row["prompt_id"]: row["seq"] for row in rows}


def listing(journal: Journal) -> list[dict]:
    """Every cycle, newest first, with its counts of answers and commitments."""
    return journal.query(
        "SELECT c.id, c.started_at, c.completed_at, c.status, c.lang, "
        "(SELECT count(*) FROM cycle_answers a WHERE a.cycle_id = c.id "
        " AND (a.text IS NOT NULL OR a.score IS NOT NULL)) "
        "+ (SELECT count(*) FROM value_checks v WHERE v.cycle_id = c.id) AS answers, "
        "(SELECT count(*) FROM actions x WHERE x.origin = 'cycle' AND x.origin_id = c.id) "
        "AS commitments "
        "FROM cycles c ORDER BY c.started_at DESC, c.seq DESC"
    )


def _answer_count(journal: Journal, cycle_id: str) -> int:
    return int(
        journal.scalar(
            "SELECT (SELECT count(*) FROM cycle_answers WHERE cycle_id = :id) "
            "+ (SELECT count(*) FROM value_checks WHERE cycle_id = :id) "
            "+ (SELECT count(*) FROM actions WHERE origin = 'cycle' AND origin_id = :id)",
            {"id": cycle_id},
        )
    )


def _status(journal: Journal, cycle_id: str) -> str | None:
    value = journal.scalar("SELECT status FROM cycles WHERE id = ?", (cycle_id,))
    return None if value is None else str(value)


def _still_draft(journal: Journal, cycle_id: str) -> None:
    """Inside a write transaction: refuse to add to a cycle another process discarded or
    completed (the check and the write that follows hold the same lock)."""
    status = _status(journal, cycle_id)
    if status is None:
        raise DraftGone.of("cycle.gone_discarded")
    if status != "draft":
        raise DraftGone.of("cycle.gone_completed")
