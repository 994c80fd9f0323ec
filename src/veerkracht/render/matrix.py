"""Rich output of the weekly review: the 2 × 2 matrix, the week's energy bars, the summary.

User text always goes into ``rich.text.Text`` objects, so a title that says ``[bold]`` is
printed as typed.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from veerkracht.domain.dates import format_day, format_week, weekday_names
from veerkracht.domain.numbers import compact, percent, signed
from veerkracht.domain.vocabulary import QUADRANTS, quadrant_name
from veerkracht.i18n import N_, t, tn, words
from veerkracht.render.fit import FitTable, hanging

_STYLE = {"do": "red", "schedule": "green", "delegate": "yellow", "drop": "dim"}
_BAR_WIDTH = 20


def item_line(item: dict, number: int | None = None, handle: str | None = None) -> Text:
    """One item: its title, and where the decision differs from the quadrant, the decision;
    with ``handle``, the handle that ``review edit`` and ``review delete`` take."""
    line = Text(f"{number}. " if number is not None else "• ")
    line.append(item["title"])
    marks = []
    if item["decision"] != item["quadrant"]:
        marks.append("→ " + quadrant_name(item["decision"]))
    if item["decision"] == "delegate" and item.get("delegate_to"):
        marks.append(t("review.mark_to", who=item["delegate_to"]))
    if item.get("stop_kind") or item.get("stop"):
        marks.append("⏹ " + t(words.STOP_KIND[item.get('stop_kind') or 'list']))
    if item.get("carried_from"):
        marks.append("↻ " + t("review.mark_carried"))
    if item.get("status") in ("done", "dropped"):
        marks.append("✓" if item["status"] == "done" else "✗")
    if marks:
        line.append("  (" + ", ".join(marks) + ")", style="dim")
    if handle:
        line.append("  " + handle, style="dim")
    return line


def _cell(code: str, items: list[dict], handles: dict[str, str]) -> RenderableType:
    heading = Text(quadrant_name(code).capitalize(), style=f"bold {_STYLE[code]}")
    mine = [item for item in items if item["quadrant"] == code]
    lines: list[RenderableType] = [_hang(item_line(item, handle=handles.get(item["id"]))) for item in mine]
    lines = lines or [Text(t("review.cell_empty"), style="dim")]
    return Group(heading, *lines)


def _hang(line: Text) -> RenderableType:
    """An item whose wrapped lines stay under its title, not under the bullet."""
    return hanging(line[:2], line[2:])


class _Matrix:
    """The matrix drawn for the width it gets: below :data:`_LABELS_FROM` cells the row labels
    (important, not important) give their room to the items; the quadrant names still say it."""

    def __init__(self, title: str, rows: list[tuple[str, RenderableType, RenderableType]]) -> None:
        self.title, self.rows = title, rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        labels = options.max_width >= _LABELS_FROM
        table = Table(title=self.title, show_lines=True, expand=True, title_justify="left")
        if labels:
            table.add_column("", no_wrap=True, style="bold")
        table.add_column(t("review.col_urgent"), ratio=1)
        table.add_column(t("review.col_not_urgent"), ratio=1)
        for label, urgent, not_urgent in self.rows:
            table.add_row(*([label] if labels else []), urgent, not_urgent)
        yield table


_LABELS_FROM = 80


def matrix(label: str, items: list[dict], handles: dict[str, str] | None = None) -> RenderableType:
    """The 2 × 2 matrix: urgent / not urgent across, important / not important down; each item
    with its handle when ``handles`` (ID → handle) has one."""
    handles = handles or {}
    return _Matrix(tn("review.matrix_items", len(items), week=format_week(label)), [
        (t("review.row_important"), _cell("do", items, handles), _cell("schedule", items, handles)),
        (t("review.row_not_important"), _cell("delegate", items, handles), _cell("drop", items, handles)),
    ])


def energy_chart(label: str, monday: date, rows: list[dict]) -> RenderableType:
    """A bar per day of the week from the day's mean energy; a dash for days not logged."""
    by_day = {row["day"]: row for row in rows}
    if not by_day:
        return Text(t("review.energy_none", week=format_week(label)), style="dim")
    names = weekday_names()
    lines = [Text(t("review.energy_title", week=format_week(label)), style="bold")]
    for offset in range(7):
        day = monday + timedelta(days=offset)
        line = Text(f"{names[offset]:<4}{day.day:>2}  ")
        row = by_day.get(day.isoformat())
        if row is None:
            line.append("·", style="dim")
        else:
            filled = round(row["mean"] * _BAR_WIDTH / 10)
            line.append("█" * filled, style="cyan")
            line.append("░" * (_BAR_WIDTH - filled), style="dim")
            line.append(f" {_number(row['mean'])}")
        lines.append(line)
    scores = [row["mean"] for row in rows]
    mean = sum(scores) / len(scores)  # seven numbers at most: already aggregated in SQL
    lines.append(
        Text(tn("review.energy_mean", len(scores), mean=_number(mean)), style="dim")
    )
    return Group(*lines)


