"""Connections: moments of real contact, and who has not been contacted lately."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import Journal, new_id

if TYPE_CHECKING:
    from veerkracht.domain.models import ConnectionIn


def add(journal: Journal, contact: ConnectionIn) -> str:
    """Store one moment of contact in one transaction; return its ID."""
    contact_id = new_id()
    with journal.write():
        journal.execute(
            "INSERT INTO connections (id, day, who, kind, care, challenge, note, logged_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                contact_id,
                contact.day.isoformat(),
                contact.who,
                contact.kind,
                int(contact.care),
                int(contact.challenge),
                contact.note,
                stamp(),
            ),
        )
    return contact_id


def listing(journal: Journal, *, last: int | None = None) -> list[dict]:
    """Contacts, oldest first (the latest ``last`` of them when given)."""
    limit = f"LIMIT {int(last)}" if last else ""
    rows = journal.query(
        "SELECT * FROM (SELECT id, day, who, kind, care, challenge, note, logged_at, seq "
        f"FROM connections ORDER BY day DESC, seq DESC {limit}) ORDER BY day, seq"
    )
    for row in rows:
        row["care"], row["challenge"] = bool(row["care"]), bool(row["challenge"])
        del row["seq"]
    return rows


def quiet(journal: Journal, today: date, *, days: int = 14, limit: int = 3) -> list[dict]:
    """People last contacted ``days`` or more ago, longest ago first: ``{who, last}``."""
    return journal.query(
        "SELECT max(who) AS who, max(day) AS last FROM connections "
        "GROUP BY lower(who) HAVING max(day) <= ? ORDER BY last, who LIMIT ?",
        ((today - timedelta(days=days)).isoformat(), limit),
    )


def get(journal: Journal, contact_id: str) -> dict:
    """One moment of contact (care and challenge as booleans)."""
    row = journal.query(
        "SELECT id, day, who, kind, care, challenge, note, logged_at FROM connections WHERE id = ?",
        (contact_id,),
    )[0]
    row["care"], row["challenge"] = bool(row["care"]), bool(row["challenge"])
    return row


def update(journal: Journal, contact_id: str, contact: ConnectionIn) -> None:
    """Replace what a moment of contact says, in one transaction (its ID and stamp stay)."""
    with journal.write():
        journal.execute(
            "UPDATE connections SET day = ?, who = ?, kind = ?, care = ?, challenge = ?, note = ? "
            "WHERE id = ?",
            (
                contact.day.isoformat(),
                contact.who,
                contact.kind,
                int(contact.care),
                int(contact.challenge),
                contact.note,
                contact_id,
            ),
        )


def delete(journal: Journal, contact_id: str) -> None:
    """Remove one moment of contact, in one transaction."""
    with journal.write():
        journal.execute("DELETE FROM connections WHERE id = ?", (contact_id,))
