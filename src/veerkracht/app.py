"""The root command: global options, lazy command loading, and the single exit point.

Commands are listed here by name and imported only when used, so ``veerkracht log`` never
loads what reports and exports need (the start-up budget; ``tests/test_imports.py`` guards it).
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer import _click
from typer.core import TyperCommand, TyperGroup

from veerkracht import __version__, i18n, resume_collection, skip_pydantic_plugin_scan
from veerkracht.cli import coercion, common, usage
from veerkracht.cli.conversation import fresh_line
from veerkracht.context import Context
from veerkracht.errors import ExitCode, VeerkrachtError
from veerkracht.i18n import LANGUAGES, help_text, t

# Typer's own words ("Options", "[default: …]", "No such command …") are asked of gettext by
# typer.core's module global ``_``; pointed once, here, at the catalogue of the language of
# the moment (cli/usage.py says how help and usage errors get translated).
usage.install()
# Typer coerces each option given a value through a pydantic TypeAdapter, whose first one would
# load pydantic's plugin loader and with it importlib.metadata: see veerkracht/__init__.py.
skip_pydantic_plugin_scan()

# name → module that defines ``app`` (a typer.Typer), grouped by area; the order is the
# order of --help.
COMMANDS: dict[str, str] = {
    # -- the journal core
    "log": "veerkracht.cli.log",
    "entries": "veerkracht.cli.entries",
    "search": "veerkracht.cli.search",
    # -- the guided cycle, values, actions, connection
    "cycle": "veerkracht.cli.cycle",
    "values": "veerkracht.cli.values",
    "actions": "veerkracht.cli.actions",
    "connect": "veerkracht.cli.connect",
    # -- the weekly review
    "review": "veerkracht.cli.review",
    # -- reports, calendar, demo
    "report": "veerkracht.cli.report",
    "calendar": "veerkracht.cli.calendar",
    "demo": "veerkracht.cli.demo",
    # -- export and import
    "export": "veerkracht.cli.export",
    "brief": "veerkracht.cli.brief",
    "import": "veerkracht.cli.importer",
    # -- encryption
    "encrypt": "veerkracht.cli.encrypt",
    "decrypt": "veerkracht.cli.decrypt",
    "passphrase": "veerkracht.cli.passphrase",
    # -- settings and care of the file
    "config": "veerkracht.cli.config",
    "doctor": "veerkracht.cli.doctor",
    "backup": "veerkracht.cli.backup",
    # -- the rhythm: reminders and the shell's nudge
    "remind": "veerkracht.cli.remind",
    "nudge": "veerkracht.cli.nudge",
}


# name → the command's own one-line help, so the root --help lists the commands without
# importing any of them (tests/test_app.py keeps these equal to the commands' docstrings).
SUMMARIES: dict[str, str] = {
    "log": "Log today's energy and a reflection.",
    "entries": "Browse and correct your entries.",
    "search": "Search reflections, wins, cycle answers and review notes, best match first.",
    "cycle": "Reflect in a guided cycle: slow down, deepen, speed up; it ends in commitments.",
    "values": "Keep your core values, personal and of your organisation.",
    "actions": "Keep track of your commitments.",
    "connect": "Log a moment of real contact with someone.",
    "review": "The weekly urgent-vs-important review: sort the week's items, decide, set intentions.",
    "report": "Show how your energy and habits moved: charts, figures with their n, and signals.",
    "calendar": "Show a year as a grid of days coloured by their mean energy.",
    "demo": "Build a sample journal and show its dashboard and report.",
    "export": "Export a summary for your coach, or all your data.",
    "brief": "Write the brief for your coaching session: what changed since the last brief.",
    "import": "Import a JSON export into the journal, merging by ID.",
    "encrypt": "Encrypt the journal with a passphrase; every command keeps working on it.",
    "decrypt": "Decrypt the journal back into a plain SQLite file.",
    "passphrase": "Change the passphrase of the encrypted journal.",
    "config": "Show or change settings (language, private by default).",
    "doctor": "Check the journal: location, schema, counts, integrity and file modes.",
    "backup": "Copy the journal safely, even while another veerkracht is writing.",
    "remind": "Set, show or remove reminders to log and to do the weekly review.",
    "nudge": "Say once a day, in a new shell, that nothing is logged yet today.",
}


class LazyGroup(usage.Localized, TyperGroup):
    """A group that imports a command's module only when that command is needed."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(module_name)
        command = typer.main.get_command(module.app)
        command.name = cmd_name
        coercion.install(command, ctx)  # its values typed without pydantic where it adds nothing
        return command

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        coercion.install_params(params)  # --journal, --lang …: see cli/coercion.py
        return params

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # As Click lays them out, from SUMMARIES: listing them imports no command module.
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, TyperCommand(name, help=help_text(SUMMARIES[name])).get_short_help_str(limit))
                for name in COMMANDS]
        with formatter.section(help_text("Commands")):
            formatter.write_dl(rows)

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        # The disclaimer in the language of the moment (VEERKRACHT_LANG or the locale; --help
        # is answered before --lang is read), not the one at import time.
        self.epilog = t("core.disclaimer")
        super().format_epilog(ctx, formatter)

    def make_context(self, info_name: Any, args: list[str], parent: Any = None, **extra: Any) -> Any:
        # The run starts here: the language of its help and usage errors is decided before
        # anything is parsed (an --lang after --help, or a usage error before --lang is read,
        # still speaks it), and nothing of an earlier run in this process lingers.
        i18n.set_explicit(_lang_among(args))
        i18n.set_journal_default(None)
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except _click.exceptions.ClickException as error:
            raise usage.in_language(error) from error

    def invoke(self, ctx: Any) -> Any:
        # Every expected failure ends here as one sentence and its exit code, for the
        # installed script and for CliRunner alike. Errors from the journal's layers carry
        # a catalogue key and its values; they are worded here, in the user's language.
        # This run's Context lives exactly as long as the run (see veerkracht.context).
        # The command's own work collects its garbage as always; only loading it did not.
        resume_collection()
        typed = ctx.get_parameter_source("journal") == _click.core.ParameterSource.COMMANDLINE
        run = Context.start(ctx.params.get("journal"), ctx.params.get("lang"), typed_journal=typed)
        try:
            with run.current():
                return super().invoke(ctx)
        except _click.exceptions.ClickException as error:  # Click words its errors in English
            raise usage.in_language(error) from error
        except VeerkrachtError as error:
            if os.environ.get("VEERKRACHT_DEBUG") == "1":
                raise
            if error.code == ExitCode.INTERRUPTED:  # a flow's own words on how to continue
                fresh_line()
            common.say(error.render(t), style="red")
            raise typer.Exit(error.code) from None
        except (KeyboardInterrupt, typer.Abort):
            fresh_line()  # not beside the "^C" the terminal shows
            common.say(t("core.interrupted"))
            raise typer.Exit(ExitCode.INTERRUPTED) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"veerkracht {__version__}")
        raise typer.Exit(ExitCode.OK)


