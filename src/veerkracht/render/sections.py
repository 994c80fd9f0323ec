"""The report's sections about habits: cycles, reviews, actions, connection, signals."""

from __future__ import annotations

from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from veerkracht.domain.dates import format_day, format_week
from veerkracht.domain.numbers import percent
from veerkracht.i18n import t, tn, words
from veerkracht.render import charts
from veerkracht.render.fit import hanging
from veerkracht.render.lines import MAX_WEEK_ROWS, heading, line, number, signed
from veerkracht.render.signals import worded


def cycles_section(cycles: dict, out: Console) -> None:
    heading(t("report.cycles"), out)
    line(t("report.cycles_count", count=cycles["count"]), out)
    if cycles["last"] is None:
        line(t("report.cycles_never"), out, "italic")
    else:
        day = format_day(date.fromisoformat(cycles["last"]))
        line(tn("report.cycles_last", cycles["days_since_last"], day=day), out)
    if cycles["count"]:
        names = [t(words.PILLAR[p]) for p in cycles["pillars"]]
        line(t("report.cycles_pillars", pillars=", ".join(names) or t("report.pillars_none")), out)
    if not cycles["values"]:
        line(t("report.values_none"), out, "dim")
        return
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False)
    table.add_column(t("report.col_value"))
    table.add_column(t("report.col_alignment"), justify="right")
    table.add_column(t("report.col_checks"), justify="right")
    table.add_column(t("report.col_trend"), justify="right")
    for row in cycles["values"]:
        trend = "–" if row["trend"] is None else signed(row["trend"])
        table.add_row(Text(row["value"]), number(row["mean"]), str(row["checks"]), trend)
    out.print(table)
    line(t("report.values_trend_note"), out, "dim")


def reviews_section(reviews: dict, out: Console) -> None:
    heading(t("report.reviews"), out)
    line(t("report.reviews_count", count=reviews["count"]), out)
    if not reviews["count"]:
        line(t("report.not_enough"), out, "italic")
        return
    names = {q: t(words.REPORT_QUADRANT[q]) for q in charts.QUADRANT_STYLE}
    marks = {q: f"{char} {names[q]}" for q, (char, _) in charts.QUADRANT_STYLE.items()}
    line(t("report.reviews_legend", **marks), out, "dim")
    line(t("report.reviews_order", **names), out, "dim")
    width = max(10, min(40, out.width - 32))
    shown = reviews["weeks"][-MAX_WEEK_ROWS:]
    for week in shown:
        row = Text(f"{format_week(week['week']):<14}  ")
        split = week["quadrants"]
        if split is None:
            row.append(t("report.reviews_no_split"), style="dim")
        else:
            row.append(charts.stacked_bar(split, width))
            row.append("  " + "·".join(str(split[q]) for q in charts.QUADRANT_STYLE))
        out.print(row)
    if len(shown) < len(reviews["weeks"]):
        line(tn("report.weeks_shown", len(reviews["weeks"]), shown=len(shown)), out, "dim")
    if reviews["important_not_urgent_share"] is not None:
        line(tn("report.reviews_important", reviews["weeks_with_time_split"],
                share=percent(reviews["important_not_urgent_share"], 1)), out)
    line(t("report.reviews_items", items=reviews["items"], dropped=reviews["items_dropped"],
           carried=reviews["carry_overs"]), out)


def actions_section(actions: dict, out: Console) -> None:
    heading(t("report.actions"), out)
    if not actions["created"]:
        line(t("report.actions_line", **actions), out)
        line(t("report.not_enough"), out, "italic")
        return
    line(t("report.actions_line", **actions), out)
    rate = percent(actions["completion_rate"] * 100)
    line(t("report.actions_rate", rate=rate, n=actions["created"]), out)


def connection_section(connection: dict, out: Console) -> None:
    heading(t("report.connection"), out)
    line(t("report.connection_line", count=connection["count"], people=tn("core.count_people", connection["people"]),
           per_week=number(connection["per_week"])), out)
    if connection["count"]:
        shown = connection["weekly"][-MAX_WEEK_ROWS:]
        weeks = "  ".join(f"{row['week'][5:]} {row['count']}" for row in shown)
        line(t("report.contacts_weekly", weeks=weeks), out)
        if len(shown) < len(connection["weekly"]):
            line(tn("report.weeks_shown", len(connection["weekly"]), shown=len(shown)), out, "dim")
        line(t("report.connection_balance", care=connection["care"],
               challenge=connection["challenge"]), out)
    if connection["review_balance_n"]:
        mean = signed(connection["review_balance"])
        line(t("report.connection_review", mean=mean, n=connection["review_balance_n"]), out)
    if not connection["count"] and not connection["review_balance_n"]:
        line(t("report.not_enough"), out, "italic")


def signals_section(signals: list[dict], out: Console) -> None:
    """The signals that fire (data from ``queries.signals``), each in its sentence."""
    heading(t("report.signals"), out)
    if not signals:
        line(t("report.signals_none"), out)
        return
    for signal in map(worded, signals):
        out.print(hanging(Text("• ", style="yellow"), Text(signal["message"])))
        if "help" in signal:
            out.print(hanging("  ", Text(signal["help"], style="bold")))
