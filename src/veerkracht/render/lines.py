"""The report's building blocks: section headings, plain lines, figures as people read them.

Figures go through ``veerkracht.domain.numbers``: one decimal, a tie away from zero, written
the language's way (``5.2`` / ``5,2``); a difference shown beside its two figures is theirs as
shown, so the line adds up.
"""

from __future__ import annotations

from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from veerkracht.domain import numbers
from veerkracht.domain.rounding import shown_difference

MAX_WEEK_ROWS = 12  # tables and lists of weeks show the most recent ones only


def heading(title: str, out: Console) -> None:
    """A section's title on a rule, with a blank line above."""
    out.print()
    out.print(Rule(Text(title, style="bold"), align="left", style="dim"))


def line(text: str, out: Console, style: str = "") -> None:
    """One line of text (never read as Rich markup)."""
    out.print(Text(text, style=style))


def number(value: float | None) -> str:
    """A figure as people read it: one decimal (``5,2`` in Dutch), or a dash when there is none."""
    return numbers.decimal(value)


def signed(value: float) -> str:
    """``+0.5`` / ``−1.2`` with a real minus sign, as the scales in the text are written."""
    return numbers.signed(value)


def signed_difference(first: float, second: float) -> str:
    """``first − second`` as :func:`signed`, from the two figures as shown (so it adds up)."""
    return numbers.signed(shown_difference(first, second))
