"""A year in pixels: weeks as columns, weekdays as rows, each day its mean energy."""

from __future__ import annotations

from datetime import date, timedelta

from rich.console import Console
from rich.text import Text

from veerkracht.domain.dates import month_names, weekday_names
from veerkracht.domain.rounding import whole
from veerkracht.i18n import t, tn
from veerkracht.render.lines import number

# Background colours from low to high energy (index = rounded energy 0–10).
SCALE = (
    "#7f1d1d", "#b91c1c", "#dc2626", "#ea580c", "#f59e0b", "#eab308",
    "#a3e635", "#65a30d", "#16a34a", "#15803d", "#14532d",
)
LABEL = 4  # width of the weekday labels on the left


def cell_text(mean: float) -> str:
    """The digit a day shows: its rounded mean energy, X for 10 (one character)."""
    level = level_of(mean)
    return "X" if level >= 10 else str(level)


def level_of(mean: float) -> int:
    """The mean as a whole number 0 … 10, a tie away from zero (4.5 → 5) as everywhere."""
    return max(0, min(10, whole(mean)))


def render_year(figures: dict, out: Console) -> None:
    """Draw the grid for ``figures`` (from ``queries.energy.year_days``) on ``out``."""
    year = figures["year"]
    out.print(Text(t("report.calendar_title", year=year), style="bold"))
    if not figures["days_logged"]:
        out.print(Text(t("report.calendar_empty", year=year)))
        return
    means = {row["day"]: row["mean"] for row in figures["days"]}
    first = date(year, 1, 1)
    start = first - timedelta(days=first.weekday())
    columns = (date(year, 12, 31) - start).days // 7 + 1
    cell = 2 if LABEL + columns * 2 <= out.width else 1
    out.print(_month_row(year, start, columns, cell))
    names = weekday_names()
    for weekday in range(7):
        row = Text(f"{names[weekday]:<{LABEL}}", style="dim")
        for column in range(columns):
            day = start + timedelta(days=7 * column + weekday)
            mean = means.get(day.isoformat()) if day.year == year else None
            if mean is None:
                row.append(" " * cell)
                continue
            text = cell_text(mean).rjust(cell)
            row.append(text, style=f"bold white on {SCALE[level_of(mean)]}")
        out.print(row)
    out.print()
    out.print(_legend())
    out.print(Text(t("report.calendar_legend"), style="dim"))
    out.print(Text(tn("report.calendar_days", figures["days_logged"],
                     mean=number(figures["mean"]))))


def _month_row(year: int, start: date, columns: int, cell: int) -> Text:
    """Month names above the column of the week holding each month's first day."""
    months = month_names()
    chars = [" "] * (columns * cell)
    taken = -1
    for month in range(1, 13):
        column = (date(year, month, 1) - start).days // 7
        position = column * cell
        name = months[month - 1]
        if position <= taken:
            position = taken + 1
        if position + len(name) > len(chars):
            break
        chars[position : position + len(name)] = list(name)
        taken = position + len(name)
    return Text(" " * LABEL + "".join(chars), style="dim")


def _legend() -> Text:
    legend = Text(t("report.calendar_scale") + " ", style="dim")
    for level, colour in enumerate(SCALE):
        legend.append(cell_text(level), style=f"bold white on {colour}")
    legend.append(" " + t("report.calendar_scale_high"), style="dim")
    return legend
