"""The figures and texts of the coach summary, for one period, as SQL aggregates.

Every query takes the period as ``:since``/``:until`` (ISO days) and leaves private entries
out unless asked (``:private`` is 1 to include them). Days are the unit of energy: a day's
score is the mean of its entries, as in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from veerkracht.db.journal import Journal

# The ISO week of a day, in SQL: the Thursday of its Monday-to-Sunday week decides the year.
_THURSDAY = "date({day}, '-3 days', 'weekday 4')"
ISO_WEEK = (
    "strftime('%Y', {t}) || '-W' || printf('%02d', (strftime('%j', {t}) - 1) / 7 + 1)"
).format(t=_THURSDAY)

_ENTRIES = "FROM entries e WHERE e.day BETWEEN :since AND :until AND (:private OR e.private = 0)"
_DAYS = f"SELECT e.day, avg(e.energy) AS mean {_ENTRIES} AND e.energy IS NOT NULL GROUP BY e.day"


@dataclass(frozen=True)
class Scope:
    """The period and what the user allowed into the summary."""

    since: date
    until: date
    include_private: bool = False
    include_people: bool = False

    def params(self) -> dict[str, object]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "private": int(self.include_private),
        }


def energy(journal: Journal, scope: Scope) -> dict:
    """Days logged, days with a score, mean, range and low days of the period."""
    row = journal.query(
        f"""WITH days AS ({_DAYS})
            SELECT (SELECT count(DISTINCT e.day) {_ENTRIES}) AS days_logged,
                   (SELECT count(*) {_ENTRIES}) AS entries,
                   count(*) AS scored_days, round(avg(mean), 1) AS mean,
                   round(min(mean), 1) AS low, round(max(mean), 1) AS high,
                   sum(mean <= 3) AS low_days
            FROM days""",
        scope.params(),
    )[0]
    row["low_days"] = row["low_days"] or 0
    return row


def weekly(journal: Journal, scope: Scope) -> list[dict]:
    """Per ISO week: days with a score, mean, lowest and highest day."""
    return journal.query(
        f"""WITH days AS ({_DAYS})
            SELECT {ISO_WEEK.format(day='day')} AS week, count(*) AS days,
                   round(avg(mean), 1) AS mean, round(min(mean), 1) AS low,
                   round(max(mean), 1) AS high
            FROM days GROUP BY week ORDER BY week""",
        scope.params(),
    )


def tag_association(journal: Journal, scope: Scope, minimum: int = 3) -> list[dict]:
    """Mean energy on days with and without each tag, for tags with ``minimum`` days each side."""
    return journal.query(
        f"""WITH days AS ({_DAYS}),
                 totals AS (SELECT count(*) AS n, sum(mean) AS total FROM days),
                 tagged AS (SELECT DISTINCT e.day, t.tag {_ENTRIES.replace('FROM entries e',
                            'FROM entries e JOIN entry_tags t ON t.entry_id = e.id')}
                            AND e.energy IS NOT NULL)
            SELECT tagged.tag, count(*) AS days_with, round(avg(days.mean), 1) AS mean_with,
                   totals.n - count(*) AS days_without,
                   round((totals.total - sum(days.mean)) / (totals.n - count(*)), 1) AS mean_without,
                   round(avg(days.mean) - (totals.total - sum(days.mean)) / (totals.n - count(*)), 1)
                       AS difference
            FROM tagged JOIN days USING (day), totals
            GROUP BY tagged.tag
            HAVING count(*) >= :minimum AND totals.n - count(*) >= :minimum
            ORDER BY difference DESC, tagged.tag""",
        scope.params() | {"minimum": minimum},
    )


def entry_texts(journal: Journal, scope: Scope) -> list[dict]:
    """Entries with a reflection or a win, oldest first, with their tags."""
    return journal.query(
        f"""SELECT e.day, e.energy, e.reflection, e.win, e.private,
                   (SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags
                    WHERE entry_id = e.id ORDER BY tag)) AS tags
            {_ENTRIES} AND (e.reflection IS NOT NULL OR e.win IS NOT NULL)
            ORDER BY e.day, e.logged_at, e.seq""",
        scope.params(),
    )


def cycles(journal: Journal, scope: Scope) -> list[dict]:
    """Cycles started in the period, with their answers and commitments."""
    found = journal.query(
        "SELECT id, substr(started_at, 1, 10) AS day, status FROM cycles "
        "WHERE substr(started_at, 1, 10) BETWEEN :since AND :until ORDER BY started_at",
        scope.params(),
    )
    for cycle in found:
        cycle["answers"] = journal.query(
            "SELECT phase, pillar, prompt_id, text, score FROM cycle_answers "
            "WHERE cycle_id = ? AND (text IS NOT NULL OR score IS NOT NULL) ORDER BY seq",
            (cycle["id"],),
        )
        cycle["commitments"] = _origin_actions(journal, "cycle", cycle["id"])
    return found


def stamina_answers(journal: Journal, scope: Scope) -> list[dict]:
    """Answers to the cycle's energy prompt ("what drained, what gave back") in the period."""
    return journal.query(
        """SELECT substr(c.started_at, 1, 10) AS day, a.text FROM cycle_answers a
           JOIN cycles c ON c.id = a.cycle_id
           WHERE a.prompt_id = 'slow.stamina.1' AND a.text IS NOT NULL
             AND substr(c.started_at, 1, 10) BETWEEN :since AND :until ORDER BY a.answered_at""",
        scope.params(),
    )


