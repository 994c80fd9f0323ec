"""Whole records as they travel in a JSON export: the ``…In`` rules plus IDs and timestamps.

``import`` validates every record of a file with these models before it writes anything.
Nested records carry their parent's ID too (every field of every table travels), and the
parent checks that its children really are its own.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from veerkracht.messages import t
from veerkracht.models import (
    ACTION_STATUSES,
    OUTCOMES,
    ActionIn,
    AnswerIn,
    ConnectionIn,
    EntryIn,
    ReviewItemIn,
    ValueCheckIn,
    ValueIn,
    choice,
    required_text,
    score,
    tag_value,
    text_value,
)
from veerkracht.rules import setting_value

from veerkracht.store.exchange import FORMAT, VERSION

_ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def id_value(value: object) -> str:
    """A record ID: a UUID in its canonical lower-case form."""
    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        raise ValueError(t("export.rule_id", value=value)) from None
    if not isinstance(value, str) or str(parsed) != value:
        raise ValueError(t("export.rule_id", value=value))
    return value


def timestamp_value(value: object) -> str:
    """An instant with its UTC offset, kept exactly as written."""
    if not isinstance(value, str):
        raise ValueError(t("export.rule_timestamp", value=value))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(t("export.rule_timestamp", value=value)) from None
    if moment.tzinfo is None:
        raise ValueError(t("export.rule_timestamp", value=value))
    return value


def _optional_timestamp(value: object) -> str | None:
    return None if value is None else timestamp_value(value)


def _optional_id(value: object) -> str | None:
    return None if value is None else id_value(value)


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value: object) -> str:
        return id_value(value)


class EntryRecord(EntryIn, _Record):
    """A daily check-in with its ID, when it was logged, where from, and when it was edited."""

    logged_at: str
    source: str = "cli"
    updated_at: str | None = None

    @field_validator("logged_at", mode="before")
    @classmethod
    def _logged(cls, value: object) -> str:
        return timestamp_value(value)

    @field_validator("updated_at", mode="before")
    @classmethod
    def _updated(cls, value: object) -> str | None:
        return _optional_timestamp(value)

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, value: object) -> str:
        return required_text(value, 40)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: object) -> list[str]:
        # Stricter than a typed option: a file must hold a list of strings, nothing else.
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(t("export.rule_tags"))
        return sorted({tag_value(item) for item in value})


class ValueRecord(ValueIn, _Record):
    created_at: str
    retired_at: str | None = None

    @field_validator("created_at", mode="before")
    @classmethod
    def _created(cls, value: object) -> str:
        return timestamp_value(value)

    @field_validator("retired_at", mode="before")
    @classmethod
    def _retired(cls, value: object) -> str | None:
        return _optional_timestamp(value)


class AnswerRecord(AnswerIn, _Record):
    cycle_id: str
    answered_at: str

    @field_validator("cycle_id", mode="before")
    @classmethod
    def _cycle(cls, value: object) -> str:
        return id_value(value)

    @field_validator("prompt_id", mode="before")
    @classmethod
    def _prompt(cls, value: object) -> str:
        return required_text(value, 80)

    @field_validator("answered_at", mode="before")
    @classmethod
    def _answered(cls, value: object) -> str:
        return timestamp_value(value)


class ValueCheckRecord(ValueCheckIn, _Record):
    value_id: str
    cycle_id: str | None = None
    review_id: str | None = None
    checked_at: str

    @field_validator("value_id", mode="before")
    @classmethod
    def _value(cls, value: object) -> str:
        return id_value(value)

    @field_validator("cycle_id", "review_id", mode="before")
    @classmethod
    def _parent(cls, value: object) -> str | None:
        return _optional_id(value)

    @field_validator("checked_at", mode="before")
    @classmethod
    def _checked(cls, value: object) -> str:
        return timestamp_value(value)


class CycleRecord(_Record):
    started_at: str
    completed_at: str | None = None
    status: Literal["draft", "complete"] = "draft"
    lang: Literal["en", "nl"] = "en"
    plan: str | None = None
    answers: list[AnswerRecord] = []
    value_checks: list[ValueCheckRecord] = []

    @field_validator("started_at", mode="before")
    @classmethod
    def _started(cls, value: object) -> str:
        return timestamp_value(value)

    @field_validator("completed_at", mode="before")
    @classmethod
    def _completed(cls, value: object) -> str | None:
        return _optional_timestamp(value)

    @field_validator("plan", mode="before")
    @classmethod
    def _plan(cls, value: object) -> str | None:
        """The cycle's plan as the cycle reads it: {prompts, values, skipped}, lists of text."""
        text = text_value(value)
        if text is None:
            return None
        try:
            plan = json.loads(text)
        except ValueError:
            raise ValueError(t("export.rule_plan")) from None
        lists = ("prompts", "values", "skipped")
        if not isinstance(plan, dict) or set(plan) != set(lists) or not all(
            isinstance(plan[key], list) and all(isinstance(item, str) for item in plan[key])
            for key in lists
        ):
            raise ValueError(t("export.rule_plan"))
        return text

    @model_validator(mode="after")
    def _own_children(self) -> CycleRecord:
        if any(answer.cycle_id != self.id for answer in self.answers) or any(
            check.cycle_id != self.id for check in self.value_checks
        ):
            raise ValueError(t("export.rule_parent", parent=self.id))
        return self


