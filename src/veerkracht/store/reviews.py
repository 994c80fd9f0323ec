"""Weekly reviews: one per ISO week, its items, its intentions (actions) and its checks.

Every function that changes data is its own small transaction, so an interactive review
keeps each answer the moment it is given. The interactive review runs each of them together
with :func:`check_unchanged` in one transaction, so an answer never lands in a review that
another process completed in the meantime.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from veerkracht.clock import stamp
from veerkracht.db.journal import Journal, new_id
from veerkracht.errors import DraftGone

if TYPE_CHECKING:  # only annotations: reading a review loads no pydantic
    from veerkracht.domain.models import ReviewItemIn, TimeSplitIn

QUADRANT_SQL = """CASE
    WHEN i.urgent = 1 AND i.important = 1 THEN 'do'
    WHEN i.important = 1 THEN 'schedule'
    WHEN i.urgent = 1 THEN 'delegate'
    ELSE 'drop' END"""

_ITEM_COLUMNS = f"""i.id, i.title, i.urgent, i.important, {QUADRANT_SQL} AS quadrant,
    coalesce(i.decision, {QUADRANT_SQL}) AS decision, i.decision AS decision_given,
    i.delegate_to, i.note, i.carried_from, i.stop, i.stop_kind, i.status, i.created_at"""

# Columns a review step may set by name (anything else is a programming error).
FIELDS = ("headline", "reflection", "coach_question", "recovery_habit", "win", "care_challenge")


def get(journal: Journal, iso_week: str) -> dict | None:
    """The review of ``iso_week`` (steps_done a list), or ``None``."""
    rows = journal.query("SELECT * FROM reviews WHERE iso_week = ?", (iso_week,))
    if not rows:
        return None
    review = dict(rows[0])
    review["steps_done"] = json.loads(review["steps_done"])
    return review


def ensure(journal: Journal, iso_week: str, lang: str) -> dict:
    """The review of ``iso_week``, created (in its own transaction) when there is none."""
    with journal.write():
        journal.execute(
            "INSERT INTO reviews (id, iso_week, started_at, lang) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(iso_week) DO NOTHING",
            (new_id(), iso_week, stamp(), lang),
        )
    return get(journal, iso_week) or {}


def check_unchanged(journal: Journal, review_id: str, *, draft: bool) -> None:
    """Inside a write transaction: raise DraftGone when the review is gone, or when it was a
    draft (``draft``) to this process and another one has completed it since."""
    rows = journal.query("SELECT iso_week, completed_at FROM reviews WHERE id = ?", (review_id,))
    if not rows:
        raise DraftGone.of("review.gone")
    if draft and rows[0]["completed_at"] is not None:
        raise DraftGone.of("review.completed_elsewhere", week=rows[0]["iso_week"])


def mark_step(journal: Journal, review_id: str, step: str) -> None:
    """Record that ``step`` of the review is done (kept once, in order)."""
    with journal.write():
        journal.execute(
            "UPDATE reviews SET steps_done = json_insert(steps_done, '$[#]', ?) "
            "WHERE id = ? AND NOT EXISTS (SELECT 1 FROM json_each(steps_done) WHERE value = ?)",
            (step, review_id, step),
        )


def complete(journal: Journal, review_id: str) -> None:
    """Mark the review complete (the first completion's time is kept)."""
    with journal.write():
        journal.execute(
            "UPDATE reviews SET completed_at = coalesce(completed_at, ?) WHERE id = ?",
            (stamp(), review_id),
        )


def set_field(journal: Journal, review_id: str, field: str, value: object) -> None:
    """Store one answer of the review itself (headline, habit, care ↔ challenge …)."""
    if field not in FIELDS:
        raise ValueError(f"not a review field: {field}")
    with journal.write():
        journal.execute(f"UPDATE reviews SET {field} = ? WHERE id = ?", (value, review_id))


def set_time_split(journal: Journal, review_id: str, split: TimeSplitIn) -> None:
    """Store the week's time shares over the four quadrants."""
    with journal.write():
        journal.execute(
            "UPDATE reviews SET share_do = ?, share_schedule = ?, share_delegate = ?, "
            "share_drop = ? WHERE id = ?",
            (split.do, split.schedule, split.delegate, split.drop, review_id),
        )


def add_item(
    journal: Journal, review_id: str, item: ReviewItemIn, *, carried_from: str | None = None
) -> str:
    """Store one sorted item; return its ID."""
    item_id = new_id()
    with journal.write():
        journal.execute(
            "INSERT INTO review_items (id, review_id, title, urgent, important, decision, "
            "delegate_to, note, carried_from, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item_id,
                review_id,
                item.title,
                int(item.urgent),
                int(item.important),
                item.decision,
                item.delegate_to,
                item.note,
                carried_from,
                stamp(),
            ),
        )
    return item_id


