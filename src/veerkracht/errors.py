"""The one exception type users ever see: a sentence, and the exit code that goes with it."""

from __future__ import annotations


class VeerkrachtError(Exception):
    """An expected failure, told to the user as one sentence.

    ``code`` follows DESIGN §2: 1 for a user-facing error (not found, journal unusable,
    refused), 2 for bad usage or an invalid value.
    """

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class InvalidValue(VeerkrachtError):
    """A value that breaks a rule; always exit code 2 and nothing written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code=2)


class JournalError(VeerkrachtError):
    """The journal file cannot be used as asked; exit code 1, the file left untouched."""


class DraftGone(VeerkrachtError):
    """A cycle or review this process was filling in was discarded or completed by another
    process in the meantime; exit code 1, the answer that found out was not written."""
