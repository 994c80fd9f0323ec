"""veerkracht cycle: the guided vertragen → verdiepen → versnellen conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.conversation import TerminalConversation
from veerkracht.cli.groups import group
from veerkracht.domain import catalogue
from veerkracht.errors import ExitCode, InvalidValue, VeerkrachtError
from veerkracht.i18n import N_, t, tn
from veerkracht.store import cycles, ids

if TYPE_CHECKING:
    from veerkracht.db.journal import Journal

app = group(
    "Reflect in a guided cycle: slow down, deepen, speed up; it ends in commitments.\n\n"
    "Example: veerkracht cycle",
    default="start",
)


@app.command("start")
def start(
    resume: Annotated[bool, typer.Option("--resume", help="Continue the unfinished cycle.")] = False,
    balance: Annotated[
        Optional[str],
        typer.Option("--balance", metavar="NUMBER", help="Care ↔ challenge from -2 (all care) to +2 (all challenge)."),
    ] = None,
    align: Annotated[
        Optional[list[str]],
        typer.Option("--align", metavar="NAME=1..5", help="A core value in practice, as NAME=1..5 (1 = hardly, 5 = fully); repeat for more."),
    ] = None,
) -> None:
    """Walk through a guided cycle: slow down → deepen → speed up.

    Slow down (What happened?), deepen (What does it mean?) and speed up (What will you
    do?) over your core values, social connection and mental stamina; finish with 1–3
    commitments that become actions.
    An empty answer skips a question. Every answer is kept at once: after Ctrl-C,
    continue with --resume. Needs a terminal.

    \b
    Example: veerkracht cycle        veerkracht cycle --resume --balance -1
    """
    from veerkracht.flows import cycle as flow  # lazy: list and show read only and load no pydantic
    from veerkracht.render.cycle import summary  # lazy: list and show --json load no Rich

    given = flow.read_given(balance, align or [])
    if not common.interactive():
        raise InvalidValue(t("cycle.no_terminal"))
    with common.open_journal(write=True) as journal:
        io = TerminalConversation(open_questions=True)  # after the journal's language applies
        flow.check_given(journal, given)
        try:
            cycle_id = flow.pick(journal, io, resume)
            flow.run(journal, io, cycle_id, today=common.today(), given=given)
        except (KeyboardInterrupt, typer.Abort):  # said on a fresh line by app.py's exit point
            raise VeerkrachtError(t("cycle.interrupted"), code=ExitCode.INTERRUPTED) from None
        state = cycles.progress(journal, cycle_id)
        out = common.console()
        out.print(summary(state, _handle(journal, cycle_id), out.width))
    common.say("")
    common.say(t("cycle.completed"), style="green")


def _handle(journal: Journal, cycle_id: str) -> str:
    return ids.handles(journal, "cycles", [cycle_id])[cycle_id]


@app.command("list")
def list_cycles(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """List your cycles, newest first.

    \b
    Example: veerkracht cycle list --json
    """
    with common.open_journal(write=False) as journal:
        rows = cycles.listing(journal)
        handles = ids.handles(journal, "cycles", [row["id"] for row in rows])
    if as_json:
        common.write_json(rows)
        return
    if not rows:
        common.say(t("cycle.none_yet"))
        return
    from veerkracht.render.cycle import table  # lazy: --json draws nothing and loads no Rich

    out = common.console()
    out.print(table(rows, handles, out.width))


@app.command("show")
def show(
    ref: Annotated[str, typer.Argument(metavar="ID", help="The cycle's ID, a prefix of it, or its handle.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """Show one cycle with its answers, scores and commitments.

    \b
    Example: veerkracht cycle show 3f2a9c1e
    """
    with common.open_journal(write=False) as journal:
        cycle_id = ids.resolve(journal, "cycles", ref, N_("cycle.kind_cycle"))
        state = cycles.progress(journal, cycle_id)
        handle = _handle(journal, cycle_id)
    if as_json:
        common.write_json(as_dict(state))
        return
    from veerkracht.render.cycle import detail  # lazy: --json draws nothing and loads no Rich

    out = common.console()
    out.print(detail(state, handle, out.width))


@app.command("edit")
def edit(
    ref: Annotated[str, typer.Argument(metavar="ID", help="The cycle's ID, a prefix of it, or its handle.")],
) -> None:
    """Correct a cycle's answers in $EDITOR.

    Each question is a heading with your answer below it. An answer you leave as it is stays;
    one you empty is cleared, as if you had skipped the question. A form with a mistake can be
    opened again with your text kept. Correct the cycle's actions with 'veerkracht actions
    edit'.

    \b
    Example: veerkracht cycle edit 3f2a9c1e
    """
    import os

    # lazy: the form's pydantic model is for edit; list and show load no pydantic
    from veerkracht.cli.cycle_form import edit_answers, questions, split
    from veerkracht.cli.editor import drop_kept

    if not common.interactive() and not (os.environ.get("VISUAL") or os.environ.get("EDITOR")):
        raise InvalidValue(t("cycle.edit_no_terminal"))
    with common.open_journal(write=True) as journal:
        cycle_id = ids.resolve(journal, "cycles", ref, N_("cycle.kind_cycle"))
        asked = questions(cycles.progress(journal, cycle_id))
        handle = _handle(journal, cycle_id)
        if not asked:
            common.say(t("cycle.edit_nothing_asked", handle=handle))
            return
        kept = f"cycle-{cycle_id}"  # a form refused earlier, kept beside the journal (cli/forms.py)
        changed = edit_answers(asked, journal.path, key=kept, command=f"veerkracht cycle edit {handle}")
        if changed:
            cycles.revise_answers(journal, cycle_id, *split(changed))
        drop_kept(journal.path, kept)
    if not changed:
        common.say(t("core.edit_unchanged"))
        return
    cleared = sum(answer is None for answer in changed.values())
    if len(changed) > cleared:
        common.say(tn("cycle.edited_answers", len(changed) - cleared, handle=handle), style="green")
    if cleared:
        common.say(tn("cycle.cleared_answers", cleared, handle=handle), style="green")


def as_dict(state: cycles.Progress) -> dict:
    """One cycle as JSON: English keys whatever the language of the text."""
    cycle = state.cycle
    balance = state.answers.get(catalogue.BALANCE.id)
    return {
        "id": cycle["id"],
        "started_at": cycle["started_at"],
        "completed_at": cycle["completed_at"],
        "status": cycle["status"],
        "lang": cycle["lang"],
        "answers": [
            {
                "phase": row["phase"],
                "pillar": row["pillar"],
                "prompt_id": pid,
                "prompt": catalogue.text_of(pid, cycle["lang"]),
                "text": row["text"],
                "score": row["score"],
            }
            for pid, row in state.answers.items()
        ],
        "value_checks": [
            {"value_id": vid, "value": row["name"], "alignment": row["alignment"]}
            for vid, row in state.checks.items()
        ],
        "care_challenge": balance["score"] if balance else None,
        "commitments": [
            {"id": row["id"], "text": row["text"], "due": row["due"], "status": row["status"]}
            for row in state.commitments
        ],
    }
