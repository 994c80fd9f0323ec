"""The flows' conversation on a terminal, and the one loop that asks until an answer is accepted.

Questions and messages go to stderr, a flow's data (a chart, the matrix) to stdout. Rich is
imported only where something is drawn: ``log`` asks through :func:`ask` and loads no Rich.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import typer

from veerkracht.cli import common
from veerkracht.domain.text import printable
from veerkracht.errors import InvalidValue
from veerkracht.i18n import current, t

if TYPE_CHECKING:
    from rich.text import Text

T = TypeVar("T")


def ask(question: str, parse: Callable[[str], T], *, suffix: str = ": ") -> T:
    """Ask on the terminal until ``parse`` accepts the answer; a refusal is shown, then asked again.

    An empty answer reaches ``parse`` as ``""``: it decides what that means (``str`` keeps it).
    """
    while True:
        answer = typer.prompt(printable(question), default="", show_default=False, err=True,
                              prompt_suffix=suffix)
        try:
            return parse(answer)
        except InvalidValue as error:
            common.say(error.render(t), style="red")


class TerminalConversation:
    """A flow on the terminal: words on stderr, its data on stdout, answers from the keyboard.

    With ``open_questions`` (the cycle's reflective questions) a question stands in bold on its
    own lines, with its hint, above a ``›`` prompt; otherwise (the review's short ones) it is
    asked on one line, and on a line of its own only when it would not fit beside the answer.
    """

    def __init__(self, *, open_questions: bool = False) -> None:
        self.lang = current()
        self.open_questions = open_questions

    def heading(self, title: str, explanation: str) -> None:
        out = common.console(stderr=True)
        out.print()
        out.rule(_text(title), align="left")
        out.print(_text(explanation, "italic"))

    def say(self, text: str, style: str | None = None) -> None:
        common.say(text, style=style)

    def show(self, renderable: object) -> None:
        common.console().print(renderable)

    def recap(self, title: str, lines: list[str]) -> None:
        out = common.console(stderr=True)
        out.print()
        out.print(_text(title, "bold dim"))
        for line in lines:
            out.print(_text("  • " + line, "dim"))

    def ask(self, question: str, parse: Callable[[str], T], *, hint: str | None = None) -> T:
        out = common.console(stderr=True)
        if self.open_questions:
            out.print()
            out.print(_text(question, "bold"))
            if hint:
                out.print(_text(hint, "dim"))
            return ask("›", parse, suffix=" ")
        if hint:
            common.say(hint, style="dim")
        # A terminal breaks a long prompt mid-word; Rich wraps a message at spaces.
        if len(question) > out.width - 16:
            common.say(question)
            question = "›"
        return ask(question, parse)


def _text(text: str, style: str = "") -> Text:
    """User text as Rich text: printed as typed, never read as markup."""
    from rich.text import Text  # lazy: log asks through this module and loads no Rich

    return Text(text, style=style)
