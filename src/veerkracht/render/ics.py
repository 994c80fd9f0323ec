"""The open actions and the weekly review as an RFC 5545 calendar (``.ics``): data in, bytes out.

Written with the icalendar package, which folds long lines at 75 octets (never inside a
character), ends every line with CRLF and escapes ``\\ ; ,`` and newlines in text. What the
calendar holds:

- one all-day VEVENT per open action with a due date, on that date (``VALUE=DATE``: a day
  needs no time zone). A VEVENT, not a VTODO: RFC 5545's VTODO fits a commitment with a due
  date better, but Google Calendar and others ignore VTODO on import, and an action that
  never shows up is no reminder. Marked free (``TRANSP:TRANSPARENT``), so it blocks no time,
  with an alert at 09:00 that morning;
- one recurring VEVENT for the weekly review (``RRULE:FREQ=WEEKLY``), in floating local time:
  16:00 wherever the user is, which is what a habit means, so no ``TZID``.

Every event has a UID that stays the same from one file to the next (``<action id>@veerkracht``,
``weekly-review@veerkracht``), so a calendar that matches events by UID updates them when the
file is imported again instead of adding a second copy. Text goes through
:func:`veerkracht.domain.text.printable` first: RFC 5545 text holds no control characters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from icalendar import Alarm, Calendar, Event

from veerkracht.domain.text import printable
from veerkracht.i18n import t, words

REVIEW_UID = "weekly-review@veerkracht"
ALERT_AT = timedelta(hours=9)  # an all-day event starts at midnight: the alert comes at 09:00


@dataclass(frozen=True)
class WeeklySlot:
    """When the weekly review recurs: a weekday (0 = Monday) and a local time, for ``minutes``."""

    weekday: int = 4  # Friday: the end of the working week, as the review's looking back asks
    at: time = time(16, 0)
    minutes: int = 30  # the review takes 20–30 minutes (5 with --short)

    def first(self, today: date) -> date:
        """The slot's day in the week of ``today``, today or later."""
        return today + timedelta(days=(self.weekday - today.weekday()) % 7)


DEFAULT_SLOT = WeeklySlot()
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class DatedAction:
    """An open action as the calendar shows it."""

    id: str
    handle: str
    text: str
    due: date
    origin: str


def action_uid(action_id: str) -> str:
    return f"{action_id}@veerkracht"


def calendar(
    actions: Iterable[DatedAction], slot: WeeklySlot, *, today: date, stamp: datetime, version: str
) -> bytes:
    """The calendar file: one all-day event per action and the recurring weekly review.

    ``stamp`` (aware) is the DTSTAMP of every event, ``today`` decides the review's first day.
    """
    book = Calendar()
    book.add("prodid", f"-//veerkracht//veerkracht {version}//EN")
    book.add("version", "2.0")
    book.add("calscale", "GREGORIAN")
    book.add("method", "PUBLISH")
    book.add("x-wr-calname", t("ics.calendar_name"))
    moment = stamp.astimezone(timezone.utc)
    for action in actions:
        book.add_component(_action_event(action, moment))
    book.add_component(_review_event(slot, today, moment))
    return book.to_ical()


def _action_event(action: DatedAction, moment: datetime) -> Event:
    summary = printable(action.text)
    event = Event()
    event.add("uid", action_uid(action.id))
    event.add("dtstamp", moment)
    event.add("dtstart", action.due)
    event.add("dtend", action.due + timedelta(days=1))
    event.add("summary", summary)
    origin = t(words.ORIGIN[action.origin]) if action.origin in words.ORIGIN else printable(action.origin)
    event.add("description", t("ics.action_description", origin=origin, handle=action.handle))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["veerkracht"])
    alert = Alarm()
    alert.add("action", "DISPLAY")
    alert.add("description", summary)
    alert.add("trigger", ALERT_AT)
    event.add_component(alert)
    return event


def _review_event(slot: WeeklySlot, today: date, moment: datetime) -> Event:
    event = Event()
    event.add("uid", REVIEW_UID)
    event.add("dtstamp", moment)
    event.add("dtstart", datetime.combine(slot.first(today), slot.at))  # naive: floating local time
    event.add("duration", timedelta(minutes=slot.minutes))
    event.add("rrule", {"freq": "weekly", "byday": _BYDAY[slot.weekday]})
    event.add("summary", t("ics.review_summary"))
    event.add("description", t("ics.review_description"))
    event.add("categories", ["veerkracht"])
    return event
