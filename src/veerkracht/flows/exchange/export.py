"""Exports: the coach summary (Markdown), the whole journal (JSON), the entries (CSV) and the
calendar of commitments (ics, flows/exchange/ics.py).

Each exporter takes the open journal and a :class:`Request` and returns the document and
the notices for stderr (what was left out). They are looked up by format name in
:data:`EXPORTERS`. JSON and CSV stream: their document comes in pieces read from the journal
as they are written, so memory stays flat however large the journal is.

Periods: Markdown covers the last 4 weeks unless a period is given. JSON and CSV are for
keeping and moving data, so they hold everything (``Period.everything()``) unless a period is
given explicitly. Private entries are left out of every format unless ``include_private``:
marking an entry private means "keep it out of exports". People's names are a matter of the
coach summary; the JSON export is a full record and keeps them, as it keeps every field.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator

from veerkracht import clock
from veerkracht.db.journal import Journal
from veerkracht.domain.exchange import FORMAT, VERSION
from veerkracht.domain.text import json_for_terminal, printable, spreadsheet_rows
from veerkracht.flows.exchange.request import Request, Result
from veerkracht.i18n import tn
from veerkracht.queries.energy import private_entries
from veerkracht.store import exchange, health

_PIECE = 1 << 20  # characters of JSON handed to the file at a time


def export_json(journal: Journal, request: Request) -> Result:
    """Every record (of the period, if one was given), versioned, as JSON, in pieces."""
    notices = _private_notice(journal, request)
    parts = (json_for_terminal(part) for part in _json_parts(journal, request))  # the same JSON
    return Result("", notices, _noting_damage(journal, parts, notices))


def _json_parts(journal: Journal, request: Request) -> Iterator[str]:
    head = {"format": FORMAT, "version": VERSION, "exported_at": clock.stamp()}
    # One record per line, as SQLite wrote it: readable, diffable, and fast for any size.
    yield "{\n" + ",\n".join(f" {json.dumps(key)}: {json.dumps(value)}" for key, value in head.items())
    for key, value in exchange.records(journal, request.period, include_private=request.include_private):
        yield f",\n {json.dumps(key)}: "
        if isinstance(value, dict):
            yield json.dumps(value, ensure_ascii=False, sort_keys=True)
        else:
            yield from _json_list(value)
    yield "\n}\n"


def _json_list(records: Iterator[str]) -> Iterator[str]:
    """``[`` one record a line ``]``, about a megabyte of records a piece; ``[]`` when there are
    none. An item may already be several records joined by ``,\n`` (the entries come so)."""
    opening, pending, size = "[\n", [], 0
    for record in records:
        pending.append(record)
        size += len(record)
        if size >= _PIECE or len(pending) >= exchange.BATCH:
            yield opening + ",\n".join(pending)
            opening, pending, size = ",\n", [], 0
    if pending:
        yield opening + ",\n".join(pending)
        opening = ",\n"
    yield "[]" if opening == "[\n" else "\n ]"


def export_csv(journal: Journal, request: Request) -> Result:
    """The entries as CSV with a header row (tags separated by spaces), in pieces.

    CSV is opened in spreadsheets, so every cell goes through ``spreadsheet_cell`` (no
    control characters, no formula) and every text cell is quoted; numbers stay numbers.
    """
    notices = _private_notice(journal, request)
    return Result("", notices, _noting_damage(journal, _csv_parts(journal, request), notices))


def _csv_parts(journal: Journal, request: Request) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(("id", "day", "logged_at", "energy", "reflection", "win", "tags",
                     "private", "source", "updated_at"))
    for rows in exchange.entry_rows(journal, request.period, include_private=request.include_private):
        writer.writerows(spreadsheet_rows(rows))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _noting_damage(journal: Journal, parts: Iterable[str], notices: list[str]) -> Iterator[str]:
    """``parts`` as they are; once all are taken, the damage notice joins ``notices``."""
    shown = False
    for part in parts:
        shown = shown or "\ufffd" in part
        yield part
    notices += _damage_notice(journal, "\ufffd" if shown else "")


def export_markdown(journal: Journal, request: Request) -> Result:
    """The coach summary of the period, without control characters (see domain.text)."""
    # lazy: the summary's figures and Markdown helpers are not needed for JSON or CSV
    from veerkracht.flows.exchange.markdown import summary

    result = summary(journal, request)
    return Result(printable(result.text), result.notices + _damage_notice(journal, result.text))


def export_ics(journal: Journal, request: Request) -> Result:
    """Open actions with a due date and the weekly review as an RFC 5545 calendar (CRLF lines)."""
    # lazy: icalendar is loaded only for a calendar
    from veerkracht.flows.exchange.ics import commitments

    made = commitments(journal, request.today)
    return Result(made.data.decode("utf-8"), [made.summary()])


EXPORTERS: dict[str, Callable[[Journal, Request], Result]] = {
    "markdown": export_markdown,
    "json": export_json,
    "csv": export_csv,
    "ics": export_ics,
}


def _private_notice(journal: Journal, request: Request) -> list[str]:
    if request.include_private:
        return []
    count = private_entries(journal, request.period)
    return [tn("export.left_out_private", count)] if count else []


def _damage_notice(journal: Journal, document: str) -> list[str]:
    """Say so when the document shows stored bytes that were not UTF-8 (as U+FFFD)."""
    count = health.damaged_shown(journal, document)
    return [tn("core.damaged_text_shown", count)] if count else []
