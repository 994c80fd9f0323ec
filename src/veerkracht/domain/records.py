"""Whole records as they travel in a JSON export: the ``…In`` rules plus IDs and timestamps.

``import`` validates every record of a file with these models before it writes anything.
Nested records carry their parent's ID too (every field of every table travels), and the
parent checks that its children really are its own.

Every day and moment in a file lies in the days a journal holds (1900-01-01 up to today, with
one day of slack for a file written where the calendar is already a day ahead), whatever the
file's ``exported_at`` says; days are ISO text only (``2026-11-27``), never numbers or moments.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, BeforeValidator, ConfigDict, field_validator, model_validator

from veerkracht import clock
from veerkracht.domain import rows
from veerkracht.domain.models import (
    ActionIn,
    AnswerIn,
    ConnectionIn,
    Day,
    EntryIn,
    Note,
    ReviewItemIn,
    ValueCheckIn,
    ValueIn,
    maybe_one_of,
    one_of,
    required_text,
    score,
    text_value,
)
from veerkracht.domain.rows import after_export, file_tags, id_value, latest_day, plan_value, settings_value
from veerkracht.domain.vocabulary import ACTION_STATUSES, OUTCOMES, STOP_KINDS
from veerkracht.i18n import t

# The rules of a file's own fields are plain functions in ``rows.py`` (import's fast path
# applies the same ones without pydantic); these models are what judges a file and names
# what is wrong in it.

_JRNL_TIME = re.compile(r"([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?")


def _latest_day() -> date:
    """The last day a file may speak of: today, plus one day for a calendar already ahead."""
    return latest_day(clock.today())


def timestamp_value(value: object) -> str:
    """An instant with its UTC offset, kept exactly as written."""
    return rows.timestamp_value(value, _latest_day())


def _optional_timestamp(value: object) -> str | None:
    return None if value is None else timestamp_value(value)


def _optional_id(value: object) -> str | None:
    return None if value is None else id_value(value)


# The shapes every record shares, checked by the same rules wherever they stand.
RecordId = Annotated[str, BeforeValidator(id_value)]
OptionalId = Annotated[Optional[str], BeforeValidator(_optional_id)]
Timestamp = Annotated[str, BeforeValidator(timestamp_value)]
OptionalTimestamp = Annotated[Optional[str], BeforeValidator(_optional_timestamp)]
Status = Annotated[str, one_of(ACTION_STATUSES)]
StopKind = Annotated[Optional[str], maybe_one_of(STOP_KINDS)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: RecordId


class EntryRecord(EntryIn, _Record):
    """A daily check-in with its ID, when it was logged, where from, and when it was edited."""

    logged_at: Timestamp
    source: str = "cli"
    updated_at: OptionalTimestamp = None

    @field_validator("source", mode="before")
    @classmethod
    def _source(cls, value: object) -> str:
        return required_text(value, 40)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags(cls, value: object) -> list[str]:
        # Stricter than a typed option: a file must hold a list of strings, nothing else.
        return file_tags(value)


class ValueRecord(ValueIn, _Record):
    created_at: Timestamp
    retired_at: OptionalTimestamp = None


class AnswerRecord(AnswerIn, _Record):
    cycle_id: RecordId
    answered_at: Timestamp

    @field_validator("prompt_id", mode="before")
    @classmethod
    def _prompt(cls, value: object) -> str:
        return required_text(value, 80)


class ValueCheckRecord(ValueCheckIn, _Record):
    value_id: RecordId
    cycle_id: OptionalId = None
    review_id: OptionalId = None
    checked_at: Timestamp


class CycleRecord(_Record):
    started_at: Timestamp
    completed_at: OptionalTimestamp = None
    status: Literal["draft", "complete"] = "draft"
    lang: Literal["en", "nl"] = "en"
    plan: str | None = None
    answers: list[AnswerRecord] = []
    value_checks: list[ValueCheckRecord] = []

    @field_validator("plan", mode="before")
    @classmethod
    def _plan(cls, value: object) -> str | None:
        """The cycle's plan as the cycle reads it: {prompts, values, skipped}, lists of text."""
        return plan_value(value)

    @model_validator(mode="after")
    def _own_children(self) -> CycleRecord:
        if any(answer.cycle_id != self.id for answer in self.answers) or any(
            check.cycle_id != self.id for check in self.value_checks
        ):
            raise ValueError(t("export.rule_parent", parent=self.id))
        return self