def set_stop(journal: Journal, item_id: str, kind: str) -> None:
    """Put an item on the stop list as stop, pause, shrink or sprint."""
    with journal.write():
        journal.execute(
            "UPDATE review_items SET stop = 1, stop_kind = ? WHERE id = ?", (kind, item_id)
        )


def set_item_status(journal: Journal, item_id: str, status: str) -> None:
    """Close an item as done or dropped (let go)."""
    with journal.write():
        journal.execute("UPDATE review_items SET status = ? WHERE id = ?", (status, item_id))


def items(journal: Journal, review_id: str) -> list[dict]:
    """The review's items in the order they were added; ``decision`` is never empty."""
    rows = journal.query(
        f"SELECT {_ITEM_COLUMNS} FROM review_items i WHERE i.review_id = ? ORDER BY i.seq",
        (review_id,),
    )
    for row in rows:
        row["urgent"], row["important"] = bool(row["urgent"]), bool(row["important"])
    return rows


def to_carry(journal: Journal, from_review_id: str, into_review_id: str) -> list[dict]:
    """Open items of ``from_review_id`` not dropped, done or already carried into the other."""
    rows = journal.query(
        f"""SELECT {_ITEM_COLUMNS} FROM review_items i
            WHERE i.review_id = ? AND i.status = 'open'
              AND coalesce(i.decision, {QUADRANT_SQL}) != 'drop'
              AND coalesce(i.stop_kind, '') != 'stop'
              AND NOT EXISTS (SELECT 1 FROM review_items c
                              WHERE c.carried_from = i.id AND c.review_id = ?)
            ORDER BY i.seq""",
        (from_review_id, into_review_id),
    )
    for row in rows:
        row["urgent"], row["important"] = bool(row["urgent"]), bool(row["important"])
    return rows


def intentions(journal: Journal, review_id: str) -> list[dict]:
    """The actions a review set as intentions, oldest first."""
    return journal.query(
        "SELECT id, text, due, status, outcome, outcome_note FROM actions "
        "WHERE origin = 'review' AND origin_id = ? ORDER BY seq",
        (review_id,),
    )


def add_intention(journal: Journal, review_id: str, text: str, due: date | None) -> str:
    """Store an intention as an action with the review as its origin; return its ID."""
    action_id = new_id()
    with journal.write():
        journal.execute(
            "INSERT INTO actions (id, text, due, origin, origin_id, created_at) "
            "VALUES (?, ?, ?, 'review', ?, ?)",
            (action_id, text, due.isoformat() if due else None, review_id, stamp()),
        )
    return action_id


def set_outcome(journal: Journal, action_id: str, outcome: str) -> None:
    """Mark how an intention went; ``done`` also closes the action."""
    with journal.write():
        journal.execute(
            "UPDATE actions SET outcome = ?, "
            "status = CASE WHEN ? = 'done' THEN 'done' ELSE status END, "
            "closed_at = CASE WHEN ? = 'done' THEN coalesce(closed_at, ?) ELSE closed_at END "
            "WHERE id = ?",
            (outcome, outcome, outcome, stamp(), action_id),
        )


def set_outcome_note(journal: Journal, action_id: str, note: str) -> None:
    """What got in the way of an intention."""
    with journal.write():
        journal.execute("UPDATE actions SET outcome_note = ? WHERE id = ?", (note, action_id))


def week_energy(journal: Journal, monday: date, sunday: date) -> list[dict]:
    """Per logged day of the week: the day, its mean energy and the number of scores."""
    return journal.query(
        "SELECT day, round(avg(energy), 1) AS mean, count(energy) AS scores FROM entries "
        "WHERE day BETWEEN ? AND ? AND energy IS NOT NULL GROUP BY day ORDER BY day",
        (monday.isoformat(), sunday.isoformat()),
    )


