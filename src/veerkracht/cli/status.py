"""veerkracht (no command): the dashboard: today, this week, actions, rhythms, signals."""

from __future__ import annotations

from datetime import date, timedelta

from rich.console import RenderableType
from rich.text import Text

from veerkracht.cli import common
from veerkracht.domain.dates import format_day, weekday_names
from veerkracht.domain.rounding import whole
from veerkracht.i18n import t, tn, words
from veerkracht.queries.dashboard import on_this_day, status
from veerkracht.render.charts import energy_style, spark_char
from veerkracht.render.fit import hanging
from veerkracht.render.lines import number
from veerkracht.render.memories import memory_lines
from veerkracht.render.signals import worded
from veerkracht.store import entries


def show() -> None:
    """Today's entries or an invitation to log, the week, actions, cycle, review, signals."""
    today = common.today()
    with common.open_journal(write=False) as journal:
        todays = entries.on_day(journal, today)
        figures = status(journal, today)
        figures["on_this_day"] = on_this_day(journal, today)
    render(todays, figures, today)


def render(todays: list[dict], figures: dict, today: date) -> None:
    """Draw the dashboard on stdout."""
    out = common.console()
    out.print(Text(t("core.status_today", day=format_day(today)), style="bold"))
    if not todays:
        out.print(Text(t("core.status_nothing")))
    for entry in todays:
        out.print(_entry_line(entry))
    for line in memory_lines(figures.get("on_this_day", [])):
        out.print(line)
    out.print()
    out.print(_week_line(figures["week"], today))
    out.print(Text(_actions_text(figures["actions"])))
    out.print(Text(_since_text("cycle", figures["days_since_cycle"])))
    out.print(Text(_since_text("review", figures["days_since_review"])))
    for signal in map(worded, figures["signals"]):
        out.print(hanging(Text("• ", style="yellow"), signal["message"]))
        if "help" in signal:
            out.print(hanging("  ", Text(signal["help"], style="bold")))
    out.print(Text(t("report.status_more"), style="dim"))


def _entry_line(entry: dict) -> RenderableType:
    line = Text()
    if entry["energy"] is not None:
        line.append(t("core.status_entry", energy=entry["energy"]), style="bold")
    else:
        line.append(t("core.note_no_energy"), style="dim")
    text = entry["reflection"] or entry["win"] or ""
    if text:
        line.append(" — " + text.splitlines()[0])
    return hanging("  • ", line)


def _week_line(week: dict, today: date) -> Text:
    """``This week  ▅▆▃ ·  ma di wo …`` : one character a day, the days to come as dots."""
    monday = date.fromisoformat(week["monday"])
    names = weekday_names()
    line = Text(t("report.status_week") + " ", style="bold")
    for offset in range(7):
        day = monday + timedelta(days=offset)
        mean = week["days"].get(day.isoformat())
        line.append(f"{names[offset]} ", style="dim")
        if day > today:
            line.append("·  ", style="dim")
        else:
            mark = f"{spark_char(mean)}{whole(mean)}" if mean is not None else "– "
            line.append(mark + " ", style=energy_style(mean) if mean is not None else "dim")
    if week["n"]:
        summary = tn("report.status_week_mean", week["n"], mean=number(week["mean"]))
    else:
        summary = t("report.status_week_none")
    return line.append(summary, style="")


def _actions_text(actions: dict) -> str:
    if not actions["open"]:
        return t("report.status_actions_none")
    return t("report.status_actions", open=actions["open"], overdue=actions["overdue"])


def _since_text(kind: str, days: int | None) -> str:
    if days is None:
        return t(words.STATUS_NEVER[kind])
    if days <= 0:
        return t(words.STATUS_TODAY[kind])
    if days == 1:
        return t(words.STATUS_YESTERDAY[kind])
    return words.STATUS_AGO[kind](days)