def split_text(review: dict) -> str:
    """``do 40% · schedule 30% · …`` in the user's language (``doen 40 % · …``)."""
    return " · ".join(
        f"{quadrant_name(code)} {percent(review[f'share_{code}'])}" for code in QUADRANTS
    )


def summary(
    review: dict, items: list[dict], intentions: list[dict], handles: dict[str, str] | None = None
) -> RenderableType:
    """``review show``: the matrix, then the review's own answers; items and intentions with
    their handles when ``handles`` (ID → handle) has them."""
    handles = handles or {}
    parts: list[RenderableType] = [matrix(review["iso_week"], items, handles)]
    done = review["completed_at"] is not None
    fields = [
        (t("review.show_status"), (t("review.status_complete") if done else t("review.status_draft"))),
        (t("review.show_split"), split_text(review) if review["share_do"] is not None else None),
        (t("review.show_care"), _signed(review["care_challenge"])),
        (t("review.show_habit"), review["recovery_habit"]),
        (t("review.show_win"), review["win"]),
        (t("review.show_headline"), review["headline"]),
        (t("review.show_coach"), review["coach_question"]),
    ]
    for name, value in fields:
        if value is not None:
            line = Text(f"{name}: ", style="bold")
            line.append(str(value))
            parts.append(line)
    if intentions:
        parts.append(Text(t("review.show_intentions") + ":", style="bold"))
        for action in intentions:
            line = Text("  ✓ " if action["status"] == "done" else "  □ ")
            line.append(action["text"])
            if action["due"]:
                line.append(f"  ({format_day(date.fromisoformat(action['due']))})", style="dim")
            if action["id"] in handles:
                line.append("  " + handles[action["id"]], style="dim")
            parts.append(line)
    return Group(*parts)


def listing(rows: list[dict], width: int) -> Table:
    """``review list``: one row per reviewed week, laid out for ``width`` (render/fit.py)."""
    table = FitTable(t("review.list_title"))
    table.key(t(words.REVIEW_COLUMN["col_week"]))
    table.side(t(words.REVIEW_COLUMN["col_items"]), justify="right")
    table.side(t(words.REVIEW_COLUMN["col_status"]))
    table.main(t(words.REVIEW_COLUMN["col_headline"]))
    for row in rows:
        status = N_("review.status_complete") if row["completed_at"] else N_("review.status_draft")
        table.add_row(format_week(row["week"]), str(row["items"]), t(status), Text(row["headline"] or "–"))
    return table.table(width)


def _number(value: float) -> str:
    return compact(value)  # 7, 5.5 / 5,5: short, beside a bar


def _signed(value: int | None) -> str | None:
    return None if value is None else signed(value, 0) if value else "0"