def _lang_among(args: list[str]) -> Optional[str]:
    """The language an ``--lang`` before the command's name asks for, if it is one we have."""
    for index, arg in enumerate(args):
        if arg in COMMANDS or arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        if value is not None and value.lower() in LANGUAGES:
            return value.lower()
    return None


def _lang(value: Optional[str]) -> Optional[str]:
    if value is not None and value.lower() not in LANGUAGES:
        raise typer.BadParameter(t("core.rule_lang"))
    return value.lower() if value else None


app = typer.Typer(
    cls=LazyGroup,
    name="veerkracht",
    help="A private resilience journal for leaders: log energy daily, reflect in cycles, "
    "review the week.\n\nExample: veerkracht log 7 \"Good talk with the team\"",
    invoke_without_command=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    suggest_commands=False,  # Typer's suggestion is English; usage.Localized makes its own
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def main(
    ctx: typer.Context,
    journal: Annotated[
        Optional[Path],
        typer.Option(
            "--journal",
            envvar="VEERKRACHT_JOURNAL",
            help="The journal file (default: journal.db in your user data folder).",
            metavar="FILE",
            show_default=False,
            readable=False,  # an unreadable journal is the journal's sentence (exit 1), not usage
        ),
    ] = None,
    lang: Annotated[
        Optional[str],
        typer.Option(
            "--lang",
            help="Language of prompts and reports: en or nl (also VEERKRACHT_LANG).",
            metavar="LANGUAGE",
            callback=_lang,
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """A private resilience journal for leaders."""
    if ctx.invoked_subcommand is None:
        # lazy: only a bare ``veerkracht`` shows the status; commands need not load it
        from veerkracht.cli.status import show

        show()


def run(prog_name: str | None = None) -> None:
    """The console script."""
    app(prog_name=prog_name or "veerkracht")
