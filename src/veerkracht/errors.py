"""The exit codes, and the errors users see: each one sentence and the exit code that goes with it.

An error is raised either with a ready sentence (cli and flows, which speak the user's
language) or, from the layers that never build sentences (db, store), with a catalogue key
and its values: ``JournalError.of("core.journal_busy")``. Whoever shows an error turns it into
words with :meth:`VeerkrachtError.render`; ``veerkracht.app`` is the one place where errors
become exit codes. This module is the bottom layer: it imports nothing of veerkracht.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TypeVar

# ``t(key, **values)`` of veerkracht.i18n, or anything shaped like it.
Translate = Callable[..., str]

_E = TypeVar("_E", bound="VeerkrachtError")


class ExitCode(IntEnum):
    """The exit codes of every command."""

    OK = 0
    ERROR = 1  # a user-facing error: not found, journal unusable, refused
    USAGE = 2  # bad usage or an invalid value; nothing written
    INTERRUPTED = 130  # Ctrl-C or end of input at a prompt


@dataclass(frozen=True)
class Term:
    """A catalogue key used as a value inside another message (e.g. the kind of a record)."""

    key: str


class VeerkrachtError(Exception):
    """An expected failure, told to the user as one sentence.

    ``message`` is a ready sentence, or empty when the error carries a catalogue ``key`` and
    its ``params`` instead; :meth:`render` gives the sentence either way.
    """

    default_code = ExitCode.ERROR

    def __init__(
        self,
        message: str = "",
        code: ExitCode | None = None,
        *,
        key: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message or key)
        self.message = message
        self.key = key
        self.params = dict(params or {})
        self.code = self.default_code if code is None else ExitCode(code)

    @classmethod
    def of(cls: type[_E], key: str, /, **params: object) -> _E:
        """The error for catalogue message ``key`` with ``params``, worded when shown."""
        return cls(key=key, params=params)

    def render(self, translate: Translate) -> str:
        """The sentence for the user: the ready one, or ``key`` worded by ``translate``."""
        if self.key is None:
            return self.message
        values = {
            name: translate(value.key) if isinstance(value, Term) else value
            for name, value in self.params.items()
        }
        return translate(self.key, **values)

    def __str__(self) -> str:
        # For tracebacks (VEERKRACHT_DEBUG=1): the sentence, or the key and its values.
        if self.key is None:
            return self.message
        return f"{self.key} {self.params}" if self.params else self.key


class InvalidValue(VeerkrachtError):
    """A value that breaks a rule; always exit code 2 and nothing written."""

    default_code = ExitCode.USAGE

    def __init__(
        self, message: str = "", *, key: str | None = None, params: dict[str, object] | None = None
    ) -> None:
        super().__init__(message, key=key, params=params)


class JournalError(VeerkrachtError):
    """The journal file cannot be used as asked; exit code 1, the file left untouched."""


class DraftGone(VeerkrachtError):
    """A cycle or review this process was filling in was discarded or completed by another
    process in the meantime; exit code 1, the answer that found out was not written."""
