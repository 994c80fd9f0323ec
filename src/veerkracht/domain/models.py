"""Pydantic models for every value that enters the journal, whatever the door.

Rules raise ``ValueError`` with a sentence from the message catalogue; :func:`validate`
turns a failure into one ``InvalidValue`` that names the field and the rule. Every model is
built on first use (``defer_build``), so importing this module costs little.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Annotated, Any, Optional, TypeVar, cast

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationError,
    field_validator,
    model_validator,
)

from veerkracht import clock
from veerkracht.domain.dates import last_due
from veerkracht.domain.rules import (
    choice,
    day_value,
    energy_value,
    required_text,
    score,
    tag_value,
    text_value,
)
from veerkracht.domain.vocabulary import (
    CONNECTION_KINDS,
    DECISIONS,
    ORIGINS,
    PHASES,
    PILLARS,
    SCOPES,
)
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, t, words

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], **values: Any) -> M:
    """Build ``model`` from ``values`` or raise InvalidValue ("field: rule")."""
    try:
        return model(**values)
    except ValidationError as error:
        raise InvalidValue(describe(error)) from None


def describe(error: ValidationError, label: str = "value", *, where: str = "", raw: bool = False) -> str:
    """The first failure as ``field: rule``; inside a file ``entries[3].energy: rule``.

    A field is named in the user's words (``energie: …``, from ``words.FIELD``); inside a
    file (``where`` or ``raw``) by its place in the file, as the file spells it. ``label``
    names a rule about the whole record there (no single field). A rule of our own speaks
    the user's language; so do pydantic's common failures (a missing field, a wrong type:
    ``words.PROBLEM``); any other is given in pydantic's words, inside a sentence unless ``raw``.
    """
    first = error.errors()[0]
    if where or raw:
        location = where
        for part in first["loc"]:
            location += f"[{part}]" if isinstance(part, int) else (f".{part}" if location else str(part))
        name = location or label
    else:
        name = field_word(error.title, first["loc"])
    cause = first.get("ctx", {}).get("error")
    if isinstance(cause, ValueError):
        rule = str(cause)
    elif first["type"] in words.PROBLEM:  # pydantic's own failures, in the user's words
        rule = t(words.PROBLEM[first["type"]])
    else:
        rule = first["msg"] if raw else t("core.rule_invalid", detail=first["msg"])
    return f"{name}: {rule}"


def field_word(model: str, location: tuple[int | str, ...] | list[int | str] = ()) -> str:
    """The user's word for a field of ``model`` (its first named part), or for the model."""
    names = [part for part in location if isinstance(part, str)]
    if not names:
        key = words.FIELD.get(model)
        return t(key) if key else model
    key = words.FIELD.get(f"{model}.{names[0]}") or words.FIELD.get(names[0])
    return t(key) if key else names[0]


def _journal_day(value: object) -> date:
    # A day a journal holds: FIRST_DAY up to today, plus one day of slack for a file written
    # where the calendar is already a day ahead (the commands refuse any day after today).
    return day_value(value, clock.today() + timedelta(days=1))


def _due_day(value: object) -> date | None:
    return None if value in (None, "") else day_value(value, last_due(clock.today()))


# A day as a file or a command gives it: ISO text or a date, never a number or a moment.
Day = Annotated[date, BeforeValidator(_journal_day)]
DueDay = Annotated[Optional[date], BeforeValidator(_due_day)]


