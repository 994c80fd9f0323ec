"""Small terminal charts: bars with a rolling mean, sparklines, stacked bars."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text

BLOCKS = " ▁▂▃▄▅▆▇█"
SPARK = "▁▂▃▄▅▆▇█"
HEIGHT = 5  # rows of the energy bar chart; each row is 2 points of energy
QUADRANT_STYLE = {
    "do": ("█", "red"),
    "schedule": ("▓", "green"),
    "delegate": ("▒", "yellow"),
    "drop": ("░", "bright_black"),
}


def energy_style(value: float) -> str:
    """A colour for an energy level: low red, middling yellow, high green."""
    if value <= 3:
        return "red"
    if value < 6:
        return "yellow"
    return "green"


def spark_char(value: float | None, top: float = 10.0) -> str:
    """One sparkline character for ``value`` on 0 … ``top``; a space for no value."""
    if value is None:
        return " "
    index = round(max(0.0, min(value, top)) / top * (len(SPARK) - 1))
    return SPARK[index]


def sparkline(values: list[float | None], style: bool = True) -> Text:
    """A line of block characters, one per value, coloured by level."""
    line = Text()
    for value in values:
        line.append(spark_char(value), style=energy_style(value) if style and value is not None else "")
    return line


def series_by_day(daily: list[dict], since: date, until: date, key: str) -> list[float | None]:
    """``key`` of each day from ``since`` to ``until``; ``None`` on days not logged."""
    by_day = {row["day"]: row[key] for row in daily}
    days = (until - since).days + 1
    return [by_day.get((since + timedelta(days=i)).isoformat()) for i in range(days)]


def bars(values: list[float | None], cell: int = 1, top: float = 10.0) -> list[Text]:
    """A vertical bar chart, ``HEIGHT`` rows high, with a 10/5/0 axis on the left."""
    rows = []
    per_row = top / HEIGHT
    for level in range(HEIGHT, 0, -1):
        label = {HEIGHT: f"{top:>2.0f} ┤", (HEIGHT + 1) // 2: f"{top / 2:>2.0f} ┤"}.get(level, "   │")
        line = Text(label, style="dim")
        floor = (level - 1) * per_row
        for value in values:
            if value is None:
                line.append(" " * cell)
                continue
            fill = (value - floor) / per_row
            char = BLOCKS[max(0, min(8, round(fill * 8)))] if fill < 1 else "█"
            line.append(char * cell, style=energy_style(value))
        rows.append(line)
    return rows


def axis(count: int, cell: int, labels: dict[int, str]) -> Text:
    """The x axis under a chart: ``labels`` maps a column to the text placed there."""
    width = count * cell
    chars = [" "] * width
    taken = -1
    for column in sorted(labels):
        text = labels[column]
        position = column * cell
        if position <= taken or position + len(text) > width:
            continue
        chars[position : position + len(text)] = list(text)
        taken = position + len(text)
    return Text("    " + "".join(chars), style="dim")


def stacked_bar(split: dict[str, int], width: int) -> Text:
    """One bar of ``width`` cells split by percentages; each quadrant its own shade."""
    bar = Text()
    used = 0
    keys = list(QUADRANT_STYLE)
    for index, key in enumerate(keys):
        share = split.get(key) or 0
        cells = round(share / 100 * width) if index < len(keys) - 1 else width - used
        cells = max(0, min(cells, width - used))
        char, colour = QUADRANT_STYLE[key]
        bar.append(char * cells, style=colour)
        used += cells
    return bar
