"""Help screens and usage errors in the user's language.

Help texts stay English in the code (docstrings, ``help=``, ``metavar=``); each is looked up
by its English text (:func:`veerkracht.i18n.help_text`) at the moment a screen is drawn or an
error is shown, never at import time: the root command is made at import, ``--lang`` is read
only once the command line is parsed, and the tests run many languages in one process.

Every command class of veerkracht mixes in :class:`Localized` (``cli/groups.py`` for the
commands and their groups, ``app.LazyGroup`` for the root). Before a help screen or a usage
line is drawn it walks the command (its subcommands and parameters too) and puts the words of
the language of the moment in place of the English ones it keeps aside (:func:`localize`).

Click's own words come from two places. Typer's help screens ask ``typer.core._`` (gettext)
for theirs ("Options", "[default: …]", "No such command …"); :func:`install` points that at
:func:`help_text`. Typer 0.29 carries its own copy of Click (``typer._click``), which words
its errors in English f-strings without gettext, so :func:`in_language` says a Click error
again: it recognises the message by the English patterns in :data:`MESSAGES` and fills the
same values into the translation of the pattern. Both lists are msgids of every other
language's ``.po`` (``tests/test_help_i18n.py``); English needs no entries.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from functools import cache
from typing import IO, Any

from typer import _click  # Typer 0.29's own copy of Click: its errors and help formatter
from typer._click import _compat, utils
from typer.core import TyperGroup

from veerkracht.i18n import help_text

# Click's and Typer's words on a help screen and around an error, as in their sources.
WORDS: tuple[str, ...] = (
    "Usage:",
    "[OPTIONS]",
    "COMMAND [ARGS]...",
    "Arguments",
    "Options",
    "Commands",
    "Show this message and exit.",
    "default: {default}",
    "required",
    "env var: {var}",
    "(dynamic)",
    "Missing command.",
    "No such command {name!r}.",
    "Aborted!",
    "Try '{command} {option}' for help.",
    "Error: {message}",
    "Did you mean {name!r}?",
    "Install completion for the current shell.",
    "Show completion for the current shell, to copy it or customize the installation.",
)

# Messages Click, Typer and pydantic (Typer's conversion of values) build with f-strings:
# recognised by these patterns and said again in the user's language. A ``{message}`` is
# itself said again (it may be one of the others).
MESSAGES: tuple[str, ...] = (
    "Got unexpected extra argument(s) ({args})",
    "{message} (Possible options: {options})",
    "No such option: {name}",
    "Option {name!r} requires an argument.",
    "Option {name!r} requires {count} arguments.",
    "Option {name!r} does not take a value.",
    "Argument {name!r} takes {count} values.",
    "Invalid value for {hint}: {message}",
    "Invalid value: {message}",
    "Missing argument {name}.",
    "Missing option {name}.",
    "Missing parameter {name}.",
    "Value {value!r} is not a valid {kind}.",
    "Value must be an iterable.",
    "Input should be a valid integer, unable to parse string as an integer",
    "Input should be a valid integer",
    "Input should be a valid number, unable to parse string as a number",
    "Input should be a finite number",
    "Input should be a valid boolean, unable to interpret input",
    "Input should be greater than or equal to {limit}",
    "Input should be less than or equal to {limit}",
    "Input should be greater than {limit}",
    "Input should be less than {limit}",
)

_FIELD = re.compile(r"\{(\w+)(?:![rsa])?\}")


def _gettext(message: str) -> str:
    return help_text(message)


def install() -> None:
    """Let Typer's own words (``typer.core._``, gettext at import) follow the user's language.

    Called once by ``app.py``: a module global is all it changes, and it costs nothing.
    """
    import typer.core

    typer.core._ = _gettext


# -- help screens ---------------------------------------------------------------------------

_KEPT = "_veerkracht_english"


def _english(thing: Any, attrs: tuple[str, ...]) -> dict[str, Any]:
    kept = thing.__dict__.get(_KEPT)
    if kept is None:
        kept = {attr: getattr(thing, attr, None) for attr in attrs}
        thing.__dict__[_KEPT] = kept
    return kept


def keys(text: str) -> list[str]:
    """The msgids of a help text: one per paragraph, its words on one line (Click wraps them
    anyway); a paragraph Click keeps as it is (``\\b``, examples) keeps its lines."""
    return [paragraph[2:] if paragraph.startswith("\b\n") else " ".join(paragraph.split())
            for paragraph in text.split("\n\n")]


def translated(text: str) -> str:
    """A help text in the current language, paragraph by paragraph (see :func:`keys`)."""
    return "\n\n".join(("\b\n" if paragraph.startswith("\b\n") else "") + help_text(key)
                       for paragraph, key in zip(text.split("\n\n"), keys(text)))


def localize(command: Any, ctx: Any = None) -> None:
    """Put the current language's words in ``command``, its parameters and subcommands."""
    kept = _english(command, ("help", "short_help", "epilog", "options_metavar", "subcommand_metavar"))
    for attr, english in kept.items():
        if isinstance(english, str):
            setattr(command, attr, translated(english) if attr in ("help", "epilog") else help_text(english))
    params = list(command.params)
    if ctx is not None:
        helper = command.get_help_option(ctx)
        if helper is not None:
            params.append(helper)
    for param in params:
        for attr, english in _english(param, ("help", "metavar")).items():
            if isinstance(english, str):
                setattr(param, attr, translated(english) if attr == "help" else help_text(english))
    for sub in getattr(command, "commands", {}).values():
        localize(sub, ctx)


