"""Command groups whose bare name does their most common thing.

``veerkracht entries --json`` runs ``entries list --json``; ``veerkracht cycle --resume``
runs the group's default command with ``--resume``.
"""

from __future__ import annotations

from typing import Any

import typer
from typer import _click
from typer.core import TyperCommand, TyperGroup

from veerkracht.cli.usage import Localized, suggest

_FIRST_WORD = "veerkracht.first_word"


class PlainCommand(Localized, TyperCommand):
    """One command: plain help and usage errors in the user's language (cli/usage.py)."""


class DefaultGroup(Localized, TyperGroup):
    """A group that runs ``default_command`` when no subcommand is named."""

    default_command = "list"

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        help_names = set(ctx.help_option_names)
        if ctx.resilient_parsing:  # shell completion: offer the subcommands as they are
            return super().parse_args(ctx, args)
        if not args or (args[0] not in self.commands and args[0] not in help_names):
            if args:
                ctx.meta[_FIRST_WORD] = args[0]
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        # A word that went to the default command and made it fail ("actions dne") may have
        # been a mistyped subcommand: the error ends in "Did you mean 'done'?".
        try:
            return super().invoke(ctx)
        except _click.exceptions.UsageError as error:
            word = ctx.meta.get(_FIRST_WORD)
            if word:
                suggest(error, word, [name for name in self.commands if name != self.default_command])
            raise


class _Typer(typer.Typer):
    """A typer.Typer whose commands are PlainCommands unless a command says otherwise."""

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", PlainCommand)
        return super().command(*args, **kwargs)


def group(help: str, default: str = "list") -> typer.Typer:
    """A typer.Typer whose bare invocation runs ``default``."""
    cls = type(f"DefaultGroup_{default}", (DefaultGroup,), {"default_command": default})
    return _Typer(
        cls=cls, help=help, no_args_is_help=False, rich_markup_mode=None, add_completion=False,
        suggest_commands=False,  # Typer's suggestion is English; Localized makes its own
    )


def command() -> typer.Typer:
    """A typer.Typer for one command, with the same plain help as the rest."""
    return _Typer(rich_markup_mode=None, add_completion=False)