def week_connections(journal: Journal, monday: date, sunday: date) -> dict:
    """Check-ins of the week: how many, with care, with challenge."""
    rows = journal.query(
        "SELECT count(*) AS count, coalesce(sum(care), 0) AS care, "
        "coalesce(sum(challenge), 0) AS challenge FROM connections WHERE day BETWEEN ? AND ?",
        (monday.isoformat(), sunday.isoformat()),
    )
    return rows[0]


def values_to_check(journal: Journal, review_id: str) -> list[dict]:
    """Active core values that have no alignment check in this review yet."""
    return journal.query(
        'SELECT v.id, v.name FROM "values" v WHERE v.retired_at IS NULL AND NOT EXISTS '
        "(SELECT 1 FROM value_checks c WHERE c.value_id = v.id AND c.review_id = ?) "
        "ORDER BY v.seq",
        (review_id,),
    )


def add_value_check(journal: Journal, review_id: str, value_id: str, alignment: int) -> str:
    """Store how well the week's actions matched a value; return the check's ID."""
    check_id = new_id()
    with journal.write():
        journal.execute(
            "INSERT INTO value_checks (id, value_id, review_id, alignment, checked_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (check_id, value_id, review_id, alignment, stamp()),
        )
    return check_id


def set_value_check_note(journal: Journal, check_id: str, note: str) -> None:
    with journal.write():
        journal.execute("UPDATE value_checks SET note = ? WHERE id = ?", (note, check_id))


def listing(journal: Journal) -> list[dict]:
    """Every review, newest week first, with its item and intention counts."""
    return journal.query(
        """SELECT r.id, r.iso_week AS week, r.started_at, r.completed_at, r.headline,
                  (SELECT count(*) FROM review_items i WHERE i.review_id = r.id) AS items,
                  (SELECT count(*) FROM actions a
                   WHERE a.origin = 'review' AND a.origin_id = r.id) AS intentions
           FROM reviews r ORDER BY r.iso_week DESC"""
    )


# -- correcting one item (``review edit``, ``review delete``) ---------------------------------


def get_item(journal: Journal, item_id: str) -> dict:
    """One item with its week (``iso_week``); ``decision`` is never empty."""
    row = journal.query(
        f"SELECT {_ITEM_COLUMNS}, r.iso_week FROM review_items i "
        "JOIN reviews r ON r.id = i.review_id WHERE i.id = ?",
        (item_id,),
    )[0]
    row["urgent"], row["important"] = bool(row["urgent"]), bool(row["important"])
    return row


def update_item(
    journal: Journal, item_id: str, item: ReviewItemIn, *, stop: bool, stop_kind: str | None
) -> None:
    """Replace an item's title, sorting, decision, delegate, note and place on the stop list
    (``stop``, with its ``stop_kind`` or none), in one transaction; the search index follows."""
    with journal.write():
        journal.execute(
            "UPDATE review_items SET title = ?, urgent = ?, important = ?, decision = ?, "
            "delegate_to = ?, note = ?, stop = ?, stop_kind = ? WHERE id = ?",
            (
                item.title,
                int(item.urgent),
                int(item.important),
                item.decision,
                item.delegate_to,
                item.note,
                int(stop),
                stop_kind,
                item_id,
            ),
        )


def delete_item(journal: Journal, item_id: str) -> None:
    """Remove one item, in one transaction (an item carried from it keeps its own copy)."""
    with journal.write():
        journal.execute("DELETE FROM review_items WHERE id = ?", (item_id,))


def recent_people(journal: Journal, iso_week: str, until: date, *, limit: int = 5) -> list[str]:
    """Names to offer for "delegate to whom?": the latest delegates of reviews up to
    ``iso_week`` first, then the people of the latest contacts up to ``until``; each name
    once (case-insensitively, as last written), at most ``limit``."""
    delegates = journal.query(
        """SELECT i.delegate_to AS who FROM review_items i JOIN reviews r ON r.id = i.review_id
           WHERE r.iso_week <= ? AND trim(coalesce(i.delegate_to, '')) != ''
           ORDER BY r.iso_week DESC, i.seq DESC LIMIT 50""",
        (iso_week,),
    )
    contacts = journal.query(
        "SELECT who FROM connections WHERE day <= ? AND trim(coalesce(who, '')) != '' "
        "ORDER BY day DESC, seq DESC LIMIT 50",
        (until.isoformat(),),
    )
    names: dict[str, str] = {}
    for row in delegates + contacts:
        names.setdefault(row["who"].strip().casefold(), row["who"].strip())
    return list(names.values())[:limit]
