"""Markdown that user text cannot break: escaping helpers, tables, lists and a Mermaid chart.

Everything a user typed goes through :func:`inline` (inside a line) or :func:`text` (a block
of their own lines). The rules follow CommonMark and GitHub's tables:
- inline: backslash-escape the characters that start emphasis, code, links, HTML, entities,
  strike-through and table pipes (``\\ ` * _ [ ] < > & ~ |``); backslash escapes keep the raw
  file readable in a plain text viewer, where HTML entities would not;
- a line that would start a block (``#`` heading, ``-``/``+``/``*`` list or rule, ``>``
  quote, ``1.``/``1)`` list, ``=`` setext underline, indented code) has its first character
  escaped and its indentation dropped, so it stays a line of text;
- in a table cell, line breaks become spaces;
- control characters are removed first (``domain.text.printable``), before any of the above:
  removed after it, an escape in front of a ``#`` would leave the ``#`` starting the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from veerkracht.domain.text import printable

_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
_BLOCK_START = re.compile(r"^([#>+=-])|^(\d{1,9})([.)])")


def inline(value: object) -> str:
    """User text for inside a line: nothing in it is Markdown any more."""
    return _INLINE.sub(r"\\\1", printable(str(value)))


def _line(raw: str) -> str:  # a line of text(), its control characters already removed
    escaped = inline(raw.strip())
    return _BLOCK_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], escaped)


def text(value: object, indent: str = "") -> str:
    """User text of one or more lines as one paragraph of plain lines (hard line breaks).

    ``indent`` continues the paragraph inside a list item.
    """
    lines = [_line(part) for part in printable(str(value)).splitlines()]
    lines = [line for line in lines if line] or [""]
    return ("\\\n" + indent).join(lines)


def cell(value: object) -> str:
    """User text for a table cell: one line, pipes escaped."""
    if value is None:
        return ""
    return inline(" ".join(printable(str(value)).split()))


def heading(level: int, title: str) -> str:
    """A heading of the exporter's own (its title is catalogue text, escaped all the same)."""
    return f"{'#' * level} {inline(title)}"


def table(header: Sequence[str], rows: Iterable[Sequence[object]], align: str = "") -> str:
    """A GitHub table; ``align`` holds one of ``l``/``r`` per column (default left).

    Header labels are the exporter's; cells are escaped with :func:`cell`.
    """
    marks = {"l": "---", "r": "--:"}
    align = align.ljust(len(header), "l")
    lines = [
        "| " + " | ".join(inline(h) for h in header) + " |",
        "| " + " | ".join(marks[a] for a in align) + " |",
    ]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def bullets(items: Iterable[str]) -> str:
    """A list of already-escaped items (use :func:`text` with indent="  " for user text)."""
    return "\n".join(f"- {item}" for item in items)


def mermaid_line_chart(title: str, labels: Sequence[str], values: Sequence[float],
                       y_label: str, low: float = 0, high: float = 10) -> str:
    """A Mermaid ``xychart-beta`` line chart (GitHub, GitLab and Obsidian draw it).

    Titles and labels are our own; quotes are removed because Mermaid has no escape for them.
    """

    def quoted(value: str) -> str:
        return '"' + value.replace('"', "'") + '"'

    return "\n".join(
        [
            "```mermaid",
            "xychart-beta",
            f"    title {quoted(title)}",
            f"    x-axis [{', '.join(quoted(label) for label in labels)}]",
            f"    y-axis {quoted(y_label)} {low:g} --> {high:g}",
            f"    line [{', '.join(f'{value:.1f}' for value in values)}]",
            "```",
        ]
    )