class Localized:
    """Mixed into every command class: help and usage in the language of the moment.

    Arguments are shown by their placeholder word alone (Typer adds its type, ``<str>``).
    """

    def format_help(self, ctx: Any, formatter: Any) -> None:
        localize(self, ctx)
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        localize(self, ctx)
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=help_text("Usage:") + " ")

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                arguments.append((param.metavar or param.name.upper(), record[1]))
            else:
                options.append(record)
        if arguments:
            with formatter.section(help_text("Arguments")):
                formatter.write_dl(arguments)
        if options:
            with formatter.section(help_text("Options")):
                formatter.write_dl(options)
        if isinstance(self, TyperGroup):
            self.format_commands(ctx, formatter)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)  # type: ignore[misc]
        except _click.exceptions.UsageError as error:
            if args:
                suggest(error, args[0], self.list_commands(ctx))  # type: ignore[attr-defined]
            raise


# -- usage errors ---------------------------------------------------------------------------


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbouring
    letters ("lsit") counts as one edit, as a missing, extra or wrong letter does."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]


def mistyped(word: str, names: list[str]) -> str | None:
    """The subcommand among ``names`` that ``word`` is most likely a typo of, or None.

    Only a word of lowercase letters can be one (commands are lowercase; a name typed with a
    capital, "Lisa", "Don", is meant as a name). Its length sets how many edits are a typo:
    none up to 2 letters (real short names: "ed", "li", "bo"), one up to 5 ("lsit", "dne",
    "delte"), two from 6 ("deelte").
    """
    if not word.isalpha() or not word.islower():
        return None
    allowed = 0 if len(word) <= 2 else (1 if len(word) <= 5 else 2)
    ranked = sorted((edit_distance(word, name), name) for name in names)
    if ranked and 0 < ranked[0][0] <= allowed:
        return ranked[0][1]
    return None


def suggest(error: Exception, word: str, names: list[str]) -> None:
    """Let ``error`` end in "Did you mean …?" when ``word`` is close to one of ``names``."""
    if getattr(error, "suggestion", None) or word.startswith("-"):
        return
    close = get_close_matches(word, names, n=1, cutoff=0.6)
    if close and close[0] != word:
        error.suggestion = close[0]  # type: ignore[attr-defined]


@cache
def _pattern(template: str) -> re.Pattern[str]:
    pieces = []
    position = 0
    for match in _FIELD.finditer(template):
        pieces.append(re.escape(template[position:match.start()]))
        pieces.append(f"(?P<{match.group(1)}>.+?)")
        position = match.end()
    pieces.append(re.escape(template[position:]))
    return re.compile("".join(pieces), re.DOTALL)


def say_again(message: str) -> str:
    """``message`` (worded by Click, Typer or pydantic in English) in the current language."""
    exact = help_text(message)
    if exact != message:
        return exact
    for template in MESSAGES:
        found = _pattern(template).fullmatch(message)
        if found is None:
            continue
        values = {name: say_again(value) if name == "message" else value
                  for name, value in found.groupdict().items()}
        # the values keep the quotes Click put around them: fill them in as they are
        return _FIELD.sub(r"{\1}", help_text(template)).format(**values)
    return message


class _InLanguage(_click.exceptions.UsageError):
    """A Click error shown in the user's language, with the same exit code."""

    def __init__(self, error: _click.exceptions.ClickException) -> None:
        ctx = getattr(error, "ctx", None)
        if ctx is not None:  # the message names a placeholder ("Missing argument 'TEXT'")
            localize(ctx.command, ctx)
        super().__init__(error.format_message(), ctx)
        self.exit_code = error.exit_code
        self.suggestion: str | None = getattr(error, "suggestion", None)

    def format_message(self) -> str:
        text = say_again(self.message)
        if self.suggestion:  # as Typer does: "No such command 'lgo'. Did you mean 'log'?"
            text = f"{text.rstrip('.')}. {help_text('Did you mean {name!r}?').format(name=self.suggestion)}"
        return text

    def show(self, file: IO[Any] | None = None) -> None:
        if file is None:
            file = _compat.get_text_stderr()
        color = None
        if self.ctx is not None:
            color = self.ctx.color
            hint = ""
            if self.ctx.command.get_help_option(self.ctx) is not None:
                hint = help_text("Try '{command} {option}' for help.").format(
                    command=self.ctx.command_path, option=self.ctx.help_option_names[0]) + "\n"
            utils.echo(f"{self.ctx.get_usage()}\n{hint}", file=file, color=color)
        utils.echo(help_text("Error: {message}").format(message=self.format_message()),
                          file=file, color=color)


def in_language(error: _click.exceptions.ClickException) -> _click.exceptions.ClickException:
    """``error`` as it will be shown in the user's language (a help screen stays as it is)."""
    if isinstance(error, (_InLanguage, _click.exceptions.NoArgsIsHelpError)):
        return error
    return _InLanguage(error)
