"""veerkracht review: the weekly urgent-vs-important review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.conversation import TerminalConversation, ask
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_week, review_week
from veerkracht.domain.period import Period
from veerkracht.domain.vocabulary import QUADRANTS, quadrant_name
from veerkracht.errors import InvalidValue
from veerkracht.i18n import current, t, words
from veerkracht.store import reviews as store

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

app = group(
    "The weekly urgent-vs-important review: sort the week's items, decide, set intentions.\n\n"
    "Without a subcommand it starts (or continues) the review; see 'review start --help'.\n\n"
    "Example: veerkracht review --week last",
    default="start",
)

WeekOption = Annotated[
    Optional[str],
    typer.Option("--week", "-W", metavar="WEEK", help="The ISO week: 2026-W47, this (default), last, or any date."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print only JSON.")]


def _week(text: str | None) -> Period:
    return Period.iso_week(*review_week(text or "this", common.today()))


@app.command("start")
def start(
    week: WeekOption = None,
    short: Annotated[
        bool, typer.Option("--short", help="The 5-minute form: steps 1, 3 and 8.")
    ] = False,
    split: Annotated[
        Optional[str],
        typer.Option(
            "--split",
            metavar="NUMBERS", help="Time over do/schedule/delegate/drop: '40 30 20 10' (adds to 100) or 0–4 each.",
        ),
    ] = None,
    headline: Annotated[
        Optional[str], typer.Option("--headline", metavar="TEXT", help="The week in one line.")
    ] = None,
    coach: Annotated[
        Optional[str], typer.Option("--coach", metavar="TEXT", help="A question for your coach.")
    ] = None,
    intention: Annotated[
        Optional[list[str]],
        typer.Option(
            "--intention", "-i", metavar="TEXT", help="An intention for next week; up to 3."
        ),
    ] = None,
) -> None:
    """Walk through the weekly review (default: this week); run it again to continue.

    Every answer is kept as you give it; Ctrl-C stops and keeps them. Without a terminal,
    give answers as options and items with 'review add'.

    \b
    Examples:

    \b
      veerkracht review
      veerkracht review --week last --short
      veerkracht review --split "40 30 20 10" --headline "Fewer fires" -i "Plan Q1"
    """
    # lazy: show and list read only and load no pydantic (nor the flow's Rich)
    from veerkracht.flows.review import script as review_script
    from veerkracht.flows.review import steps as review

    chosen = _week(week)
    given = review_script.read_given(split, headline, coach, intention or [])
    if not given and not common.interactive():
        raise InvalidValue(t("review.no_terminal"))
    with common.open_journal(write=True) as journal:
        if given:
            review_script.save_given(journal, chosen, current(), given)
            common.say(t("review.saved_options", week=format_week(chosen.label)), style="green")
        if common.interactive():
            review.run(journal, TerminalConversation(), chosen, short=short, lang=current())


@app.command("add")
def add(
    title: Annotated[str, typer.Argument(metavar="TEXT", help="What the item is.", show_default=False)],
    urgent: Annotated[
        Optional[bool],
        typer.Option(
            "--urgent/--not-urgent", help="Does it need attention now?", show_default=False
        ),
    ] = None,
    important: Annotated[
        Optional[bool],
        typer.Option(
            "--important/--not-important", help="Does it matter for your goals?", show_default=False
        ),
    ] = None,
    decision: Annotated[
        Optional[str],
        typer.Option(
            "--decision", metavar="DECISION", help="do, schedule, delegate or drop (default: the quadrant's own)."
        ),
    ] = None,
    to: Annotated[Optional[str], typer.Option("--to", metavar="NAME", help="Whom you delegate it to.")] = None,
    week: WeekOption = None,
) -> None:
    """Add one item to a week's review, sorted as urgent or not and important or not.

    \b
    Example: veerkracht review add "Budget memo" --urgent --important --decision delegate --to Sam
    """
    # lazy: show and list read only and load no pydantic
    from veerkracht.domain.models import ReviewItemIn, validate
    from veerkracht.flows.review import answers
    from veerkracht.flows.review.script import add_item

    chosen = _week(week)
    fields = dict(title=title, decision=answers.decision(decision), delegate_to=to)
    validate(ReviewItemIn, urgent=False, important=False, **fields)  # fail before asking
    urgent = _flag(urgent, "urgent", title)
    important = _flag(important, "important", title)
    item = validate(ReviewItemIn, urgent=urgent, important=important, **fields)
    with common.open_journal(write=True) as journal:
        stored = add_item(journal, chosen, current(), item)
    extra = ""
    if stored["decision"] != stored["quadrant"]:
        extra = t("review.added_decision", decision=quadrant_name(stored["decision"]))
    quadrant = quadrant_name(stored["quadrant"])
    shown = t("review.added", title=title, week=format_week(chosen.label), quadrant=quadrant,
              extra=extra)
    common.say(shown, style="green")


def _flag(value: bool | None, name: str, title: str) -> bool:
    """An --urgent/--important flag, asked for on a terminal when it was left out."""
    from veerkracht.flows.review.answers import yes_no  # lazy: as in add, which asks this

    common.require(value, t(words.REVIEW_WHAT[name]), t(words.REVIEW_HOW[name]))
    if value is None:
        return ask(t(words.REVIEW_ADD_QUESTION[name], title=title), yes_no)
    return value


@app.command("show")
def show(week: WeekOption = None, json_: JsonOption = False) -> None:
    """Show a week's review: the 2 × 2 matrix, time split, headline and intentions.

    \b
    Example: veerkracht review show --week last --json
    """
    chosen = _week(week)
    with common.open_journal(write=False) as journal:
        if json_:
            common.write_json(shape(journal, chosen))
            return
        found = store.get(journal, chosen.label)
        if found is None:
            common.say(t("review.show_none", week=format_week(chosen.label), iso=chosen.label))
            return
        from veerkracht.render.matrix import summary  # lazy: --json draws nothing and loads no Rich

        renderable = summary(
            found, store.items(journal, found["id"]), store.intentions(journal, found["id"])
        )
    common.console().print(renderable)


@app.command("list")
def list_(json_: JsonOption = False) -> None:
    """List the weekly reviews, newest first.

    \b
    Example: veerkracht review list --json
    """
    with common.open_journal(write=False) as journal:
        rows = store.listing(journal)
    if json_:
        common.write_json(rows)
        return
    if not rows:
        common.say(t("review.list_none"))
        return
    from veerkracht.render.matrix import listing  # lazy: --json draws nothing and loads no Rich

    common.console().print(listing(rows))


def shape(journal: Journal, week: Period) -> dict:
    """``review show --json``: {week, items, time_split, headline, intentions} and more."""
    review = store.get(journal, week.label)
    if review is None:
        return {
            "week": week.label,
            "items": [],
            "time_split": None,
            "headline": None,
            "intentions": [],
        }
    items = [
        {
            "id": item["id"],
            "title": item["title"],
            "urgent": item["urgent"],
            "important": item["important"],
            "quadrant": item["quadrant"],
            "decision": item["decision"],
            "delegate_to": item["delegate_to"],
            "stop": item["stop_kind"],  # stop, pause, shrink or sprint
            # on the stop list, with a kind or (stopped before there were kinds) without
            "stop_list": bool(item["stop"] or item["stop_kind"]),
            "carried_from": item["carried_from"],
            "status": item["status"],
        }
        for item in store.items(journal, review["id"])
    ]
    split = None
    if review["share_do"] is not None:
        split = {code: review[f"share_{code}"] for code in QUADRANTS}
    return {
        "week": week.label,
        "items": items,
        "time_split": split,
        "headline": review["headline"],
        "intentions": store.intentions(journal, review["id"]),
        "started_at": review["started_at"],
        "completed_at": review["completed_at"],
        "steps_done": review["steps_done"],
        "care_challenge": review["care_challenge"],
        "recovery_habit": review["recovery_habit"],
        "win": review["win"],
        "coach_question": review["coach_question"],
    }
