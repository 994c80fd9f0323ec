"""Exports: the coach summary (Markdown), the whole journal (JSON) and the entries (CSV).

Each exporter takes the open journal and a :class:`Request` and returns the document and
the notices for stderr (what was left out). They are looked up by format name in
:data:`EXPORTERS`.

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
from collections.abc import Callable

from veerkracht import clock
from veerkracht.db.journal import Journal
from veerkracht.domain.exchange import FORMAT, VERSION
from veerkracht.domain.text import json_for_terminal, printable, spreadsheet_cell
from veerkracht.flows.exchange.request import Request, Result
from veerkracht.i18n import t
from veerkracht.queries.energy import private_entries
from veerkracht.store import exchange, health


def export_json(journal: Journal, request: Request) -> Result:
    """Every record (of the period, if one was given), versioned, as JSON."""
    head = {"format": FORMAT, "version": VERSION, "exported_at": clock.stamp()}
    records = exchange.dump_json(journal, request.period, include_private=request.include_private)
    # One record per line, as SQLite wrote it: readable, diffable, and fast for ten years.
    parts = [f" {json.dumps(key)}: {json.dumps(value)}" for key, value in head.items()]
    for key, value in records.items():
        if isinstance(value, list):
            body = "[\n" + ",\n".join(value) + "\n ]" if value else "[]"
        else:
            body = json.dumps(value, ensure_ascii=False, sort_keys=True)
        parts.append(f" {json.dumps(key)}: {body}")
    document = json_for_terminal("{\n" + ",\n".join(parts) + "\n}\n")  # the same JSON
    return Result(document, _private_notice(journal, request) + _damage_notice(journal, document))


def export_csv(journal: Journal, request: Request) -> Result:
    """The entries as CSV with a header row (tags separated by spaces).

    CSV is opened in spreadsheets, so every cell goes through ``spreadsheet_cell`` (no
    control characters, no formula) and every text cell is quoted; numbers stay numbers.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(("id", "day", "logged_at", "energy", "reflection", "win", "tags",
                     "private", "source", "updated_at"))
    rows = exchange.entry_rows(journal, request.period, include_private=request.include_private)
    writer.writerows(tuple(map(spreadsheet_cell, row)) for row in rows)
    document = buffer.getvalue()
    return Result(document, _private_notice(journal, request) + _damage_notice(journal, document))


def export_markdown(journal: Journal, request: Request) -> Result:
    """The coach summary of the period, without control characters (see domain.text)."""
    # lazy: the summary's figures and Markdown helpers are not needed for JSON or CSV
    from veerkracht.flows.exchange.markdown import summary

    result = summary(journal, request)
    return Result(printable(result.text), result.notices + _damage_notice(journal, result.text))


EXPORTERS: dict[str, Callable[[Journal, Request], Result]] = {
    "markdown": export_markdown,
    "json": export_json,
    "csv": export_csv,
}


def _private_notice(journal: Journal, request: Request) -> list[str]:
    if request.include_private:
        return []
    count = private_entries(journal, request.period)
    return [t("export.left_out_private", n=count)] if count else []


def _damage_notice(journal: Journal, document: str) -> list[str]:
    """Say so when the document shows stored bytes that were not UTF-8 (as U+FFFD)."""
    count = health.damaged_shown(journal, document)
    return [t("core.damaged_text_shown", count=count)] if count else []
