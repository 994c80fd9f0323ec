"""How a flow talks with the user: the one protocol of the guided cycle and the weekly review.

A flow decides what to say, show and ask, and keeps each answer the moment it is given; how
the words reach the user is the conversation's business: a terminal in the CLI
(``veerkracht.cli.conversation``), a list of answers in the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class Conversation(Protocol):
    """What a flow needs from whoever is on the other side."""

    lang: str  # the language the flow's stored words are in (en or nl)

    def heading(self, title: str, explanation: str) -> None:
        """The start of a part of the flow, with a line on what it is for."""
        ...

    def say(self, text: str, style: str | None = None) -> None:
        """One message for the user; ``style`` is Rich's (``bold``, ``green`` …)."""
        ...

    def show(self, renderable: object) -> None:
        """Rich output of the flow's data: a chart, the matrix, an item."""
        ...

    def recap(self, title: str, lines: list[str]) -> None:
        """A short list of what was said so far."""
        ...

    def ask(self, question: str, parse: Callable[[str], T], *, hint: str | None = None) -> T:
        """Ask until ``parse`` accepts the answer (it raises InvalidValue to ask again)."""
        ...
