"""The flows' conversation on a terminal, and the one loop that asks until an answer is accepted.

Questions and messages go to stderr, a flow's data (a chart, the matrix) to stdout. Rich is
imported only where something is drawn: ``log`` asks through :func:`ask` and loads no Rich.
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import typer
from typer._click.globals import get_current_context

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
    On a real terminal a pasted text of several lines is one answer, its lines kept
    (:func:`_read_pasted`); Ctrl-C or Ctrl-D stops the question as ``typer.Abort``.
    """
    while True:
        if _pastes():
            try:
                answer = _read_pasted(printable(question) + suffix)
            except KeyboardInterrupt:  # as Click's prompt says it
                raise typer.Abort() from None
        else:
            answer = typer.prompt(printable(question), default="", show_default=False, err=True,
                                  prompt_suffix=suffix)
        try:
            return parse(answer)
        except InvalidValue as error:
            common.say(error.render(t), style="red")


# Bracketed paste (xterm, and every terminal since): while it is on, the terminal sends a
# pasted text between these markers, so its line ends can be told from the Enter key.
_PASTE_ON, _PASTE_OFF = "\x1b[?2004h", "\x1b[?2004l"
_PASTE_START, _PASTE_END = "\x1b[200~", "\x1b[201~"


def _pastes() -> bool:
    """Whether answers come from a real terminal that understands bracketed paste."""
    streams = (sys.stdin, sys.stderr)
    return (all(getattr(stream, "isatty", lambda: False)() for stream in streams)
            and os.environ.get("TERM", "dumb") != "dumb" and sys.platform != "win32")


def _read_pasted(prompt: str) -> str:
    """One answer from the terminal, a pasted text of several lines included.

    Without this the terminal hands a paste over line by line: its second line became the
    next question's answer and its third went to the shell. The terminal keeps its own line
    editing (backspace, Ctrl-U); only the echo of control keys is off, so the markers do not
    show as "^[[200~". Whatever happens (Ctrl-C, an error), the terminal is put back.
    """
    import termios  # lazy: only a real terminal needs it, and Windows has none

    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    quiet = list(saved)
    quiet[3] &= ~termios.ECHOCTL
    try:  # a Ctrl-C while the question is being written must put the terminal back too
        sys.stderr.write(_PASTE_ON + prompt)
        sys.stderr.flush()
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
        raw = _read_answer(fd)
    finally:
        termios.tcsetattr(fd, termios.TCSANOW, saved)
        sys.stderr.write(_PASTE_OFF)
        sys.stderr.flush()
    text = raw.decode(sys.stdin.encoding or "utf-8", "surrogateescape")
    return text.replace(_PASTE_START, "").replace(_PASTE_END, "").removesuffix("\n")


def _read_answer(fd: int) -> bytes:
    """Lines from the terminal up to an Enter outside a paste (a paste may hold many)."""
    start, end = _PASTE_START.encode(), _PASTE_END.encode()
    data = b""
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:  # Ctrl-D: on an empty answer it stops, as it does for Click's prompts
            if not data:
                raise typer.Abort()
            return data
        data += chunk
        if data.endswith(b"\n") and data.count(start) <= data.count(end):
            return data


def fresh_line() -> None:
    """Start the next message on a line of its own after Ctrl-C, once in a run.

    The terminal shows "^C" where the answer was being typed; a message that followed it on
    the same line ("Energy 0-10: ^CStopped.") is hard to read. Not on a pipe or a file.
    """
    ctx = get_current_context(silent=True)
    if ctx is not None:
        if ctx.meta.get(_FRESH_LINE):
            return
        ctx.meta[_FRESH_LINE] = True
    if getattr(sys.stderr, "isatty", lambda: False)():
        sys.stderr.write("\n")
        sys.stderr.flush()


_FRESH_LINE = "veerkracht.fresh_line"


ANSWER_ROOM = 16  # cells left beside a question for the answer to start on its line


def fitted(question: str, *, suffix: str = ": ", width: int | None = None) -> str:
    """What to prompt with so a question never breaks mid-word: the question itself when it fits
    beside an answer; otherwise it is printed wrapped between words and ``›`` is the prompt
    (asked again the same way after a refused answer). A terminal folds a long prompt at its
    edge, inside a word.
    """
    if width is None:
        width = common.columns()  # COLUMNS first, as Rich reads it
    if len(question) + len(suffix) + ANSWER_ROOM <= width:
        return question
    for part in question.splitlines():
        for line in textwrap.wrap(part, max(20, width - 1), break_long_words=False,
                                  break_on_hyphens=False) or [""]:
            common.say(line)
    return "›"


def ask_fitted(question: str, parse: Callable[[str], T], *, suffix: str = ": ") -> T:
    """:func:`ask`, with a question too long for the terminal wrapped between words first."""
    shown = fitted(question, suffix=suffix)
    return ask(shown, parse, suffix=" " if shown == "›" else suffix)


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
        common.console(stderr=True).print(_text(text, style or ""))  # wrapped between words

    def show(self, renderable: object) -> None:
        common.console().print(renderable)

    def recap(self, title: str, lines: list[str]) -> None:
        out = common.console(stderr=True)
        out.print()
        out.print(_text(title, "bold dim"))
        from veerkracht.render.fit import hanging  # lazy: as _text

        for line in lines:
            out.print(hanging("  • ", _text(line, "dim")))

    def ask(self, question: str, parse: Callable[[str], T], *, hint: str | None = None) -> T:
        out = common.console(stderr=True)
        if self.open_questions:
            out.print()
            out.print(_text(question, "bold"))
            if hint:
                out.print(_text(hint, "dim"))
            return ask("›", parse, suffix=" ")
        if hint:
            out.print(_text(hint, "dim"))
        shown = fitted(question, width=out.width)
        return ask(shown, parse, suffix=" " if shown == "›" else ": ")


def _text(text: str, style: str = "") -> Text:
    """User text as Rich text: printed as typed, never read as markup."""
    from rich.text import Text  # lazy: log asks through this module and loads no Rich

    return Text(text, style=style)
