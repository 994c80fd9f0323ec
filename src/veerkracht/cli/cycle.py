"""veerkracht cycle: the guided vertragen → verdiepen → versnellen conversation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Optional, TypeVar

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import group
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.i18n import t

T = TypeVar("T")

app = group(
    "Reflect in a guided cycle: slow down, deepen, speed up; it ends in commitments.\n\n"
    "Example: veerkracht cycle",
    default="start",
)

_RESUME = ("r", "resume", "h", "hervat", "hervatten", "")
_DISCARD = ("d", "discard", "w", "weggooien", "gooi weg")


@app.command("start")
def start(
    resume: Annotated[bool, typer.Option("--resume", help="Continue the unfinished cycle.")] = False,
    balance: Annotated[
        Optional[str],
        typer.Option("--balance", help="Care ↔ challenge from -2 (all care) to +2 (all challenge)."),
    ] = None,
    align: Annotated[
        Optional[list[str]],
        typer.Option("--align", help="A value's alignment as NAME=1..5; repeat for more."),
    ] = None,
) -> None:
    """Walk through a guided cycle: vertragen → verdiepen → versnellen.

    Slow down (What?), deepen (So what?) and speed up (Now what?) over your core values,
    social connection and mental stamina; finish with 1–3 commitments that become actions.
    An empty answer skips a question. Every answer is kept at once: after Ctrl-C,
    continue with --resume. Needs a terminal.

    \b
    Example: veerkracht cycle        veerkracht cycle --resume --balance -1
    """
    from veerkracht.flows import cycle as flow
    from veerkracht.cli.cycle_view import summary
    from veerkracht.store import cycles

    given = flow.Given(balance=_balance(balance), alignment=_alignments(align or []))
    if not common.interactive():
        raise InvalidValue(t("cycle.no_terminal"))
    io = TerminalConversation()
    with common.open_journal(write=True) as journal:
        _known_values(journal, given)
        try:
            cycle_id = _pick(journal, io, resume)
            flow.run(journal, io, cycle_id, today=common.today(), given=given)
        except (KeyboardInterrupt, typer.Abort):
            common.say("")  # the terminal shows ^C where the answer was; start a fresh line
            raise VeerkrachtError(t("cycle.interrupted"), code=130) from None
        state = cycles.progress(journal, cycle_id)
        summary(journal, state)
    common.say("")
    common.say(t("cycle.completed"), style="green")


def _balance(text: str | None) -> int | None:
    from veerkracht.domain.models import CareChallengeIn, validate

    return None if text is None else validate(CareChallengeIn, balance=text).balance


def _alignments(items: list[str]) -> dict[str, int]:
    from veerkracht.domain.models import ValueCheckIn, validate

    found = {}
    for item in items:
        name, sep, score = item.rpartition("=")
        if not sep or not name.strip():
            raise InvalidValue(t("cycle.align_form", item=item))
        found[name.strip().lower()] = validate(ValueCheckIn, alignment=score).alignment
    return found


def _known_values(journal, given) -> None:  # type: ignore[no-untyped-def]
    from veerkracht.store import values

    active = {row["name"].lower() for row in values.active(journal)}
    for name in given.alignment:
        if name not in active:
            raise InvalidValue(t("cycle.align_unknown", name=name))


def _pick(journal, io: TerminalConversation, resume: bool) -> str:  # type: ignore[no-untyped-def]
    """The cycle to walk through: the draft (resumed or discarded first) or a new one."""
    from veerkracht.flows import cycle as flow
    from veerkracht.clock import day_of
    from veerkracht.domain.dates import format_day
    from veerkracht.i18n import current
    from veerkracht.store import cycles

    draft = cycles.draft(journal)
    if resume and draft is None:
        raise VeerkrachtError(t("cycle.nothing_to_resume"))
    if draft is not None:
        day = format_day(day_of(draft["started_at"]))
        if not resume:
            io.say(t("cycle.draft_exists", day=day, count=draft["answers"]))
            resume = io.ask(t("cycle.resume_or_discard"), _resume_choice)
        if resume:
            io.say(t("cycle.resuming", day=day, count=draft["answers"]))
            return draft["id"]
        cycles.discard(journal, draft["id"])
        io.say(t("cycle.discarded"))
    io.say(t("cycle.welcome"))
    return flow.begin(journal, current())


def _resume_choice(answer: str) -> bool:
    text = answer.strip().lower()
    if text in _RESUME:
        return True
    if text in _DISCARD:
        return False
    raise InvalidValue(t("cycle.resume_or_discard_rule", answer=answer))


class TerminalConversation:
    """The cycle on a terminal: Rich text on stderr, answers from the keyboard."""

    def __init__(self) -> None:
        from veerkracht.i18n import current

        self.lang = current()
        self.out = common.console(stderr=True)

    def heading(self, number: int, title: str, explanation: str) -> None:
        from rich.text import Text

        self.out.print()
        self.out.rule(Text(t("cycle.heading", number=number, title=title)), align="left")
        self.out.print(Text(explanation, style="italic"))

    def say(self, text: str, style: str | None = None) -> None:
        common.say(text, style=style)

    def ask(self, question: str, parse: Callable[[str], T], *, hint: str | None = None) -> T:
        from rich.text import Text

        self.out.print()
        self.out.print(Text(question, style="bold"))
        if hint:
            self.out.print(Text(hint, style="dim"))
        while True:
            answer = typer.prompt("›", default="", show_default=False, err=True, prompt_suffix=" ")
            try:
                return parse(answer)
            except InvalidValue as error:
                common.say(error.message, style="red")

    def recap(self, title: str, lines: list[str]) -> None:
        from rich.text import Text

        self.out.print()
        self.out.print(Text(title, style="bold dim"))
        for line in lines:
            self.out.print(Text("  • " + line, style="dim"))


@app.command("list")
def list_cycles(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """List your cycles, newest first.

    \b
    Example: veerkracht cycle list --json
    """
    from veerkracht.cli.cycle_view import table
    from veerkracht.store import cycles, ids

    with common.open_journal(write=False) as journal:
        rows = cycles.listing(journal)
        handles = ids.handles(journal, "cycles", [row["id"] for row in rows])
    if as_json:
        common.write_json(rows)
        return
    if not rows:
        common.say(t("cycle.none_yet"))
        return
    common.console().print(table(rows, handles))


@app.command("show")
def show(
    ref: Annotated[str, typer.Argument(help="The cycle's ID, a prefix of it, or its handle.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """Show one cycle with its answers, scores and commitments.

    \b
    Example: veerkracht cycle show 3f2a9c1e
    """
    from veerkracht.cli.cycle_view import as_dict, detail
    from veerkracht.store import cycles, ids

    with common.open_journal(write=False) as journal:
        cycle_id = ids.resolve(journal, "cycles", ref, "cycle.kind_cycle")
        state = cycles.progress(journal, cycle_id)
        if as_json:
            common.write_json(as_dict(state))
            return
        detail(journal, state)
