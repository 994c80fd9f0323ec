"""What an export is asked for, and what it gives back: shared by every exporter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from veerkracht.domain.period import Period


@dataclass(frozen=True)
class Request:
    """What the user asked for: the period, the day it was asked, what may go in."""

    period: Period
    today: date
    include_private: bool = False
    include_people: bool = False
    redact_names: bool = False  # people's names in free text become "[person 1]" (Markdown)


@dataclass
class Result:
    """A finished export: the document, and what to tell the user on stderr.

    A document too large to hold (JSON, CSV) comes as ``parts`` instead of ``text``: pieces
    read from the journal as they are taken, so the journal must stay open until they are
    all written; the notices are complete only after that.
    """

    text: str
    notices: list[str] = field(default_factory=list)
    parts: Iterator[str] | None = None

    def pieces(self) -> Iterator[str]:
        """The document, piece by piece (a whole ``text`` is one piece)."""
        return iter((self.text,)) if self.parts is None else self.parts
