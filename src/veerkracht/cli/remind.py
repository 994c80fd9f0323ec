"""veerkracht remind: a daily reminder to log and a weekly one for the review, through the
user's own scheduler (flows/schedulers.py); what a fired one says is flows/rhythm.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Optional

import typer

from veerkracht import i18n
from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.db import peek
from veerkracht.errors import InvalidValue
from veerkracht.flows import rhythm, schedulers
from veerkracht.i18n import t

app = command()


@app.command()
def remind(
    daily: Annotated[
        Optional[str],
        typer.Option("--daily", metavar="HH:MM", help="Remind me every day at this time to log, unless I already did.",
                     show_default=False),
    ] = None,
    weekly: Annotated[
        Optional[tuple[str, str]],
        typer.Option("--weekly", metavar="DAY HH:MM",
                     help="Remind me of the weekly review on this day at this time (mon … sun).",
                     show_default=False),
    ] = None,
    off: Annotated[bool, typer.Option("--off", help="Remove both reminders.")] = False,
    no_daily: Annotated[bool, typer.Option("--no-daily", help="Remove the daily reminder.")] = False,
    no_weekly: Annotated[bool, typer.Option("--no-weekly", help="Remove the weekly review reminder.")] = False,
    fire: Annotated[Optional[str], typer.Option("--fire", hidden=True)] = None,
) -> None:
    """Set, show or remove reminders to log and to do the weekly review.

    They go to your own scheduler: a systemd user timer, else a line in your crontab; on macOS
    a launchd agent. Without one, or when it refuses, you get the exact lines to add. A
    reminder shows a desktop notification (notify-send, osascript) only when there is
    something to do: nothing when today is logged, or a review was completed in the last 7
    days. Setting one again replaces it. Without options: what is set, and where.
    Example: veerkracht remind --daily 17:30 --weekly fri 16:00
    """
    if fire is not None:
        _fire(fire)
        return
    if (off and (daily or weekly)) or (daily and no_daily) or (weekly and no_weekly):
        raise InvalidValue(t("remind.set_and_remove"))
    wanted = []
    if daily is not None:
        wanted.append(schedulers.reminder("daily", daily))
    if weekly is not None:
        wanted.append(schedulers.reminder("weekly", weekly[1], weekly[0]))
    if wanted:
        _check_path(common.journal_path())
    removed = [kind for kind, asked in (("daily", off or no_daily), ("weekly", off or no_weekly)) if asked]
    scheduler = schedulers.choose()
    if not wanted and not removed:
        _show(scheduler)
        return
    _remove(scheduler, removed)
    for chosen in wanted:
        _set(scheduler, chosen)
    if wanted and not rhythm.can_notify():
        common.say(t("remind.no_notifier"))


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _check_path(journal: Path) -> None:
    """A line break in the journal's path would split the crontab line or the unit's ExecStart=
    (and no escape of it reaches every cron's shell): refused before anything is set."""
    shown = _CONTROL.sub(lambda control: repr(control[0])[1:-1], str(journal))
    if shown != str(journal):
        raise InvalidValue(t("remind.path_control", path=shown))


def _set(scheduler: schedulers.Scheduler, reminder: schedulers.Reminder) -> None:
    journal = common.journal_path()
    seen = peek.glance(journal, common.today())  # the journal's own language, when it has one
    common.context().use_journal_language(seen.lang if seen else None)
    job = schedulers.job_command(journal, i18n.current(), reminder.kind)
    try:
        scheduler.set(reminder, job)
    except schedulers.ByHand as refused:
        common.say(refused.message, style="yellow")
        typer.echo("\n".join(refused.lines))
        return
    where = scheduler.where(reminder.kind)
    if reminder.weekday is None:
        common.say(t("remind.set_daily", time=reminder.time, where=where), style="green")
    else:
        common.say(t("remind.set_weekly", day=_day(reminder.weekday), time=reminder.time, where=where),
                   style="green")


def _remove(scheduler: schedulers.Scheduler, kinds: list[str]) -> None:
    if not kinds:
        return
    gone = [kind for kind in kinds if scheduler.remove(kind)]
    if "daily" in gone:
        common.say(t("remind.removed_daily"), style="green")
    if "weekly" in gone:
        common.say(t("remind.removed_weekly"), style="green")
    if not gone:
        common.say(t("remind.removed_none"))


def _show(scheduler: schedulers.Scheduler) -> None:
    found = scheduler.read()
    if not found:
        typer.echo(t("remind.show_none"))
        return
    if "daily" in found:
        typer.echo(t("remind.show_daily", time=found["daily"].time, where=scheduler.where("daily")))
    if "weekly" in found:
        weekly = found["weekly"]
        day = _day(weekly.weekday) if weekly.weekday is not None else "*"
        typer.echo(t("remind.show_weekly", day=day, time=weekly.time, where=scheduler.where("weekly")))


def _day(weekday: int) -> str:
    return t("remind.weekday_names").split()[weekday]


def _fire(kind: str) -> None:
    """What the scheduler runs: a notification when there is something to do, else nothing.
    Never a word on stdout or stderr (cron mails whatever a job prints) and never an error."""
    if kind not in schedulers.KINDS:
        raise InvalidValue(t("remind.fire_unknown", kind=kind, kinds=", ".join(schedulers.KINDS)))
    try:
        text = rhythm.reminder_text(kind, rhythm.journal_path(common.context().journal), common.today())
    except rhythm.QUIET:
        return
    if text is not None:
        rhythm.notify(text)
