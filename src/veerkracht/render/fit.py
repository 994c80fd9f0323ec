"""Lists that stay readable at any terminal width: one layout rule for every table.

A list has three kinds of column. A *key* (an ID) is never cut and never dropped. The *main*
text (an action, a reflection, a note) takes the room that is left and wraps between words.
A *side* column (a day, a status, the tags) is given as one or more forms, widest first — a
due day with "· overdue" beside it, then the same on two lines — and at a width where the
main text would get less than :data:`MAIN_MIN` cells, side columns take a narrower form, and
when that is not enough the ones marked to go first are left out. Side cells are never cut:
the column is as wide as the form it shows.

Rich's own layout shares a shortage between all wrapping columns, so a narrow terminal left
the main text one word (or one letter) wide and split words mid-word; the widths are chosen
here instead and handed to Rich as fixed widths.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Union

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from veerkracht.domain.dates import format_day, month_names

MAIN_MIN = 28  # below this a main text reads as a column of single words
_SAMPLE = 200  # rows looked at to estimate a layout's height

CellValue = Union[str, Text]


@dataclass(frozen=True)
class Forms:
    """A side cell's forms, widest first (a form may hold line breaks)."""

    forms: tuple[CellValue, ...]

    def __init__(self, *forms: CellValue) -> None:
        object.__setattr__(self, "forms", forms)

    def at(self, level: int) -> CellValue:
        return self.forms[min(level, len(self.forms) - 1)]


def stacked(*parts: CellValue, sep: str = " ") -> Forms:
    """``parts`` side by side, or one under the other where that is too wide."""
    texts = [part if isinstance(part, Text) else Text(part) for part in parts if part]
    if len(texts) < 2:
        return Forms(texts[0] if texts else Text(""))
    return Forms(Text(sep).join(texts), Text("\n").join(texts))


