"""veerkracht review: the weekly urgent-vs-important review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.conversation import TerminalConversation
from veerkracht.cli.conversation import ask_fitted as ask  # long questions wrapped between words
from veerkracht.cli.groups import group
from veerkracht.domain.dates import format_week, review_week
from veerkracht.domain.period import Period
from veerkracht.domain.vocabulary import QUADRANTS, quadrant_name
from veerkracht.errors import ExitCode, InvalidValue, VeerkrachtError
from veerkracht.i18n import current, t, words
from veerkracht.store import ids
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
    typer.Option("--week", "-W", metavar="WEEK", help="The week: this (default), last, week 47, 2026-W47 or any date."),
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
            try:
                review.run(journal, TerminalConversation(), chosen, short=short, lang=current())
            except (KeyboardInterrupt, typer.Abort):  # every answer is kept as it is given
                again = ["veerkracht", "review"]
                if chosen.label != _week(None).label:
                    again += ["--week", chosen.label]
                again += ["--short"] if short else []
                raise VeerkrachtError(t("review.interrupted", command=" ".join(again)),
                                      code=ExitCode.INTERRUPTED) from None


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
    from veerkracht.domain.rules import yes_no  # lazy: as in add, which asks this

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

        items, intentions = store.items(journal, found["id"]), store.intentions(journal, found["id"])
        handles = ids.handles(journal, "review_items", [item["id"] for item in items])
        handles |= ids.handles(journal, "actions", [action["id"] for action in intentions])
        renderable = summary(found, items, intentions, handles)
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

    out = common.console()
    out.print(listing(rows, out.width))


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
    rows = store.items(journal, review["id"])
    handles = ids.handles(journal, "review_items", [item["id"] for item in rows])
    items = [
        {
            "id": item["id"],
            "handle": handles[item["id"]],
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
            "note": item["note"],
        }
        for item in rows
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


ItemRef = Annotated[
    str, typer.Argument(metavar="ID", help="The item's ID, a prefix or its handle (see 'review show').")
]


@app.command("edit")
def edit(
    ref: ItemRef,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TEXT", help="What the item is.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help="New note ('' removes it).")] = None,
    urgent: Annotated[
        Optional[bool],
        typer.Option("--urgent/--not-urgent", help="Does it need attention now?", show_default=False),
    ] = None,
    important: Annotated[
        Optional[bool],
        typer.Option("--important/--not-important", help="Does it matter for your goals?", show_default=False),
    ] = None,
    decision: Annotated[
        Optional[str],
        typer.Option(
            "--decision", metavar="DECISION", help="do, schedule, delegate or drop ('' goes back to the quadrant's own)."
        ),
    ] = None,
    to: Annotated[
        Optional[str], typer.Option("--to", metavar="NAME", help="Whom you delegate it to ('' removes the name).")
    ] = None,
    stop: Annotated[
        Optional[str],
        typer.Option("--stop", metavar="KIND", help="On the stop list: stop, pause, shrink or sprint ('' takes it off)."),
    ] = None,
) -> None:
    """Correct an item of a weekly review: its title, note, sorting or decision.

    Find its ID with 'veerkracht review show'. A new sorting moves it to its quadrant.
    Intentions are actions: correct them with 'veerkracht actions edit'.

    \b
    Example: veerkracht review edit 3f2a9c1b --not-urgent --title "Budget memo, first draft"
    """
    from veerkracht.flows.review import correct  # lazy: show and list read only and load no pydantic

    changes = correct.Changes(title, note, urgent, important, decision, to, stop)
    if not changes:
        raise InvalidValue(t("review.edit_nothing"))
    with common.open_journal(write=True) as journal:
        item = correct.edit(journal, ref, changes)
        handle = ids.handles(journal, "review_items", [item["id"]])[item["id"]] if item else ""
    if item is None:
        common.say(t("core.edit_unchanged"))
        return
    extra = ""
    if item["decision"] != item["quadrant"]:
        extra = t("review.added_decision", decision=quadrant_name(item["decision"]))
    shown = t("review.item_edited", handle=handle, title=item["title"], week=format_week(item["iso_week"]),
              quadrant=quadrant_name(item["quadrant"]), extra=extra)
    common.say(shown, style="green")


@app.command("delete")
def delete(
    ref: ItemRef,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Delete an item from a weekly review (asks first).

    Find its ID with 'veerkracht review show'. Intentions are actions: drop them with
    'veerkracht actions drop'.

    \b
    Example: veerkracht review delete 3f2a9c1b
    """
    from veerkracht.flows.review import correct  # lazy: show and list read only and load no pydantic

    if not yes and not common.interactive():
        raise InvalidValue(t("core.delete_needs_yes"))
    with common.open_journal(write=True) as journal:
        found = correct.item_id(journal, ref)
        item = store.get_item(journal, found)
        said = {"title": item["title"], "week": format_week(item["iso_week"])}
        if not yes and not common.confirm(t("review.item_delete_confirm", **said)):
            common.say(t("core.delete_kept"))
            return
        correct.delete(journal, found)
    common.say(t("review.item_deleted", **said), style="green")
