"""veerkracht search: full-text search over everything you wrote."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from veerkracht.cli import bounds, common
from veerkracht.cli.groups import command
from veerkracht.domain.dates import format_day, format_week
from veerkracht.domain.rules import text_value
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t, tn, words
from veerkracht.store import entries, ids

if TYPE_CHECKING:
    from rich.text import Text

app = command()

MARK_START, MARK_END = "\x02", "\x03"


@app.command()
def search(
    query: Annotated[list[str], typer.Argument(metavar="WORDS", help="Words to find; all must occur. 'word*' finds word, words, …")],
    limit: Annotated[int, bounds.count_option("--limit", "-n", help="At most this many results.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """Search reflections, wins, cycle answers and review notes, best match first.

    \b
    Example: veerkracht search team sprint*
    """
    text = " ".join(query).strip()
    try:
        text_value(text)
    except ValueError as error:
        raise InvalidValue(f"query: {error}") from None
    if not entries.fts_query(text):
        raise InvalidValue(t("core.search_empty_query"))
    with common.open_journal(write=False) as journal:
        hits = entries.search(journal, text, limit=limit)
        entry_ids = [hit["id"] for hit in hits if hit["kind"] == "entry"]
        handles = ids.handles(journal, "entries", entry_ids)
    for hit in hits:
        hit["handle"] = handles.get(hit["id"], hit["id"][:8])
    if as_json:
        common.write_json(
            [
                {
                    **{key: hit[key] for key in ("kind", "id", "handle", "field", "day", "energy", "rank")},
                    "private": bool(hit["private"]),
                    "snippet": hit["snippet"].replace(MARK_START, "").replace(MARK_END, ""),
                }
                for hit in hits
            ]
        )
        return
    if not hits:
        common.say(t("core.search_none", query=text))
        return
    _render(hits)
    common.say(tn("core.search_found", len(hits), query=text))


def _render(hits: list[dict]) -> None:
    from rich.text import Text  # lazy: --json draws nothing and loads no Rich

    from veerkracht.render.fit import hanging

    out = common.console()
    for hit in hits:
        head = Text(hit["handle"], style="cyan").append("  ")
        head.append(_when(hit["day"]), style="bold")
        head.append(f"  {t(words.SEARCH_PLACE[hit['kind'] + '.' + hit['field']])}", style="dim")
        if hit["energy"] is not None:
            head.append(f"  · {hit['energy']}/10", style="dim")
        out.print(head)
        out.print(hanging("  ", highlighted(hit["snippet"])))
        out.print()


def _when(day: str | None) -> str:
    """A hit's day ("Fri 27 Nov 2026") or a review's week ("week 48 (2026)"), as people read them."""
    if not day:
        return ""
    if "-W" in day:
        return format_week(day)
    try:
        return format_day(date.fromisoformat(day))
    except ValueError:  # a damaged day is shown as it is stored
        return day


def highlighted(snippet: str) -> Text:
    """A snippet with the matched words in bold reverse, the rest as plain text."""
    from rich.text import Text  # lazy: --json draws nothing and loads no Rich

    text = Text()
    inside = False
    for part in snippet.replace(MARK_END, MARK_START).split(MARK_START):
        text.append(part.replace("\n", " "), style="bold reverse" if inside else None)
        inside = not inside
    return text
