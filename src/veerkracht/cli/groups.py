"""Command groups whose bare name does their most common thing.

``veerkracht entries --json`` runs ``entries list --json``; ``veerkracht cycle --resume``
runs the group's default command with ``--resume``.
"""

from __future__ import annotations

import shlex
from typing import Any

import typer
from typer import _click
from typer.core import TyperCommand, TyperGroup

from veerkracht.cli import common
from veerkracht.cli.usage import Localized, mistyped, suggest
from veerkracht.errors import InvalidValue
from veerkracht.i18n import t

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
            word = args[0] if args and not args[0].startswith("-") else None
            if word is not None and not self._takes_arguments():
                # "actions dne 47cd": a word the default command cannot take is an unknown
                # subcommand, said as one ("No such command 'dne'. Did you mean 'done'?")
                return super().parse_args(ctx, args)
            if word is not None:
                ctx.meta[_FIRST_WORD] = word
                chosen = self._typo_checked(ctx, word, args[1:])
                if chosen is not None:
                    return super().parse_args(ctx, [chosen, *args[1:]])
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def _takes_arguments(self) -> bool:
        """Whether the default command takes words (``connect Sam``), not only options."""
        default = self.commands[self.default_command]
        return any(param.param_type_name == "argument" for param in default.params)

    def _typo_checked(self, ctx: Any, word: str, rest: list[str]) -> str | None:
        """The subcommand ``word`` was a typo of, when the user says so; None to take it as data.

        "connect lsit" must not log a contact called "lsit": on a terminal the user is asked;
        without one it is refused, with the two commands that say either meaning plainly.
        """
        names = [name for name in self.commands if name != self.default_command]
        meant = mistyped(word, names)
        if meant is None:
            return None
        command = f"{ctx.command_path} {meant}"
        if common.interactive():
            return meant if common.confirm(t("core.typo_confirm", command=command), default=True) else None
        literal = shlex.join([*ctx.command_path.split(), self.default_command, word, *rest])
        raise InvalidValue(t("core.typo_refused", word=word, command=command, literal=literal))

    def invoke(self, ctx: Any) -> Any:
        # A word that went to the default command and made it fail ("connect dlte 3", too far
        # from 'delete' to ask about) may still have been a subcommand: "Did you mean …?".
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
