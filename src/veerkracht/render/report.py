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
from veerkracht.i18n import N_, t, tn
from veerkracht.queries.energy import BASELINE_MIN_DAYS, RECENT_MIN_DAYS
from veerkracht.render import charts
from veerkracht.render.lines import MAX_WEEK_ROWS, heading, line, number, signed, signed_difference
from veerkracht.render.memories import memory_lines
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
    insights_section(report["insights"], out)
    cycles_section(report["cycles"], out)
    reviews_section(report["reviews"], out)
    actions_section(report["actions"], out)
    connection_section(report["connection"], out)
    signals_section(report["signals"], out)
    if report.get("on_this_day"):
        heading(t("report.on_this_day"), out)
        for memory in memory_lines(report["on_this_day"]):
            out.print(memory)
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


def insights_section(insights: dict, out: Console) -> None:
    """What goes with your energy: tags the same day and the day after, intentions kept
    (queries/insights.py; docs/insights.md). Only what survives is said to go with it."""
    heading(t("report.tags"), out)
    least = insights["method"]["min_days"]
    if not insights["tags"]:
        line(t("report.tags_none", min=least), out, "italic")
    else:
        line(t("report.insights_note", min=least), out, "dim")
        if insights["days"] < insights["period_days"]:
            line(tn("report.insights_span", insights["days"]), out, "dim")
        for row in insights["tags"]:
            if row["goes_with"]:
                key = N_("report.goes_higher") if row["difference"] > 0 else N_("report.goes_lower")
                line(t(key, **_figures(row)), out)
        for row in insights["next_day"]:
            if row["goes_with"]:
                key = N_("report.next_higher") if row["difference"] > 0 else N_("report.next_lower")
                line(t(key, **_figures(row)), out)
        for rows, key in ((insights["tags"], N_("report.unclear_same")),
                          (insights["next_day"], N_("report.unclear_next"))):
            unclear = [t("report.unclear_item", **_figures(row)) for row in rows
                       if not row["goes_with"] and row["difference"] is not None]
            if unclear:
                line(t(key, items="; ".join(unclear)), out, "dim")
    kept = insights["commitments"]
    if not kept["enough"]:
        line(t("report.kept_too_few", min=least), out, "dim")
    elif kept["goes_with"]:
        key = N_("report.kept_higher") if kept["difference"] > 0 else N_("report.kept_lower")
        line(t(key, **_figures(kept, "weeks")), out)
    else:
        line(t("report.kept_unclear", **_figures(kept, "weeks")), out, "dim")


def _figures(row: dict, unit: str = "days") -> dict:
    """A comparison's figures as the messages show them, rounded once, in the language."""
    low, high = row["low"], row["high"]
    return {
        "tag": row.get("tag", ""),
        "with_": number(row["mean_with"]), "without": number(row["mean_without"]),
        "difference": signed_difference(row["mean_with"], row["mean_without"])
        if row["mean_with"] is not None and row["mean_without"] is not None else "–",
        "low": signed(low) if low is not None else "–",
        "high": signed(high) if high is not None else "–",
        "n_with": row[f"{unit}_with"], "n_without": row[f"{unit}_without"],
    }
