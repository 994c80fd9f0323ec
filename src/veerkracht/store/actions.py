"""Actions: commitments from cycles and reviews, and ones added by hand."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import Journal, new_id
from veerkracht.errors import InvalidValue

if TYPE_CHECKING:
    from veerkracht.domain.models import ActionIn

_COLUMNS = "id, text, due, status, origin, origin_id, created_at, closed_at FROM actions"


def add(journal: Journal, action: ActionIn) -> str:
    """Store a new open action in one transaction; return its ID."""
    action_id = new_id()
    with journal.write():
        journal.execute(
            "INSERT INTO actions (id, text, due, origin, origin_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                action_id,
                action.text,
                action.due.isoformat() if action.due else None,
                action.origin,
                action.origin_id,
                stamp(),
            ),
        )
    return action_id


def set_due(journal: Journal, action_id: str, due: date | None) -> None:
    with journal.write():
        journal.execute(
            "UPDATE actions SET due = ? WHERE id = ?", (due.isoformat() if due else None, action_id)
        )


def revise(journal: Journal, action_id: str, action: ActionIn, *, only_open: bool = False) -> dict:
    """Give an action new text and due date in one transaction; return it as it was.

    ``only_open``: refuse (InvalidValue, nothing written) when it is done or dropped, checked
    inside the same transaction as the write, so another process closing it in between counts.
    """
    with journal.write():
        before = get(journal, action_id)
        if only_open and before["status"] == "done":
            raise InvalidValue.of("cycle.snooze_done", text=before["text"])
        if only_open and before["status"] == "dropped":
            raise InvalidValue.of("cycle.snooze_dropped", text=before["text"])
        journal.execute(
            "UPDATE actions SET text = ?, due = ? WHERE id = ?",
            (action.text, action.due.isoformat() if action.due else None, action_id),
        )
        return before


def get(journal: Journal, action_id: str) -> dict:
    return journal.query(f"SELECT {_COLUMNS} WHERE id = ?", (action_id,))[0]


def close(journal: Journal, action_id: str, status: str) -> tuple[dict, str]:
    """Mark an action ``done`` or ``dropped``; return it and the status it had before."""
    with journal.write():
        before = get(journal, action_id)
        if before["status"] != status:
            journal.execute(
                "UPDATE actions SET status = ?, closed_at = ? WHERE id = ?",
                (status, stamp(), action_id),
            )
        return get(journal, action_id), before["status"]


def listing(journal: Journal, *, include_closed: bool = False) -> list[dict]:
    """Open actions by due date (undated last), then, with ``include_closed``, the closed ones."""
    where = "" if include_closed else "WHERE status = 'open'"
    return journal.query(
        f"SELECT {_COLUMNS} {where} ORDER BY status != 'open', status, "
        "due IS NULL, due, created_at, seq"
    )


def for_origin(journal: Journal, origin_id: str) -> list[dict]:
    """The actions born in one cycle or review, in the order they were made."""
    return journal.query(f"SELECT {_COLUMNS} WHERE origin_id = ? ORDER BY seq", (origin_id,))


def due_by(journal: Journal, day: date) -> int:
    """How many open actions are due on ``day`` or earlier."""
    return int(
        journal.scalar(
            "SELECT count(*) FROM actions WHERE status = 'open' AND due <= ?", (day.isoformat(),)
        )
    )