class EntryIn(BaseModel):
    """A daily check-in as it enters the journal."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    day: Day
    energy: int | None = None
    reflection: str | None = None
    win: str | None = None
    tags: list[str] = []
    private: bool = False

    @field_validator("energy", mode="before")
    @classmethod
    def _energy(cls, value: object) -> int | None:
        return energy_value(value)

    @field_validator("reflection", "win", mode="before")
    @classmethod
    def _text(cls, value: object) -> str | None:
        return text_value(value)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: object) -> list[str]:
        items = [value] if isinstance(value, str) else list(cast("Iterable[object]", value or []))
        return sorted({tag_value(item) for item in items})

    @model_validator(mode="after")
    def _not_empty(self) -> EntryIn:
        if self.energy is None and not self.reflection and not self.win:
            raise ValueError(t("core.rule_empty_entry"))
        return self


# -- the other records ---------------------------------------------------------------------
# Commands validate what a user typed with the ``…In`` models; import validates whole
# records (with their IDs and timestamps) with the ``…Record`` models in ``records.py``.
# Each field names its rule as a type, so the same rule reads the same wherever it stands:
# ``Annotated[str, one_of(SCOPES)]`` is text that must be one of the scopes.


def one_of(allowed: tuple[str, ...], names: dict[str, str] | None = None) -> BeforeValidator:
    """The rule of a field that must be one of ``allowed`` (case-insensitive).

    ``names``: each code's message id, so the user's words are shown and taken too.
    """
    return BeforeValidator(lambda value: choice(value, allowed, N_("core.rule_choice"), names))


def maybe_one_of(allowed: tuple[str, ...], names: dict[str, str] | None = None) -> BeforeValidator:
    """Like :func:`one_of`, or absent (``None`` or empty)."""
    return BeforeValidator(
        lambda value: None if value in (None, "") else choice(value, allowed, N_("core.rule_choice"), names)
    )


def required(limit: int, *, strip: bool = False) -> BeforeValidator:
    """Text that must be there, at most ``limit`` characters (``strip``: without outer spaces)."""
    return BeforeValidator(
        lambda value: required_text(value, limit).strip() if strip else required_text(value, limit)
    )


def whole(low: int, high: int) -> BeforeValidator:
    """A whole number from ``low`` to ``high``."""
    return BeforeValidator(lambda value: score(value, low, high))


Text = Annotated[Optional[str], BeforeValidator(text_value)]
Note = Annotated[Optional[str], BeforeValidator(lambda value: text_value(value, 2_000))]
ValueName = Annotated[str, required(80, strip=True)]
Scope = Annotated[str, one_of(SCOPES, words.SCOPE)]
Phase = Annotated[str, one_of(PHASES)]
Pillar = Annotated[str, one_of(PILLARS)]
# −2 … +2 (care ↔ challenge) to 1–5 (alignment): the widest scale a cycle answer holds.
AnswerScore = Annotated[
    Optional[int], BeforeValidator(lambda value: None if value in (None, "") else score(value, -2, 5))
]
Alignment = Annotated[int, whole(1, 5)]
Balance = Annotated[int, whole(-2, 2)]
ActionText = Annotated[str, required(1_000)]
Origin = Annotated[str, one_of(ORIGINS)]
Who = Annotated[str, required(120, strip=True)]
ConnectionKind = Annotated[str, one_of(CONNECTION_KINDS, words.EXPORT_CONTACT_KIND)]
Title = Annotated[str, required(500)]
Decision = Annotated[Optional[str], maybe_one_of(DECISIONS, words.QUADRANT)]
Share = Annotated[int, whole(0, 100)]


class ValueIn(BaseModel):
    """A core value: personal or of the organisation, with why it matters."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: ValueName
    scope: Scope = "personal"
    why: Note = None


class AnswerIn(BaseModel):
    """One answer in a cycle: text for a prompt, or a score for a scale."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    phase: Phase
    pillar: Pillar
    prompt_id: str
    text: Text = None
    score: AnswerScore = None


class ValueCheckIn(BaseModel):
    """How well actions matched one core value, 1–5."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    alignment: Alignment
    note: Note = None


class CareChallengeIn(BaseModel):
    """The care ↔ challenge check: −2 all care … +2 all challenge."""

    model_config = ConfigDict(defer_build=True)

    balance: Balance


class ActionIn(BaseModel):
    """A commitment: a small concrete step with an optional due date."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    text: ActionText
    due: DueDay = None
    origin: Origin = "manual"
    origin_id: Optional[str] = None


class ConnectionIn(BaseModel):
    """A moment of real contact with someone."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    day: Day
    who: Who
    kind: ConnectionKind = "checkin"
    care: bool = False
    challenge: bool = False
    note: Note = None


class ReviewItemIn(BaseModel):
    """One item of a weekly review, sorted into its quadrant."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: Title
    urgent: bool
    important: bool
    decision: Decision = None
    delegate_to: Note = None
    note: Note = None


class TimeSplitIn(BaseModel):
    """How the week's time split over the four quadrants, in whole percentages."""

    model_config = ConfigDict(defer_build=True)

    do: Share
    schedule: Share
    delegate: Share
    drop: Share

    @model_validator(mode="after")
    def _adds_up(self) -> TimeSplitIn:
        total = self.do + self.schedule + self.delegate + self.drop
        if total != 100:
            raise ValueError(t("core.rule_percentages", total=total))
        return self
