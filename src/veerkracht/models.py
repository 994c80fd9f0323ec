"""Pydantic models for every value that enters the journal, whatever the door.

Rules raise ``ValueError`` with a sentence from the message catalogue; :func:`validate`
turns a failure into one ``InvalidValue`` that names the field and the rule. Every model is
built on first use (``defer_build``), so importing this module costs little.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from veerkracht.errors import InvalidValue
from veerkracht.messages import t
from veerkracht.rules import (  # noqa: F401 - re-exported: the rules are part of the models
    ACTION_STATUSES,
    CONNECTION_KINDS,
    DECISIONS,
    OUTCOMES,
    PHASES,
    PILLARS,
    SCOPES,
    SHORT_TEXT,
    TEXT_LIMIT,
    choice,
    energy_value,
    required_text,
    score,
    tag_value,
    text_value,
)


M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], **values: Any) -> M:
    """Build ``model`` from ``values`` or raise InvalidValue ("field: rule")."""
    try:
        return model(**values)
    except ValidationError as error:
        raise InvalidValue(describe(error, getattr(model, "label", "value"))) from None


def describe(error: ValidationError, label: str = "value") -> str:
    """The first failure as ``field: rule``, in the user's language.

    ``label`` names a rule about the whole record (no single field).
    """
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or label
    cause = first.get("ctx", {}).get("error")
    rule = str(cause) if isinstance(cause, ValueError) else t("core.rule_invalid", detail=first["msg"])
    return f"{field}: {rule}"


class EntryIn(BaseModel):
    """A daily check-in as it enters the journal."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    label: ClassVar[str] = "entry"

    day: date
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
        items = [value] if isinstance(value, str) else list(value or [])
        return sorted({tag_value(item) for item in items})

    @model_validator(mode="after")
    def _not_empty(self) -> EntryIn:
        if self.energy is None and not self.reflection and not self.win:
            raise ValueError(t("core.rule_empty_entry"))
        return self


# -- the other records of DESIGN §3 ---------------------------------------------------------
# Commands validate what a user typed with the ``…In`` models; import validates whole
# records (with their IDs and timestamps) with the ``…Record`` models in ``records.py``.
class ValueIn(BaseModel):
    """A core value: personal or of the organisation, with why it matters."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str
    scope: str = "personal"
    why: str | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: object) -> str:
        return required_text(value, 80).strip()

    @field_validator("scope", mode="before")
    @classmethod
    def _scope(cls, value: object) -> str:
        return choice(value, SCOPES, "core.rule_choice")

    @field_validator("why", mode="before")
    @classmethod
    def _why(cls, value: object) -> str | None:
        return text_value(value, 2_000)


class AnswerIn(BaseModel):
    """One answer in a cycle: text for a prompt, or a score for a scale."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    phase: str
    pillar: str
    prompt_id: str
    text: str | None = None
    score: int | None = None

    @field_validator("phase", mode="before")
    @classmethod
    def _phase(cls, value: object) -> str:
        return choice(value, PHASES, "core.rule_choice")

    @field_validator("pillar", mode="before")
    @classmethod
    def _pillar(cls, value: object) -> str:
        return choice(value, PILLARS, "core.rule_choice")

    @field_validator("text", mode="before")
    @classmethod
    def _text(cls, value: object) -> str | None:
        return text_value(value)

    @field_validator("score", mode="before")
    @classmethod
    def _score(cls, value: object) -> int | None:
        # −2 … +2 (care ↔ challenge) is the widest scale a cycle answer holds.
        return None if value is None or value == "" else score(value, -2, 5)


class ValueCheckIn(BaseModel):
    """How well actions matched one core value, 1–5."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    alignment: int
    note: str | None = None

    @field_validator("alignment", mode="before")
    @classmethod
    def _alignment(cls, value: object) -> int:
        return score(value, 1, 5)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: object) -> str | None:
        return text_value(value, 2_000)


class CareChallengeIn(BaseModel):
    """The care ↔ challenge check: −2 all care … +2 all challenge."""

    model_config = ConfigDict(defer_build=True)

    balance: int

    @field_validator("balance", mode="before")
    @classmethod
    def _balance(cls, value: object) -> int:
        return score(value, -2, 2)


class ActionIn(BaseModel):
    """A commitment: a small concrete step with an optional due date."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    text: str
    due: date | None = None
    origin: str = "manual"
    origin_id: str | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _text(cls, value: object) -> str:
        return required_text(value, 1_000)

    @field_validator("origin", mode="before")
    @classmethod
    def _origin(cls, value: object) -> str:
        return choice(value, ("manual", "cycle", "review"), "core.rule_choice")


class ConnectionIn(BaseModel):
    """A moment of real contact with someone."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    day: date
    who: str
    kind: str = "checkin"
    care: bool = False
    challenge: bool = False
    note: str | None = None

    @field_validator("who", mode="before")
    @classmethod
    def _who(cls, value: object) -> str:
        return required_text(value, 120).strip()

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: object) -> str:
        return choice(value, CONNECTION_KINDS, "core.rule_choice")

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, value: object) -> str | None:
        return text_value(value, 2_000)


class ReviewItemIn(BaseModel):
    """One item of a weekly review, sorted into its quadrant."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: str
    urgent: bool
    important: bool
    decision: str | None = None
    delegate_to: str | None = None
    note: str | None = None

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, value: object) -> str:
        return required_text(value, 500)

    @field_validator("decision", mode="before")
    @classmethod
    def _decision(cls, value: object) -> str | None:
        return None if value is None or value == "" else choice(value, DECISIONS, "core.rule_choice")

    @field_validator("delegate_to", "note", mode="before")
    @classmethod
    def _short(cls, value: object) -> str | None:
        return text_value(value, 2_000)


class TimeSplitIn(BaseModel):
    """How the week's time split over the four quadrants, in whole percentages."""

    model_config = ConfigDict(defer_build=True)
    label: ClassVar[str] = "time split"

    do: int
    schedule: int
    delegate: int
    drop: int

    @field_validator("do", "schedule", "delegate", "drop", mode="before")
    @classmethod
    def _share(cls, value: object) -> int:
        return score(value, 0, 100)

    @model_validator(mode="after")
    def _adds_up(self) -> TimeSplitIn:
        total = self.do + self.schedule + self.delegate + self.drop
        if total != 100:
            raise ValueError(t("core.rule_percentages", total=total))
        return self
