"""The only reader of the real clock and the time zone; everything else asks here.

Stamps (the ``*_at`` columns, ``exported_at``) are the user's local time with its UTC offset,
such as ``2026-11-27T08:14:03+01:00``: one unambiguous instant, whose first ten characters are
the user's own calendar day when it happened. So the day of any record is ``day_of(stamp)``
in Python and ``substr(stamp, 1, 10)`` in SQL, and never a cut of a UTC string.

``VEERKRACHT_TODAY`` (an ISO date) moves the whole clock to that day and keeps the real time
of day, so stamps, "today", backup and migration-copy names and ``exported_at`` all agree: a
journal written under a fixed day reads back as written on that day.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timezone

from veerkracht.errors import InvalidValue

# The days a journal can hold (documented in the README); "today" must lie inside them too.
FIRST_DAY = date(1900, 1, 1)
LAST_TODAY = date(9998, 12, 31)


def now() -> datetime:
    """The current moment in the user's time zone (aware)."""
    real = datetime.now().astimezone()
    fixed = _fixed_day()
    if fixed is None:
        return real
    return datetime.combine(fixed, real.time()).astimezone()


def real_utc() -> datetime:
    """The real moment in UTC, whatever ``VEERKRACHT_TODAY`` says: for what the program itself
    did to the file (when a migration was recorded, as sqlite-utils records it), not the user's days."""
    return datetime.now(timezone.utc)


def today() -> date:
    """The user's local calendar day."""
    fixed = _fixed_day()
    return fixed if fixed is not None else datetime.now().date()


def stamp() -> str:
    """The current moment as stored: local time with its offset, to the second."""
    return now().isoformat(timespec="seconds")


def stamp_at(day: date, hour: int = 12, minute: int = 0, second: int = 0) -> str:
    """A stamp for a local wall-clock time on ``day`` (the demo's moments, jrnl's times)."""
    moment = datetime(day.year, day.month, day.day, hour, minute, second)
    return moment.astimezone().isoformat(timespec="seconds")


def local_stamp(value: str) -> str:
    """The same instant as ``value`` (any offset), written in the user's time zone."""
    return datetime.fromisoformat(value).astimezone().isoformat(timespec="seconds")


def day_of(value: str) -> date:
    """The user's calendar day of a stored stamp (its own local date)."""
    return date.fromisoformat(value[:10])


def time_of(value: str) -> str:
    """The local wall-clock time of a stored stamp, ``HH:MM``."""
    return value[11:16]


def file_stamp() -> str:
    """The current moment for file names (backups, copies before a migration)."""
    return now().strftime("%Y%m%d-%H%M%S")


def _fixed_day() -> date | None:
    text = os.environ.get("VEERKRACHT_TODAY", "").strip()
    if not text:
        return None
    try:
        fixed = date.fromisoformat(text)
    except ValueError:
        fixed = None
    if fixed is None or not FIRST_DAY <= fixed <= LAST_TODAY or len(text) != 10:
        raise InvalidValue.of("core.rule_today", value=text)
    return fixed
