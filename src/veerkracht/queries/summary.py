"""What only the coach summary lists: texts, cycles with their answers, reviews in full.

The figures the summary shares with the report (energy, tags, values, actions, contact) are
in ``energy`` and ``habits``. Entries marked private are left out unless
``include_private``; everything here takes the period as ``:since``/``:until``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veerkracht.domain.period import Period
from veerkracht.queries.sql import action_state, actions_of_period, quadrant_sql, reviews_of_period

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal


def entry_texts(journal: Journal, period: Period, *, include_private: bool) -> list[dict]:
    """Entries with a reflection or a win, oldest first, with their tags."""
    return journal.query(
        """SELECT e.day, e.energy, e.reflection, e.win, e.private,
                  (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags
                   WHERE entry_id = e.id ORDER BY tag)) AS tags
           FROM entries e WHERE e.day BETWEEN :since AND :until AND (:private OR e.private = 0)
             AND (e.reflection IS NOT NULL OR e.win IS NOT NULL)
           ORDER BY e.day, e.logged_at, e.seq""",
        {**period.params(), "private": int(include_private)},
    )


def cycles(journal: Journal, period: Period) -> list[dict]:
    """Cycles started in the period, with their answers and commitments."""
    found = journal.query(
        "SELECT id, substr(started_at, 1, 10) AS day, status FROM cycles "
        "WHERE substr(started_at, 1, 10) BETWEEN :since AND :until ORDER BY started_at",
        period.params(),
    )
    for cycle in found:
        cycle["answers"] = journal.query(
            "SELECT phase, pillar, prompt_id, text, score FROM cycle_answers "
            "WHERE cycle_id = ? AND (text IS NOT NULL OR score IS NOT NULL) ORDER BY seq",
            (cycle["id"],),
        )
        cycle["commitments"] = _origin_actions(journal, "cycle", cycle["id"])
    return found


def stamina_answers(journal: Journal, period: Period) -> list[dict]:
    """Answers to the cycle's energy prompt ("what drained, what gave back") in the period."""
    return journal.query(
        """SELECT substr(c.started_at, 1, 10) AS day, a.text FROM cycle_answers a
           JOIN cycles c ON c.id = a.cycle_id
           WHERE a.prompt_id = 'slow.stamina.1' AND a.text IS NOT NULL
             AND substr(c.started_at, 1, 10) BETWEEN :since AND :until ORDER BY a.answered_at""",
        period.params(),
    )


def _origin_actions(journal: Journal, origin: str, origin_id: str) -> list[dict]:
    return journal.query(
        "SELECT text, due, status, outcome, outcome_note FROM actions "
        "WHERE origin = ? AND origin_id = ? ORDER BY seq",
        (origin, origin_id),
    )


def reviews(journal: Journal, period: Period) -> list[dict]:
    """Reviews of the ISO weeks the period touches, with quadrant counts and intentions."""
    found = journal.query(
        f"SELECT r.* FROM reviews r WHERE {reviews_of_period('r')} ORDER BY r.iso_week",
        period.params(),
    )
    quadrant = quadrant_sql("i")
    for review in found:
        review["quadrants"] = {
            row["quadrant"]: row["n"]
            for row in journal.query(
                f"SELECT {quadrant} AS quadrant, count(*) AS n FROM review_items i "
                "WHERE i.review_id = ? GROUP BY quadrant",
                (review["id"],),
            )
        }
        review["dropped"] = journal.query(
            f"SELECT i.title, i.stop, i.stop_kind FROM review_items i WHERE i.review_id = ? "
            f"AND ({quadrant} = 'drop' OR i.stop = 1) ORDER BY i.seq",
            (review["id"],),
        )
        review["intentions"] = _origin_actions(journal, "review", review["id"])
        review["sorted"] = journal.query(  # what to do now and what to plan, as sorted
            f"SELECT i.title, {quadrant} AS quadrant FROM review_items i WHERE i.review_id = ? "
            f"AND {quadrant} IN ('do', 'schedule') AND i.stop = 0 ORDER BY {quadrant}, i.seq",
            (review["id"],),
        )
        review["examples"] = value_examples(journal, review_id=review["id"])
    return found


def value_examples(journal: Journal, *, review_id: str) -> list[dict]:
    """The examples given with a review's values in practice, the lowest score first."""
    return journal.query(
        """SELECT v.name, c.alignment, c.note FROM value_checks c JOIN "values" v ON v.id = c.value_id
           WHERE c.review_id = ? AND c.note IS NOT NULL ORDER BY c.alignment, c.seq""",
        (review_id,),
    )


def actions_made(journal: Journal, period: Period) -> list[dict]:
    """The actions made in the period, oldest first, with their origin and how they went."""
    return journal.query(
        """SELECT text, due, status, origin, outcome, outcome_note FROM actions
           WHERE substr(created_at, 1, 10) BETWEEN :since AND :until ORDER BY created_at, seq""",
        period.params(),
    )


def day_energy(journal: Journal, period: Period, *, include_private: bool) -> dict[str, float]:
    """Each scored day's mean energy in the period (``{day: mean}``), private scores only if
    ``include_private``."""
    total, scored = ("total", "scored") if include_private else ("public_total", "public_scored")
    rows = journal.query(
        f"SELECT day, 1.0 * {total} / {scored} AS mean FROM entry_days "
        f"WHERE {scored} > 0 AND day BETWEEN :since AND :until ORDER BY day",
        period.params(),
    )
    return {row["day"]: row["mean"] for row in rows}


def names(journal: Journal) -> list[str]:
    """Every name of a person logged with ``connect`` or delegated a review item (one per
    name whatever its case), the longest first: the names ``--redact-names`` replaces."""
    rows = journal.query(
        """SELECT who AS name FROM connections UNION SELECT delegate_to FROM review_items
           WHERE delegate_to IS NOT NULL"""
    )
    seen: dict[str, str] = {}
    for row in rows:
        name = (row["name"] or "").strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=lambda name: (-len(name), name.casefold()))


def actions(journal: Journal, period: Period) -> list[dict]:
    """The period's actions (made or closed in it, or open at its end), as they stood then.

    Open ones first, by due day; ``habits.actions`` counts these same rows.
    """
    state = action_state("a")
    return journal.query(
        f"""SELECT a.text, a.due, {state} AS status, a.origin, a.outcome FROM actions a
            WHERE {actions_of_period('a')}
            ORDER BY {state} = 'open' DESC, a.due IS NULL, a.due, a.seq""",
        period.params(),
    )


def contact_kinds(journal: Journal, period: Period) -> list[dict]:
    """Moments of contact in the period by kind, the most frequent first."""
    return journal.query(
        "SELECT kind, count(*) AS n FROM connections WHERE day BETWEEN :since AND :until "
        "GROUP BY kind ORDER BY n DESC, kind",
        period.params(),
    )


def people(journal: Journal, period: Period) -> list[dict]:
    """The people met in the period by name (one name whatever its case), the most met first."""
    return journal.query(
        "SELECT who, count(*) AS n FROM connections WHERE day BETWEEN :since AND :until "
        "GROUP BY lower(who) ORDER BY n DESC, who",
        period.params(),
    )
