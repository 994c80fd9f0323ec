"""The report in the terminal: one titled section per concern, each with its n."""

from __future__ import annotations

from datetime import date, timedelta

from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from veerkracht.domain.dates import format_day, format_week, month_names, weekday_names
from veerkracht.domain.period import Period
from veerkracht.domain.rounding import whole
from veerkracht.i18n import t, tn, words
from veerkracht.queries.energy import BASELINE_MIN_DAYS, RECENT_MIN_DAYS
from veerkracht.render import charts
from veerkracht.render.lines import MAX_WEEK_ROWS, heading, line, number, signed_difference
from veerkracht.render.sections import (
    actions_section,
    connection_section,
    cycles_section,
    reviews_section,
    signals_section,
)


def render(report: dict, out: Console) -> None:
    """Print every section of ``report`` (from ``queries.report.build``) on ``out``."""
    since = date.fromisoformat(report["period"]["since"])
    until = date.fromisoformat(report["period"]["until"])
    out.print(Text(t("report.title", since=format_day(since), until=format_day(until)), style="bold"))
    out.print(Text(tn("report.period", report["period"]["days"]), style="dim"))
    energy_section(report["energy"], since, until, out)
    tags_section(report["tags"], out)
    cycles_section(report["cycles"], out)
    reviews_section(report["reviews"], out)
    actions_section(report["actions"], out)
    connection_section(report["connection"], out)
    signals_section(report["signals"], out)
    out.print()
    out.print(Rule(style="dim"))
    out.print(Text(t("core.disclaimer"), style="dim italic"))


def energy_section(energy: dict, since: date, until: date, out: Console) -> None:
    heading(t("report.energy"), out)
    line(tn("report.energy_logged", energy["entries"], logged=energy["days_logged"],
            days=energy["days_in_period"]), out)
    if not energy["days_logged"]:
        line(t("report.not_enough"), out, "italic")
        return
    line(t("report.energy_mean", mean=number(energy["mean"]), min=number(energy["min"]),
           max=number(energy["max"])), out)
    out.print()
    _energy_chart(energy, since, until, out)
    out.print()
    _weekly_table(energy["weekly"], out)
    _recent(energy, out)
    _weekdays(energy["weekday"], energy["weekday_days"], out)
    line(t("report.low_days", low=energy["low_days"], logged=energy["days_logged"],
           run=energy["longest_low_run"]), out)


def _energy_chart(energy: dict, since: date, until: date, out: Console) -> None:
    room = max(10, out.width - 4)
    days = (until - since).days + 1
    if days <= room:
        cell = max(1, min(3, room // days))
        values = charts.series_by_day(energy["daily"], since, until, "mean")
        rolling = charts.series_by_day(energy["daily"], since, until, "rolling_mean")
        for row in charts.bars(values, cell):
            out.print(row)
        spark = Text(t("report.rolling_label").rjust(2) + " ┤", style="dim")
        for value in rolling:
            spark.append(charts.spark_char(value) * cell, style="cyan" if value is not None else "")
        out.print(spark)
        out.print(charts.axis(days, cell, _day_labels(since, days)))
        line(t("report.chart_daily"), out, "dim")
        return
    weeks = Period(since, until).weeks()[-room:]
    cell = max(1, min(4, room // len(weeks)))
    by_week = {row["week"]: row["mean"] for row in energy["weekly"]}
    for row in charts.bars([by_week.get(week) for week in weeks], cell):
        out.print(row)
    every = max(1, -(-8 // cell))  # a label needs about 8 characters
    labels = {i: week[5:] if cell > 1 else week[2:] for i, week in enumerate(weeks) if i % every == 0}
    out.print(charts.axis(len(weeks), cell, labels))
    line(t("report.chart_weekly"), out, "dim")


def _day_labels(since: date, days: int) -> dict[int, str]:
    """Label each Monday; the first day too when the first Monday is far enough away."""
    months = month_names()
    labels = {}
    for offset in range(days):
        day = since + timedelta(days=offset)
        first_monday = (7 - since.weekday()) % 7
        if day.weekday() == 0 or (offset == 0 and first_monday >= 4):
            labels[offset] = f"{day.day} {months[day.month - 1]}"
    return labels


def _weekly_table(weekly: list[dict], out: Console) -> None:
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False)
    table.add_column(t("report.col_week"))
    table.add_column(t("report.col_mean"), justify="right", style="bold")
    table.add_column(t("report.col_range"), justify="right")
    table.add_column(t("report.col_days"), justify="right")
    shown = weekly[-MAX_WEEK_ROWS:]
    for row in shown:
        table.add_row(format_week(row["week"]), number(row["mean"]), f"{number(row['min'])}–{number(row['max'])}",
                      str(row["days"]))
    out.print(table)
    if len(shown) < len(weekly):
        line(tn("report.weeks_shown", len(weekly), shown=len(shown)), out, "dim")


def _recent(energy: dict, out: Console) -> None:
    if energy["difference"] is None:
        line(t("report.recent_not_enough", recent=RECENT_MIN_DAYS, baseline=BASELINE_MIN_DAYS,
               recent_n=energy["recent_days"], baseline_n=energy["baseline_days"]), out)
        return
    difference = signed_difference(energy["recent_mean"], energy["baseline_mean"])
    line(t("report.recent", recent=number(energy["recent_mean"]), recent_n=energy["recent_days"],
           baseline=number(energy["baseline_mean"]), baseline_n=energy["baseline_days"],
           difference=difference), out)


def _weekdays(weekday: dict, days: dict, out: Console) -> None:
    line(t("report.weekday"), out, "bold")
    names = weekday_names()
    width = max(5, min(20, out.width - 30))
    for index, (key, mean) in enumerate(weekday.items()):
        row = Text(f"  {names[index]:<4}")
        if mean is None:
            row.append("–".rjust(5) + "  " + t("report.n", n=0), style="dim")
        else:
            filled = whole(mean / 10 * width)
            row.append(f"{number(mean):>5} ")
            row.append("█" * filled, style=charts.energy_style(mean))
            row.append("·" * (width - filled), style="dim")
            row.append("  " + t("report.n", n=days[key]), style="dim")
        out.print(row)


def tags_section(tags: dict, out: Console) -> None:
    heading(t("report.tags"), out)
    if not tags["tags"]:
        line(t("report.tags_none", min=tags["min_days"]), out, "italic")
        return
    line(t("report.tags_note", min=tags["min_days"]), out, "dim")
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False)
    table.add_column(t("report.col_tag"))
    for key in ("col_with", "col_without", "col_difference"):
        table.add_column(t(words.REPORT_COLUMN[key]), justify="right")
    for row in tags["tags"]:
        table.add_row(
            Text(row["tag"]),
            t("report.mean_n", mean=number(row["mean_with"]), n=row["days_with"]),
            t("report.mean_n", mean=number(row["mean_without"]), n=row["days_without"]),
            signed_difference(row["mean_with"], row["mean_without"]),
        )
    out.print(table)