class ActionRecord(ActionIn, _Record):
    status: str = "open"
    created_at: str
    closed_at: str | None = None
    outcome: str | None = None
    outcome_note: str | None = None

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: object) -> str:
        return choice(value, ACTION_STATUSES, "core.rule_choice")

    @field_validator("outcome", mode="before")
    @classmethod
    def _outcome(cls, value: object) -> str | None:
        return None if value is None else choice(value, OUTCOMES, "core.rule_choice")

    @field_validator("outcome_note", mode="before")
    @classmethod
    def _note(cls, value: object) -> str | None:
        return text_value(value, 2_000)

    @field_validator("created_at", mode="before")
    @classmethod
    def _created(cls, value: object) -> str:
        return timestamp_value(value)

    @field_validator("closed_at", mode="before")
    @classmethod
    def _closed(cls, value: object) -> str | None:
        return _optional_timestamp(value)


class ConnectionRecord(ConnectionIn, _Record):
    logged_at: str

    @field_validator("logged_at", mode="before")
    @classmethod
    def _logged(cls, value: object) -> str:
        return timestamp_value(value)


class ReviewItemRecord(ReviewItemIn, _Record):
    # An item not yet sorted (the review was interrupted) has no urgent/important yet.
    urgent: bool | None = None
    important: bool | None = None
    review_id: str
    carried_from: str | None = None
    stop: bool = False
    status: str = "open"
    created_at: str

    @field_validator("review_id", mode="before")
    @classmethod
    def _review(cls, value: object) -> str:
        return id_value(value)

    @field_validator("carried_from", mode="before")
    @classmethod
    def _carried(cls, value: object) -> str | None:
        return _optional_id(value)

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: object) -> str:
        return choice(value, ACTION_STATUSES, "core.rule_choice")

    @field_validator("created_at", mode="before")
    @classmethod
    def _created(cls, value: object) -> str:
        return timestamp_value(value)


class ReviewRecord(_Record):
    iso_week: str
    started_at: str
    completed_at: str | None = None
    share_do: int | None = None
    share_schedule: int | None = None
    share_delegate: int | None = None
    share_drop: int | None = None
    headline: str | None = None
    reflection: str | None = None
    coach_question: str | None = None
    recovery_habit: str | None = None
    win: str | None = None
    care_challenge: int | None = None
    lang: Literal["en", "nl"] = "en"
    steps_done: list[str] = []
    items: list[ReviewItemRecord] = []
    value_checks: list[ValueCheckRecord] = []

    @field_validator("iso_week", mode="before")
    @classmethod
    def _week(cls, value: object) -> str:
        match = _ISO_WEEK.fullmatch(str(value))
        try:
            date.fromisocalendar(int(match[1]), int(match[2]), 1)  # type: ignore[index]
        except (TypeError, ValueError):
            raise ValueError(t("export.rule_week", value=value)) from None
        return str(value)

    @field_validator("started_at", mode="before")
    @classmethod
    def _started(cls, value: object) -> str:
        return timestamp_value(value)

    @field_validator("completed_at", mode="before")
    @classmethod
    def _completed(cls, value: object) -> str | None:
        return _optional_timestamp(value)

    @field_validator("share_do", "share_schedule", "share_delegate", "share_drop", mode="before")
    @classmethod
    def _share(cls, value: object) -> int | None:
        return None if value is None else score(value, 0, 100)

    @field_validator("care_challenge", mode="before")
    @classmethod
    def _balance(cls, value: object) -> int | None:
        return None if value is None else score(value, -2, 2)

    @field_validator("headline", "reflection", "coach_question", "recovery_habit", "win", mode="before")
    @classmethod
    def _text(cls, value: object) -> str | None:
        return text_value(value)

    @model_validator(mode="after")
    def _own_children(self) -> ReviewRecord:
        if any(item.review_id != self.id for item in self.items) or any(
            check.review_id != self.id for check in self.value_checks
        ):
            raise ValueError(t("export.rule_parent", parent=self.id))
        return self


class ExportFile(BaseModel):
    """A whole ``export --format json`` file."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["veerkracht"]
    version: int
    exported_at: str
    entries: list[EntryRecord] = []
    values: list[ValueRecord] = []
    cycles: list[CycleRecord] = []
    actions: list[ActionRecord] = []
    connections: list[ConnectionRecord] = []
    reviews: list[ReviewRecord] = []
    value_checks: list[ValueCheckRecord] = []
    settings: dict[str, str] = {}

    @field_validator("exported_at", mode="before")
    @classmethod
    def _exported(cls, value: object) -> str:
        return timestamp_value(value)

    @field_validator("settings", mode="before")
    @classmethod
    def _settings(cls, value: object) -> dict[str, str]:
        if not isinstance(value, dict):
            raise ValueError(t("export.rule_settings"))
        return {str(key): setting_value(str(key), item) for key, item in value.items()}

    @model_validator(mode="after")
    def _nothing_after_the_export(self) -> ExportFile:
        # The journal records the past: a day after the file was made cannot be real
        # (one day of slack for time zones).
        latest = date.fromisoformat(self.exported_at[:10]).toordinal() + 1
        for record in (*self.entries, *self.connections):
            if record.day.toordinal() > latest:
                raise ValueError(t("export.rule_future", day=record.day.isoformat()))
        return self


class JrnlEntry(BaseModel):
    """One entry of a jrnl JSON export (jrnl may add keys of its own; they are ignored)."""

    model_config = ConfigDict(extra="ignore")

    title: str = ""
    body: str = ""
    date: date
    time: str = "00:00"
    tags: list[str] = []
    starred: bool = False

    @field_validator("time", mode="before")
    @classmethod
    def _time(cls, value: object) -> str:
        if not isinstance(value, str) or not re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", value):
            raise ValueError(t("export.rule_time", value=value))
        return value


class JrnlFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    tags: dict[str, int] | list[str] = {}
    entries: list[JrnlEntry]
