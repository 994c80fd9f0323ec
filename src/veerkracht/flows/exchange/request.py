"""What an export is asked for, and what it gives back: shared by every exporter."""

from __future__ import annotations

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


@dataclass
class Result:
    """A finished export: the document, and what to tell the user on stderr."""

    text: str
    notices: list[str] = field(default_factory=list)
