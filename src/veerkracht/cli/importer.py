"""veerkracht import: merge a JSON export (or a jrnl JSON export) into the journal."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.errors import ExitCode, InvalidValue, VeerkrachtError
from veerkracht.i18n import t, words

if TYPE_CHECKING:
    from veerkracht.store.importing import Plan

app = command()

SOURCES = ("veerkracht", "jrnl")


@app.command(name="import")
def import_(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The JSON file to bring in.", show_default=False)],
    source: Annotated[
        str, typer.Option("--from", metavar="SOURCE", help="What made the file: veerkracht or jrnl.")
    ] = "veerkracht",
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; write nothing.")
    ] = False,
) -> None:
    """Import a JSON export into the journal, merging by ID.

    Importing the same file twice changes nothing the second time. Every record is checked
    before anything is written, and all of it is written in one transaction. A record that
    is already in the journal is replaced by the file's version; --dry-run shows the counts
    first. With --from jrnl, each jrnl entry becomes a note (title and body as reflection,
    @tags as tags, starred as the tag 'starred').

    \b
    Examples: veerkracht import backup.json --dry-run
              veerkracht import ~/jrnl.json --from jrnl
    """
    source = source.strip().lower()
    if source not in SOURCES:
        raise InvalidValue(t("core.rule_choice", value=source, allowed=", ".join(SOURCES)))
    _show(_merged(file, source, dry_run), file, dry_run)


def _merged(file: Path, source: str, dry_run: bool) -> Plan:
    """The file read, checked, planned and (unless ``dry_run``) written: the plan."""
    # lazy: `veerkracht --help` imports every command module; the checks load pydantic
    from veerkracht.flows.exchange import importing
    from veerkracht.store import importing as merge

    written = False  # the import's transaction committed (Journal.write counts it, Ctrl-C or not)
    try:
        with _no_cycle_collection():
            data = importing.read(file)
            if source == "veerkracht":
                tables, settings = importing.veerkracht_tables(data, file)
            else:
                parsed = importing.jrnl_file(data, file)
            # A real import creates the journal if needed; a dry run never writes, not even that.
            with common.open_journal(write=not dry_run) as journal:
                committed = journal.commits
                # Planned and written in one transaction: another import between the two would
                # make a row the plan calls new one that is already there (and its old words
                # stay in search).
                try:
                    with nullcontext(journal) if dry_run else merge.transaction(journal):
                        if source == "jrnl":
                            if journal.setting("private") == "yes":
                                parsed = importing.as_private(parsed)  # as `log` does with private-by-default
                            tables, settings = merge.flatten(parsed), parsed.settings
                        plan = merge.plan(journal, tables, settings)
                        if not dry_run:
                            merge.apply(journal, plan)
                finally:
                    written = journal.commits > committed
    except KeyboardInterrupt:
        # One transaction: committed (the Ctrl-C came as it committed or as the journal closed),
        # the import is whole; if not, nothing of the file is in the journal.
        said = t("export.import_interrupted_done") if written else t("export.import_interrupted")
        raise VeerkrachtError(said, code=ExitCode.INTERRUPTED) from None
    return plan


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the file is read, checked and merged.

    The import makes hundreds of thousands of objects that live until it ends (the parsed
    file, its rows, the journal's rows to compare) and no cycles worth collecting; the
    collector would walk all of them again and again (a tenth of the CPU of importing a
    ten-year export again). Reference counting still frees everything as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _show(plan: Plan, file: Path, dry_run: bool) -> None:
    common.say(t("export.plan_dry", path=file) if dry_run else t("export.plan_done", path=file))
    for table, counts in plan.counts.items():
        if any(counts.values()):
            common.say(t("export.plan_line", table=t(words.TABLE[table]), new=counts["new"],
                         updated=counts["updated"], unchanged=counts["unchanged"]))
    if dry_run:
        common.say(t("export.dry_run"))
    elif not plan.changes() and not plan.settings:
        common.say(t("export.nothing_new"))
