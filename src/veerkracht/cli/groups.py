"""Command groups whose bare name does their most common thing.

``veerkracht entries --json`` runs ``entries list --json``; ``veerkracht cycle --resume``
runs the group's default command with ``--resume``.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup


class DefaultGroup(TyperGroup):
    """A group that runs ``default_command`` when no subcommand is named."""

    default_command = "list"

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        help_names = set(ctx.help_option_names)
        if ctx.resilient_parsing:  # shell completion: offer the subcommands as they are
            return super().parse_args(ctx, args)
        if not args or (args[0] not in self.commands and args[0] not in help_names):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


def group(help: str, default: str = "list") -> typer.Typer:
    """A typer.Typer whose bare invocation runs ``default``."""
    cls = type(f"DefaultGroup_{default}", (DefaultGroup,), {"default_command": default})
    return typer.Typer(
        cls=cls, help=help, no_args_is_help=False, rich_markup_mode=None, add_completion=False
    )


def command() -> typer.Typer:
    """A typer.Typer for one command, with the same plain help as the rest."""
    return typer.Typer(rich_markup_mode=None, add_completion=False)
