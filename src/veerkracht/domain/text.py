"""Text that leaves veerkracht for a terminal or a file: nothing in it can take control.

A journal holds what people typed and what they imported, so its text may carry terminal
control sequences (clear the screen, retitle the window, OSC 8 links, OSC 52 clipboard
writes) or start like a spreadsheet formula. Two rules, each applied where output is made:

- :func:`printable` for everything shown on a terminal or written to the Markdown or CSV
  export: every C0 and C1 control character (U+0000–U+001F, U+007F–U+009F) is *removed*,
  except newline and tab. Removed, not replaced: Rich lays text out treating these characters
  as zero-width, so removing them keeps tables and panels aligned, and without its ESC
  (or BEL, or C1 introducer) what remains of a sequence is inert, visible text.
- :func:`spreadsheet_cell` for each CSV cell: :func:`printable`, then a cell a spreadsheet
  would read as a formula (it starts with ``= + - @``, tab or carriage return) gets a leading
  ``'``, OWASP's advice against CSV injection; the CSV writer quotes every text cell.

JSON (``--json`` and the JSON export) keeps every character, for ``import`` to bring back
exactly; :func:`json_for_terminal` only writes the control characters JSON itself leaves raw
(DEL and C1) as ``\\u`` escapes, which decode to the very same text.
"""

from __future__ import annotations

import re
from itertools import repeat

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_RAW_IN_JSON = re.compile("[\x7f-\x9f]")  # JSON escapes U+0000–U+001F itself


def printable(text: str) -> str:
    """``text`` without control characters, newline and tab kept (see the module's rule)."""
    # The search first: most text has none, and then the very same string comes back.
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", text)


def spreadsheet_cell(value: object) -> object:
    """A CSV cell that no spreadsheet runs: text without control characters, with a leading
    ``'`` when it starts with ``= + - @``, tab or carriage return. Numbers and ``None`` stay
    as they are."""
    if not isinstance(value, str):
        return value
    # Controls first: "\x01=cmd" must not lose its \x01 and start with "=" unguarded.
    # A carriage return is a control character, so "\r=cmd" is caught as "=cmd".
    value = printable(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def spreadsheet_rows(rows: list[tuple]) -> list[tuple]:
    """Each row with :func:`spreadsheet_cell` applied to each cell.

    Checked for the whole batch first, in one pass of C over its text: when no cell holds a
    control character or starts like a formula, every cell stays as it is, and the rows are
    given back without a Python call per cell (the CSV export of a million entries).
    """
    cells = [cell for row in rows for cell in row if isinstance(cell, str)]
    if _CONTROL.search(" ".join(cells)) is None and not any(
            map(str.startswith, cells, repeat(_FORMULA_START))):
        return rows
    return [tuple(map(spreadsheet_cell, row)) for row in rows]


def json_for_terminal(document: str) -> str:
    """JSON text with DEL and C1 characters written as ``\\u`` escapes: the same JSON value.

    Outside strings JSON is ASCII, so every such character is inside a string, where an
    escape means the same character.
    """
    if document.isascii():  # known without a scan; of DEL and C1 only DEL can be there
        return document.replace("\x7f", "\\u007f") if "\x7f" in document else document
    if _RAW_IN_JSON.search(document) is None:
        return document
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", document)