def _origin_actions(journal: Journal, origin: str, origin_id: str) -> list[dict]:
    return journal.query(
        "SELECT text, due, status, outcome, outcome_note FROM actions "
        "WHERE origin = ? AND origin_id = ? ORDER BY seq",
        (origin, origin_id),
    )


def reviews(journal: Journal, scope: Scope) -> list[dict]:
    """Reviews of the weeks that overlap the period, with quadrant counts and intentions."""
    from veerkracht.domain.dates import week_days

    found = []
    for review in journal.query("SELECT * FROM reviews ORDER BY iso_week"):
        monday, sunday = week_days(int(review["iso_week"][:4]), int(review["iso_week"][6:]))
        if sunday < scope.since or monday > scope.until:
            continue
        review["quadrants"] = {
            row["quadrant"]: row["n"]
            for row in journal.query(
                f"SELECT {QUADRANT} AS quadrant, count(*) AS n FROM review_items "
                "WHERE review_id = ? GROUP BY quadrant",
                (review["id"],),
            )
        }
        review["dropped"] = journal.query(
            f"SELECT title, stop, stop_kind FROM review_items WHERE review_id = ? "
            f"AND ({QUADRANT} = 'drop' OR stop = 1) ORDER BY seq",
            (review["id"],),
        )
        review["intentions"] = _origin_actions(journal, "review", review["id"])
        found.append(review)
    return found


# An item's decision, or else its quadrant's own (DESIGN §2); unsorted items count as none.
QUADRANT = """coalesce(decision, CASE
    WHEN urgent IS NULL OR important IS NULL THEN NULL
    WHEN urgent AND important THEN 'do' WHEN important THEN 'schedule'
    WHEN urgent THEN 'delegate' ELSE 'drop' END)"""


def actions(journal: Journal, scope: Scope, today: date) -> dict:
    """Actions still open, or created or closed in the period; counts by status and overdue."""
    where = ("status = 'open' OR substr(created_at, 1, 10) BETWEEN :since AND :until "
             "OR substr(closed_at, 1, 10) BETWEEN :since AND :until")
    params = scope.params() | {"today": today.isoformat()}
    counts = journal.query(
        f"""SELECT sum(status = 'open') AS open, sum(status = 'done') AS done,
                   sum(status = 'dropped') AS dropped,
                   sum(status = 'open' AND due < :today) AS overdue
            FROM actions WHERE {where}""",
        params,
    )[0]
    rows = journal.query(
        f"SELECT text, due, status, origin, outcome FROM actions WHERE {where} "
        "ORDER BY status = 'open' DESC, due IS NULL, due, seq",
        params,
    )
    return {"counts": {k: v or 0 for k, v in counts.items()}, "rows": rows}


def values(journal: Journal, scope: Scope) -> list[dict]:
    """Per core value: the checks of the period, their mean and the latest one."""
    return journal.query(
        """SELECT v.name, v.retired_at IS NOT NULL AS retired, count(c.id) AS checks,
                  round(avg(c.alignment), 1) AS mean,
                  (SELECT alignment FROM value_checks WHERE value_id = v.id
                   AND substr(checked_at, 1, 10) BETWEEN :since AND :until
                   ORDER BY checked_at DESC LIMIT 1) AS latest
           FROM "values" v LEFT JOIN value_checks c ON c.value_id = v.id
                AND substr(c.checked_at, 1, 10) BETWEEN :since AND :until
           GROUP BY v.id HAVING v.retired_at IS NULL OR count(c.id) > 0
           ORDER BY v.seq""",
        scope.params(),
    )


def connection(journal: Journal, scope: Scope) -> dict:
    """Moments of contact in the period: counts by kind, care, challenge; people by name."""
    where = "FROM connections WHERE day BETWEEN :since AND :until"
    counts = journal.query(
        f"""SELECT count(*) AS moments, count(DISTINCT lower(who)) AS people,
                   coalesce(sum(care), 0) AS care, coalesce(sum(challenge), 0) AS challenge,
                   coalesce(sum(care AND challenge), 0) AS both_
            {where}""",
        scope.params(),
    )[0]
    counts["kinds"] = journal.query(
        f"SELECT kind, count(*) AS n {where} GROUP BY kind ORDER BY n DESC, kind", scope.params()
    )
    counts["balance"] = journal.query(
        # Both rituals ask the care ↔ challenge check: weekly reviews and the cycle.
        """SELECT count(score) AS n, round(avg(score), 1) AS mean FROM (
               SELECT care_challenge AS score FROM reviews
               WHERE substr(started_at, 1, 10) BETWEEN :since AND :until
               UNION ALL
               SELECT score FROM cycle_answers WHERE prompt_id = 'deep.stamina.balance'
               AND substr(answered_at, 1, 10) BETWEEN :since AND :until)""",
        scope.params(),
    )[0]
    counts["names"] = journal.query(
        f"SELECT who, count(*) AS n {where} GROUP BY lower(who) ORDER BY n DESC, who",
        scope.params(),
    ) if scope.include_people else []
    return counts


def private_entries(journal: Journal, scope: Scope) -> int:
    """Private entries in the period (left out unless included)."""
    return int(journal.scalar(
        "SELECT count(*) FROM entries WHERE private = 1 AND day BETWEEN :since AND :until",
        scope.params(),
    ))