class ActionRecord(ActionIn, _Record):
    status: Status = "open"
    created_at: Timestamp
    closed_at: OptionalTimestamp = None
    outcome: Annotated[Optional[str], maybe_one_of(OUTCOMES)] = None
    outcome_note: Note = None


class ConnectionRecord(ConnectionIn, _Record):
    logged_at: Timestamp


class BriefRecord(_Record):
    """A coach's brief that was made: when, and for which days (its text is not kept)."""

    made_at: Timestamp
    since: Day
    until: Day

    @model_validator(mode="after")
    def _in_order(self) -> BriefRecord:
        if self.until < self.since:
            raise ValueError(t("export.rule_brief_order", since=self.since.isoformat(),
                               until=self.until.isoformat()))
        return self


class ReviewItemRecord(ReviewItemIn, _Record):
    # An item not yet sorted (the review was interrupted) has no urgent/important yet.
    urgent: bool | None = None  # type: ignore[assignment]  # wider than ReviewItemIn: unsorted
    important: bool | None = None  # type: ignore[assignment]  # wider than ReviewItemIn: unsorted
    review_id: RecordId
    carried_from: OptionalId = None
    stop: bool = False
    stop_kind: StopKind = None  # absent from version-1 files
    status: Status = "open"
    created_at: Timestamp


class ReviewRecord(_Record):
    iso_week: str
    started_at: Timestamp
    completed_at: OptionalTimestamp = None
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
        return rows.week_value(value, clock.today())

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
    exported_at: Timestamp
    entries: list[EntryRecord] = []
    values: list[ValueRecord] = []
    cycles: list[CycleRecord] = []
    actions: list[ActionRecord] = []
    connections: list[ConnectionRecord] = []
    reviews: list[ReviewRecord] = []
    value_checks: list[ValueCheckRecord] = []
    briefs: list[BriefRecord] = []  # absent from files made before briefs (issue 15)
    settings: dict[str, str] = {}

    @field_validator("settings", mode="before")
    @classmethod
    def _settings(cls, value: object) -> dict[str, str]:
        return settings_value(value)

    @model_validator(mode="after")
    def _nothing_after_the_export(self) -> ExportFile:
        # The journal records the past: a day after the file was made cannot be real (one day
        # of slack for time zones). Every day is also checked against today (see ``Day``), so
        # an ``exported_at`` in the future lets nothing later in.
        latest = after_export(self.exported_at)
        dated: list[EntryRecord | ConnectionRecord] = [*self.entries, *self.connections]
        for record in dated:
            if record.day > latest:
                raise ValueError(t("export.rule_future", day=record.day.isoformat()))
        return self


class JrnlEntry(BaseModel):
    """One entry of a jrnl JSON export (jrnl may add keys of its own; they are ignored)."""

    model_config = ConfigDict(extra="ignore")

    title: str = ""
    body: str = ""
    date: Day
    time: str = "00:00"
    tags: list[str] = []
    starred: bool = False

    @field_validator("time", mode="before")
    @classmethod
    def _time(cls, value: object) -> str:
        """jrnl's wall-clock time, ``HH:MM`` (or ``HH:MM:SS``): 00:00 up to 23:59:59."""
        match = _JRNL_TIME.fullmatch(value) if isinstance(value, str) else None
        if match is None or int(match[1]) > 23 or int(match[2]) > 59 or int(match[3] or 0) > 59:
            raise ValueError(t("export.rule_time", value=value))
        return match[0]


class JrnlFile(BaseModel):
    model_config = ConfigDict(extra="ignore")

    tags: dict[str, int] | list[str] = {}
    entries: list[JrnlEntry]
