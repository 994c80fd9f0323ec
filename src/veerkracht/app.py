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
from typer.core import TyperGroup

from veerkracht import __version__
from veerkracht.cli import common
from veerkracht.errors import ExitCode, VeerkrachtError
from veerkracht.i18n import LANGUAGES, t

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
    "import": "veerkracht.cli.importer",
    # -- encryption
    "encrypt": "veerkracht.cli.encrypt",
    "decrypt": "veerkracht.cli.decrypt",
    "passphrase": "veerkracht.cli.passphrase",
    # -- settings and care of the file
    "config": "veerkracht.cli.config",
    "doctor": "veerkracht.cli.doctor",
    "backup": "veerkracht.cli.backup",
}


class LazyGroup(TyperGroup):
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
        return command

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        # The disclaimer in the language of the moment (VEERKRACHT_LANG or the locale; --help
        # is answered before --lang is read), not the one at import time.
        self.epilog = t("core.disclaimer")
        super().format_epilog(ctx, formatter)

    def invoke(self, ctx: Any) -> Any:
        # Every expected failure ends here as one sentence and its exit code, for the
        # installed script and for CliRunner alike. Errors from the journal's layers carry
        # a catalogue key and its values; they are worded here, in the user's language.
        try:
            return super().invoke(ctx)
        except VeerkrachtError as error:
            if os.environ.get("VEERKRACHT_DEBUG") == "1":
                raise
            common.say(error.render(t), style="red")
            raise typer.Exit(error.code) from None
        except (KeyboardInterrupt, typer.Abort):
            common.say(t("core.interrupted"))
            raise typer.Exit(ExitCode.INTERRUPTED) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"veerkracht {__version__}")
        raise typer.Exit(ExitCode.OK)


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
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Optional[str],
        typer.Option(
            "--lang",
            help="Language of prompts and reports: en or nl (also VEERKRACHT_LANG).",
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
    common.configure(journal, lang)
    if ctx.invoked_subcommand is None:
        # lazy: only a bare ``veerkracht`` shows the status; commands need not load it
        from veerkracht.cli.status import show

        show()


def run(prog_name: str | None = None) -> None:
    """The console script."""
    app(prog_name=prog_name or "veerkracht")