def hanging(lead: CellValue, body: CellValue) -> Table:
    """``lead`` (a bullet, an indent) with ``body`` wrapped between words beside it, so a long
    line continues under its own text instead of under the bullet."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(lead, body)
    return grid


def day_forms(day: date) -> Forms:
    """A day with its weekday (``Fri 27 Nov 2026``), then without (``27 Nov 2026``)."""
    return Forms(format_day(day), f"{day.day} {month_names()[day.month - 1]} {day.year}")


def flowing(parts: list[Text], widths: tuple[int, ...] = (16,)) -> Forms:
    """Short parts (tags) on one line, then wrapped to each of ``widths``, then one a line."""
    if not parts:
        return Forms(Text(""))
    forms = [Text(" ").join(parts)]
    for width in widths:
        lines: list[list[Text]] = [[]]
        for part in parts:
            used = sum(len(p) + 1 for p in lines[-1])
            if lines[-1] and used + len(part) > width:
                lines.append([])
            lines[-1].append(part)
        forms.append(Text("\n").join(Text(" ").join(line) for line in lines))
    forms.append(Text("\n").join(parts))
    return Forms(*forms)


@dataclass
class _Column:
    header: str
    role: Literal["key", "main", "side"]
    drop: int = 0
    ratio: int = 1
    style: str = ""
    justify: Literal["left", "right", "center"] = "left"
    cells: list[Forms] = field(default_factory=list)
    # (level, rows) → width: the layout asks for each width many times over (every side form
    # against every other; 88 times for an entries list), each a measure of every cell
    _widths: dict[tuple[int, int], int] = field(default_factory=dict, repr=False, compare=False)

    def width(self, level: int = 0) -> int:
        key = (level, len(self.cells))  # cells are only ever added (FitTable.add_row)
        if key not in self._widths:
            self._widths[key] = max([_width(self.header)] + [_width(cell.at(level)) for cell in self.cells])
        return self._widths[key]

    @property
    def levels(self) -> int:
        return max([1] + [len(cell.forms) for cell in self.cells])


def _width(value: CellValue) -> int:
    plain = value.plain if isinstance(value, Text) else value
    return max((cell_len(line) for line in plain.splitlines()), default=0)


def _lines(value: CellValue, width: int) -> int:
    """How many lines ``value`` takes wrapped between words at ``width`` (an estimate)."""
    plain = value.plain if isinstance(value, Text) else value
    count = 0
    for line in plain.splitlines() or [""]:
        used, count = 0, count + 1
        for word in line.split():
            size = cell_len(word)
            if used and used + 1 + size > width:
                count, used = count + 1, 0
            used = size if not used else used + 1 + size
            while used > width:  # a word longer than the column folds
                count, used = count + 1, used - width
    return count


class FitTable:
    """Columns and rows first; :meth:`table` lays them out for a width."""

    def __init__(self, title: str | None = None) -> None:
        self.title = title
        self.columns: list[_Column] = []

    def key(self, header: str, style: str = "") -> None:
        """A column that is never cut or dropped (an ID)."""
        self.columns.append(_Column(header, "key", style=style))

    def main(self, header: str, ratio: int = 1) -> None:
        """The text the list is about: the room that is left, wrapped between words."""
        self.columns.append(_Column(header, "main", ratio=ratio))

    def side(self, header: str, *, drop: int = 0, justify: Literal["left", "right", "center"] = "left") -> None:
        """A secondary column; ``drop`` > 0 lets it go when narrow, the highest number first."""
        self.columns.append(_Column(header, "side", drop=drop, justify=justify))

    def add_row(self, *cells: CellValue | Forms) -> None:
        for column, cell in zip(self.columns, cells, strict=True):
            column.cells.append(cell if isinstance(cell, Forms) else Forms(cell))

    def table(self, width: int) -> Table:
        """A Rich table no wider than ``width``, laid out as the module describes."""
        kept, levels, main_widths = self._layout(width)
        grid = Table(title=self.title, title_justify="left")
        rows = len(self.columns[0].cells) if self.columns else 0
        for column in kept:
            if column.role == "main":
                grid.add_column(column.header, width=main_widths[id(column)], overflow="fold")
            else:
                grid.add_column(column.header, width=column.width(levels.get(id(column), 0)),
                                no_wrap=True, style=column.style, justify=column.justify)
        for index in range(rows):
            grid.add_row(*(column.cells[index].at(levels.get(id(column), 0)) for column in kept))
        return grid

    # -- layout -----------------------------------------------------------------------------

    def _layout(self, width: int) -> tuple[list[_Column], dict[int, int], dict[int, int]]:
        droppable = sorted((c for c in self.columns if c.role == "side" and c.drop), key=lambda c: -c.drop)
        for count in range(len(droppable) + 1):
            gone = {id(column) for column in droppable[:count]}
            kept = [column for column in self.columns if id(column) not in gone]
            sides = [column for column in kept if column.role == "side"]
            fitting = []
            for combination in itertools.product(*(range(column.levels) for column in sides)):
                levels = {id(column): level for column, level in zip(sides, combination)}
                mains, fits = self._mains(kept, levels, width)
                if fits:
                    fitting.append((self._height(kept, levels, mains), sum(combination), levels, mains))
            if fitting:
                # Of the layouts about as short as the shortest, the one with the fullest side
                # columns (a day with its weekday, the energy with its bar), then the widest text.
                lowest = min(height for height, *_ in fitting)
                near = [f for f in fitting if f[0] <= lowest * 1.2 + 1]
                _, _, levels, mains = min(near, key=lambda f: (f[1], -sum(f[3].values())))
                return kept, levels, mains
        # Nothing fits: every droppable column gone, every side column at its narrowest.
        sides = [column for column in kept if column.role == "side"]
        levels = {id(column): column.levels - 1 for column in sides}
        mains, _ = self._mains(kept, levels, width)
        return kept, levels, mains

    def _mains(self, kept: list[_Column], levels: dict[int, int], width: int) -> tuple[dict[int, int], bool]:
        """The main columns' widths in the room left, and whether each gets enough."""
        mains = [column for column in kept if column.role == "main"]
        border = 3 * len(kept) + 1  # a space either side of each cell, a line between and round
        fixed = sum(column.width(levels.get(id(column), 0)) for column in kept if column.role != "main")
        room = width - border - fixed
        most = max((column.ratio for column in mains), default=1)

        def need(column: _Column) -> int:  # the text with the largest ratio needs MAIN_MIN
            return min(column.width(), max(1, MAIN_MIN * column.ratio // most))

        # The shortest text first: all it needs when the others keep what they need, else its
        # share by ratio; the longest takes what is left.
        shares: dict[int, int] = {}
        left = sorted(mains, key=lambda column: column.width())
        while left:
            column = left.pop(0)
            total = column.ratio + sum(other.ratio for other in left)
            share = max(room * column.ratio // total, room - sum(need(other) for other in left))
            shares[id(column)] = max(1, min(column.width(), share))
            room -= shares[id(column)]
        fits = room >= 0 and all(shares[id(c)] >= need(c) for c in mains)
        return shares, fits

    def _height(self, kept: list[_Column], levels: dict[int, int], mains: dict[int, int]) -> int:
        rows = len(kept[0].cells) if kept else 0
        height = 0
        for index in range(min(rows, _SAMPLE)):
            height += max(
                _lines(column.cells[index].at(0), mains[id(column)]) if column.role == "main"
                else len(_plain(column.cells[index].at(levels.get(id(column), 0))).splitlines() or [""])
                for column in kept
            )
        return height


def _plain(value: CellValue) -> str:
    return value.plain if isinstance(value, Text) else value
