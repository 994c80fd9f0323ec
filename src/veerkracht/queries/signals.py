"""The gentle signals: rules over the user's own scores, never diagnostic.

Every rule needs a minimum of data, counts only logged days (a missing day is never a low
day), and never reads free text. Each is judged as of one day (the report's last day, or
today for the dashboard). A signal is data, ``{"rule": …}`` plus what its sentence needs
(``low_week`` has ``n``, the low days); ``veerkracht.render.signals`` words it.

Signals stack (../shared/PROMPTS.md): when two low weeks fires it comes first, and low week
and sharp dip, which say less about the same scores, are not shown beside it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from veerkracht.domain.period import Period
from veerkracht.queries.energy import LOW, recent_and_baseline

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

RULES = ("low_week", "two_low_weeks", "sharp_dip", "quiet_connection", "urgent_treadmill")
# Shown first, in this order; two low weeks hides the rules it covers.
ORDER = ("two_low_weeks", "low_week", "sharp_dip", "quiet_connection", "urgent_treadmill")
COVERED_BY = {"two_low_weeks": ("low_week", "sharp_dip")}
LOW_WEEK = (7, 4, 14)  # last 7 logged days, ≥ 4 low, looked for in the last 14 calendar days
TWO_LOW_WEEKS = (14, 10, 28)  # last 14 logged days, ≥ 10 low, within 28 calendar days
SHARP_DIP = 3.0  # 7-day mean this far below the preceding 28-day mean
QUIET_DAYS, QUIET_MIN_LOGGED = 14, 8
TREADMILL_SHARE, TREADMILL_WEEKS = 70, 3


def active(journal: Journal, until: date) -> list[dict]:
    """The signals that fire as of ``until``, stacked: :data:`ORDER`, less :data:`COVERED_BY`."""
    fired: list[dict] = []
    low = _low_days(journal, until, *LOW_WEEK)
    if low is not None:
        fired.append({"rule": "low_week", "n": low})
    if _low_days(journal, until, *TWO_LOW_WEEKS) is not None:
        fired.append({"rule": "two_low_weeks"})
    if _sharp_dip(journal, until):
        fired.append({"rule": "sharp_dip"})
    if _quiet_connection(journal, until):
        fired.append({"rule": "quiet_connection"})
    if _urgent_treadmill(journal, until):
        fired.append({"rule": "urgent_treadmill"})
    return stack(fired)


def stack(fired: list[dict]) -> list[dict]:
    """The signals in :data:`ORDER`, without those a stronger one that fired covers."""
    rules = {signal["rule"] for signal in fired}
    hidden = {covered for rule in rules for covered in COVERED_BY.get(rule, ())}
    shown = [signal for signal in fired if signal["rule"] not in hidden]
    return sorted(shown, key=lambda signal: ORDER.index(signal["rule"]))


def _low_days(journal: Journal, until: date, last: int, needed: int, within: int) -> int | None:
    """How many of the last ``last`` logged days were low, when that is at least ``needed``.

    Only days logged in the ``within`` calendar days up to ``until`` count, and there must
    be ``last`` of them: too few days say nothing.
    """
    row = journal.query(
        f"""SELECT count(*) AS days, coalesce(sum(energy <= {LOW}), 0) AS low FROM (
                SELECT avg(energy) AS energy FROM entries
                WHERE energy IS NOT NULL AND day BETWEEN :since AND :until
                GROUP BY day ORDER BY day DESC LIMIT :last)""",
        {
            "since": (until - timedelta(days=within - 1)).isoformat(),
            "until": until.isoformat(),
            "last": last,
        },
    )[0]
    return row["low"] if row["days"] == last and row["low"] >= needed else None


def _sharp_dip(journal: Journal, until: date) -> bool:
    figures = recent_and_baseline(journal, until)
    return figures["difference"] is not None and figures["difference"] <= -SHARP_DIP


def _quiet_connection(journal: Journal, until: date) -> bool:
    """No contact logged in 14 days while the journal was kept on at least 8 of them.

    Only for someone who uses ``connect``: a contact logged at some time up to ``until``.
    Someone who never logs contacts is not reminded of it.
    """
    params = Period(until - timedelta(days=QUIET_DAYS - 1), until).params()
    row = journal.query(
        """SELECT (SELECT count(DISTINCT day) FROM entries
                   WHERE day BETWEEN :since AND :until) AS logged,
                  (SELECT count(*) FROM connections
                   WHERE day BETWEEN :since AND :until) AS contacts,
                  EXISTS (SELECT 1 FROM connections WHERE day < :since) AS used""",
        params,
    )[0]
    return bool(row["used"]) and row["contacts"] == 0 and row["logged"] >= QUIET_MIN_LOGGED


def _urgent_treadmill(journal: Journal, until: date) -> bool:
    """'Do' took ≥ 70 % of the time in three consecutive reviewed weeks, the last recent."""
    week = Period.week_of(until)
    ordered = [week.shifted(-back).label for back in range(TREADMILL_WEEKS + 1)]
    shares = {
        row["iso_week"]: row["share_do"]
        for row in journal.query(
            f"SELECT iso_week, share_do FROM reviews WHERE iso_week IN "
            f"({', '.join('?' * len(ordered))}) AND share_do IS NOT NULL",
            ordered,
        )
    }
    # The current week may not be reviewed yet: three running weeks ending this week or last.
    for start in (0, 1):
        run = ordered[start : start + TREADMILL_WEEKS]
        if all(shares.get(label, -1) >= TREADMILL_SHARE for label in run):
            return True
    return False
