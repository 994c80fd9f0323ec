"""Pydantic models for every value that enters the journal, whatever the door.

Rules raise ``ValueError`` with a sentence from the message catalogue; :func:`validate`
turns a failure into one ``InvalidValue`` that names the field and the rule.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from veerkracht.errors import InvalidValue
from veerkracht.messages import t

TEXT_LIMIT = 100_000
_TAG = re.compile(r"[^\W][\w-]{0,39}", re.UNICODE)

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], **values: Any) -> M:
    """Build ``model`` from ``values`` or raise InvalidValue ("field: rule")."""
    try:
        return model(**values)
    except ValidationError as error:
        raise InvalidValue(describe(error)) from None


def describe(error: ValidationError) -> str:
    """The first failure as ``field: rule``, in the user's language."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "entry"
    cause = first.get("ctx", {}).get("error")
    rule = str(cause) if isinstance(cause, ValueError) else t("core.rule_invalid", detail=first["msg"])
    return f"{field}: {rule}"


def energy_value(value: object) -> int | None:
    """An energy score 0–10 from an int or its digits; ``None``/empty means a note."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        raise ValueError(t("core.rule_energy", value=value))
    if not 0 <= number <= 10:
        raise ValueError(t("core.rule_energy", value=value))
    return number


def text_value(value: object, limit: int = TEXT_LIMIT) -> str | None:
    """Free text kept exactly as typed; empty means absent."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(t("core.rule_invalid", detail=type(value).__name__))
    if "\x00" in value:
        raise ValueError(t("core.rule_text_nul"))
    if len(value) > limit:
        raise ValueError(t("core.rule_text_long", limit=limit))
    return value


def tag_value(value: object) -> str:
    """A tag: lower case, an optional leading '#' dropped, 1–40 word characters or '-'."""
    text = str(value).strip().lstrip("#").lower()
    if not _TAG.fullmatch(text):
        raise ValueError(t("core.rule_tag", value=value))
    return text


class EntryIn(BaseModel):
    """A daily check-in as it enters the journal."""

    model_config = ConfigDict(extra="forbid")

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
