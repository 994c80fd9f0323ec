"""A veerkracht export's records checked and shaped as the journal's rows, without pydantic.

``import`` validates every record of a file before it writes anything. With the pydantic
models of ``records.py`` that is most of the time a ten-year import takes: building the
models, then a Python rule called from pydantic for every field of some 13,000 records. This
module is the fast path for a well-formed file: the same rules (the functions of
``rules.py``, and the file's own rules below, which ``records.py`` calls too) applied field
by field to the plain JSON, giving the rows ``store.importing.flatten`` gives for the
validated file.

It answers only for a file the models would accept, and then with the same rows. Anything
else — a key the models do not know, a missing field, a value the models would coerce (such
as ``"private": "yes"``), a broken rule, a version-1 file — makes :func:`export_rows` answer
``None``: the caller then validates the whole file with the models, which name what is wrong
in the same sentence as ever. ``tests/test_import_fast.py`` holds the two paths to each other.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from itertools import repeat
from operator import itemgetter
from typing import Any

from veerkracht.clock import FIRST_DAY
from veerkracht.domain.dates import journal_week, last_due
from veerkracht.domain.exchange import VERSION
from veerkracht.domain.rules import (
    choice,
    day_value,
    energy_value,
    required_text,
    score,
    setting_value,
    tag_value,
    text_value,
)
from veerkracht.domain.vocabulary import (
    ACTION_STATUSES,
    CONNECTION_KINDS,
    DECISIONS,
    ORIGINS,
    OUTCOMES,
    PHASES,
    PILLARS,
    SCOPES,
    STOP_KINDS,
)
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.i18n import N_, t, words

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ISO_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})")

# -- the file's own rules (records.py builds its models from these too) ----------------------


def latest_day(today: date) -> date:
    """The last day a file may speak of: today, plus one day for a calendar already ahead."""
    return today + timedelta(days=1)


def id_value(value: object) -> str:
    """A record ID: a UUID in its canonical lower-case form."""
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):  # the form str(UUID) gives
        return value
    try:
        parsed = uuid.UUID(str(value))
    except ValueError:
        raise ValueError(t("export.rule_id", value=value)) from None
    if not isinstance(value, str) or str(parsed) != value:
        raise ValueError(t("export.rule_id", value=value))
    return value


def timestamp_value(value: object, last: date) -> str:
    """An instant with its UTC offset, kept exactly as written, on a day up to ``last``."""
    if not isinstance(value, str):
        raise ValueError(t("export.rule_timestamp", value=value))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(t("export.rule_timestamp", value=value)) from None
    if moment.tzinfo is None:
        raise ValueError(t("export.rule_timestamp", value=value))
    if not FIRST_DAY <= moment.date() <= last:
        raise ValueError(t("export.rule_moment_range", value=value, first=FIRST_DAY.isoformat(),
                           last=last.isoformat()))
    return value


def file_tags(value: object) -> list[str]:
    """An entry's tags in a file: a list of strings, nothing else; each a tag (sorted, once)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(t("export.rule_tags"))
    return sorted({tag_value(item) for item in value})


def plan_value(value: object) -> str | None:
    """A cycle's plan as the cycle reads it: {prompts, values, skipped}, lists of text."""
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


def week_value(value: object, today: date) -> str:
    """A review's ISO week (``2026-W48``), one of the weeks ``--week`` takes."""
    match = _ISO_WEEK.fullmatch(value) if isinstance(value, str) else None
    try:
        date.fromisocalendar(int(match[1]), int(match[2]), 1)  # type: ignore[index]
    except (TypeError, ValueError):
        raise ValueError(t("export.rule_week", value=value)) from None
    try:  # the same weeks as --week: from 1900-W01 up to next week
        journal_week(int(match[1]), int(match[2]), today)  # type: ignore[index]
    except InvalidValue as error:
        raise ValueError(error.render(t)) from None
    return str(value)


def settings_value(value: object) -> dict[str, str]:
    """The settings a file carries, each in its stored form."""
    if not isinstance(value, dict):
        raise ValueError(t("export.rule_settings"))
    return {str(key): setting_value(str(key), item) for key, item in value.items()}


def after_export(exported_at: str) -> date:
    """The last day a record may be of in a file made at ``exported_at`` (a day of slack)."""
    return date.fromisoformat(exported_at[:10]) + timedelta(days=1)


# -- the fast path ------------------------------------------------------------------------------


class _Unsure(Exception):
    """Not for this path: the models decide (and say why, if the file is wrong)."""


_REQUIRED: Any = object()
Check = Callable[[Any], Any]


def export_rows(data: object, today: date) -> tuple[dict[str, list[dict]], dict[str, str]] | None:
    """The rows of a current-version export and its settings, or ``None`` (see the module)."""
    try:
        return _Reader(today).file(data)
    # Any doubt (a rule's ValueError or InvalidValue, a record of an odd shape: TypeError,
    # LookupError, AttributeError), and the models are the judge; a bug here is not hidden.
    except (_Unsure, VeerkrachtError, ValueError, TypeError, LookupError, AttributeError,
            OverflowError, RecursionError):
        return None


def _bool(value: object) -> int:
    if type(value) is not bool:  # the models would coerce 1, "yes" …: let them
        raise _Unsure
    return int(value)


def _maybe_bool(value: object) -> int | None:
    return None if value is None else _bool(value)


def _literal(*allowed: str) -> Check:
    def check(value: object) -> str:
        if type(value) is not str or value not in allowed:
            raise _Unsure
        return value
    return check


def _plain_text(value: object) -> str | None:  # a str field without a rule of its own
    if value is not None and type(value) is not str:
        raise _Unsure
    return value


def _one_of(allowed: tuple[str, ...], names: dict[str, str] | None = None) -> Check:
    return lambda value: choice(value, allowed, N_("core.rule_choice"), names)


def _maybe_one_of(allowed: tuple[str, ...], names: dict[str, str] | None = None) -> Check:
    return lambda value: None if value in (None, "") else choice(value, allowed, N_("core.rule_choice"), names)


def _steps(value: object) -> str:
    if type(value) is not list or not all(type(step) is str for step in value):
        raise _Unsure
    # Written as the review itself writes it (SQLite's json_insert): the same text comes back.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _note(value: object) -> str | None:
    return text_value(value, 2_000)


def _optional_id(value: object) -> str | None:
    return None if value is None else id_value(value)


_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_IDS = re.compile(f"{_UUID}(?:\n{_UUID})*")
_STAMP = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}"
_STAMPS = re.compile(f"{_STAMP}(?:\n{_STAMP})*")


def _texts(values: list, width: int, pattern: re.Pattern[str]) -> bool:
    """Whether every value is text of ``width`` characters (``pattern``, one a line)."""
    if set(map(type, values)) != {str}:
        return False
    joined = "\n".join(values)
    return len(joined) == (width + 1) * len(values) - 1 and pattern.fullmatch(joined) is not None


def _present(values: list, nullable: bool) -> list:
    return [value for value in values if value is not None] if nullable else values


def _ids_as_written(nullable: bool) -> Callable[[list], bool]:
    def check(values: list) -> bool:
        """Whether every value (None aside if ``nullable``) is a canonical ID: one regular
        expression for them all."""
        present = _present(values, nullable)
        return not present or _texts(present, 36, _IDS)
    return check


def _stamps_as_written(last: date, nullable: bool) -> Callable[[list], bool]:
    def check(values: list) -> bool:
        """Whether every value (None aside if ``nullable``) is a stamp as the export writes
        it, up to ``last``."""
        present = _present(values, nullable)
        if not present:
            return True
        if not _texts(present, 25, _STAMPS):
            return False
        try:
            list(map(datetime.fromisoformat, present))  # a real day and time, a real offset
        except ValueError:
            return False
        return FIRST_DAY.isoformat() <= min(present)[:10] and max(present)[:10] <= last.isoformat()
    return check


def _plain_texts(limit: int) -> Callable[[list], bool]:
    def check(values: list) -> bool:
        """Whether every value (None aside) is text that ``text_value`` keeps as it is."""
        present = [value for value in values if value is not None]
        if not present:
            return True
        if set(map(type, present)) != {str} or not all(map(str.strip, present)):
            return False  # not text, or text of only spaces (which is no text)
        joined = "\n".join(present)
        if "\x00" in joined or max(map(len, present)) > limit:
            return False
        try:
            joined.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    return check


_DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
_DAY_LINES = re.compile(f"{_DAY}(?:\n{_DAY})*")
Column = Callable[[list], "list | None"]


def _same(test: Callable[[list], bool]) -> Column:
    """A column the rule would give back as it is wherever ``test`` holds for the whole of it."""
    return lambda values: values if test(values) else None


def _required_texts(limit: int, strip: bool) -> Column:
    plain = _plain_texts(limit)

    def column(values: list) -> list | None:
        """Every value text that ``required_text`` keeps (stripped if ``strip``)."""
        if None in values or not plain(values):
            return None
        return [value.strip() for value in values] if strip else values
    return column


def _bools(nullable: bool) -> Column:
    kinds = {bool, type(None)} if nullable else {bool}

    def column(values: list) -> list | None:
        """Every value true or false (or None if ``nullable``), as 1 or 0."""
        if not set(map(type, values)) <= kinds:
            return None  # 1, "yes" …: the models would coerce them, see _bool
        return [None if value is None else int(value) for value in values]
    return column


def _tag_lists(values: list) -> list | None:
    """Every value a list of tags as the export writes them: each tag as ``file_tags`` leaves
    it, the list sorted and each tag in it once. Each distinct tag is checked once (a journal
    has tens of tags on thousands of entries)."""
    distinct: set[str] = set()
    try:
        for value in values:
            if type(value) is not list:
                return None
            if len(value) > 1 and (value != sorted(value) or len(set(value)) != len(value)):
                return None
            distinct.update(value)
        # tag_value gives text, so a tag that is not text is never equal to what it gives
        return values if all(tag_value(tag) == tag for tag in distinct) else None
    except (TypeError, ValueError):  # a tag of another type beside text, a list or dict in a list
        return None


def _days(last: date) -> Column:
    def column(values: list) -> list | None:
        """Every value a day as the export writes it (``2026-11-27``), up to ``last``."""
        if not _texts(values, 10, _DAY_LINES):
            return None
        try:
            list(map(date.fromisoformat, values))  # a real day
        except ValueError:
            return None
        ok = FIRST_DAY.isoformat() <= min(values) and max(values) <= last.isoformat()
        return values if ok else None
    return column


def _choices(allowed: tuple[str, ...], nullable: bool) -> Column:
    accepted: set = {*allowed, None} if nullable else set(allowed)

    def column(values: list) -> list | None:
        """Every value one of ``allowed`` as it is written (or None if ``nullable``)."""
        try:
            return values if set(values) <= accepted else None
        except TypeError:  # a list or an object among them
            return None
    return column


def _wholes(low: int, high: int, nullable: bool) -> Column:
    def column(values: list) -> list | None:
        """Every value a whole number (not true or false) from ``low`` to ``high``."""
        present = _present(values, nullable)
        if not present:
            return values
        if set(map(type, present)) != {int}:
            return None
        return values if low <= min(present) and max(present) <= high else None
    return column


class _Reader:
    """The fields of every record, each with its rule and its default, as in ``records.py``."""

    def __init__(self, today: date) -> None:
        self.today = today
        last = latest_day(today)
        due_last = last_due(today)

        # The commonest rules, for a whole column at once: where every value is as the export
        # writes it, the column is what the rule would make of each value (most give it back
        # as it is); any other column goes value by value.
        self.columns: dict[Check, Column] = {}

        def fast(check: Check, column: Column) -> Check:
            self.columns[check] = column
            return check

        # partial rather than a closure where a rule is called thousands of times: one call less
        stamp = partial(timestamp_value, last=last)

        def maybe_stamp(value: object) -> str | None:
            return None if value is None else timestamp_value(value, last)

        def day(value: object) -> str:
            return day_value(value, last).isoformat()
        fast(day, _days(last))

        def due(value: object) -> str | None:
            return None if value in (None, "") else day_value(value, due_last).isoformat()

        def week(value: object) -> str:
            return week_value(value, today)

        def required(limit: int, strip: bool = False) -> Check:
            if strip:
                return fast(lambda value: required_text(value, limit).strip(), _required_texts(limit, True))
            return fast(partial(required_text, limit=limit), _required_texts(limit, False))

        def whole(low: int, high: int) -> Check:
            return fast(lambda value: score(value, low, high), _wholes(low, high, False))

        def maybe_whole(low: int, high: int) -> Check:
            return fast(lambda value: None if value is None else score(value, low, high),
                        _wholes(low, high, True))

        def one_of(allowed: tuple[str, ...], names: dict[str, str] | None = None) -> Check:
            return fast(_one_of(allowed, names), _choices(allowed, False))

        def maybe_one_of(allowed: tuple[str, ...], names: dict[str, str] | None = None) -> Check:
            return fast(_maybe_one_of(allowed, names), _choices(allowed, True))

        self.columns |= {
            id_value: _same(_ids_as_written(False)), _optional_id: _same(_ids_as_written(True)),
            stamp: _same(_stamps_as_written(last, False)),
            maybe_stamp: _same(_stamps_as_written(last, True)),
            text_value: _same(_plain_texts(100_000)), _note: _same(_plain_texts(2_000)),
            _bool: _bools(False), _maybe_bool: _bools(True), energy_value: _wholes(0, 10, True),
            file_tags: _tag_lists,
        }
        status = one_of(ACTION_STATUSES)
        R = _REQUIRED
        # field → (rule, default); a default is used as it stands, as pydantic does.
        self.fields: dict[str, dict[str, tuple[Check, Any]]] = {
            "entries": {
                "id": (id_value, R), "day": (day, R), "logged_at": (stamp, R),
                "energy": (energy_value, None), "reflection": (text_value, None),
                "win": (text_value, None), "private": (_bool, 0),
                "source": (required(40), "cli"),
                "updated_at": (maybe_stamp, None), "tags": (file_tags, []),
            },
            "values": {
                "id": (id_value, R), "name": (required(80, strip=True), R),
                "scope": (one_of(SCOPES, words.SCOPE), "personal"), "why": (_note, None),
                "created_at": (stamp, R), "retired_at": (maybe_stamp, None),
            },
            "cycles": {
                "id": (id_value, R), "started_at": (stamp, R), "completed_at": (maybe_stamp, None),
                "status": (_literal("draft", "complete"), "draft"),
                "lang": (_literal("en", "nl"), "en"), "plan": (plan_value, None),
            },
            "cycle_answers": {
                "id": (id_value, R), "cycle_id": (id_value, R),
                "phase": (one_of(PHASES), R), "pillar": (one_of(PILLARS), R),
                "prompt_id": (required(80), R),
                "text": (text_value, None),
                "score": (fast(lambda value: None if value in (None, "") else score(value, -2, 5),
                                 _wholes(-2, 5, True)), None),
                "answered_at": (stamp, R),
            },
            "value_checks": {
                "id": (id_value, R), "value_id": (id_value, R), "cycle_id": (_optional_id, None),
                "review_id": (_optional_id, None), "alignment": (whole(1, 5), R),
                "note": (_note, None), "checked_at": (stamp, R),
            },
            "actions": {
                "id": (id_value, R), "text": (required(1_000), R), "due": (due, None),
                "status": (status, "open"), "origin": (one_of(ORIGINS), "manual"),
                "origin_id": (_plain_text, None), "created_at": (stamp, R),
                "closed_at": (maybe_stamp, None), "outcome": (maybe_one_of(OUTCOMES), None),
                "outcome_note": (_note, None),
            },
            "connections": {
                "id": (id_value, R), "day": (day, R), "who": (required(120, strip=True), R),
                "kind": (one_of(CONNECTION_KINDS, words.EXPORT_CONTACT_KIND), "checkin"),
                "care": (_bool, 0), "challenge": (_bool, 0), "note": (_note, None),
                "logged_at": (stamp, R),
            },
            "reviews": {
                "id": (id_value, R), "iso_week": (week, R), "started_at": (stamp, R),
                "completed_at": (maybe_stamp, None),
                **{name: (maybe_whole(0, 100), None)
                   for name in ("share_do", "share_schedule", "share_delegate", "share_drop")},
                **{name: (text_value, None)
                   for name in ("headline", "reflection", "coach_question", "recovery_habit", "win")},
                "care_challenge": (maybe_whole(-2, 2), None),
                "lang": (_literal("en", "nl"), "en"), "steps_done": (_steps, "[]"),
            },
            "review_items": {
                "id": (id_value, R), "review_id": (id_value, R), "title": (required(500), R),
                "urgent": (_maybe_bool, None), "important": (_maybe_bool, None),
                "decision": (maybe_one_of(DECISIONS, words.QUADRANT), None),
                "delegate_to": (_note, None), "note": (_note, None),
                "carried_from": (_optional_id, None), "stop": (_bool, 0),
                "stop_kind": (maybe_one_of(STOP_KINDS), None), "status": (status, "open"),
                "created_at": (stamp, R),
            },
            "briefs": {
                "id": (id_value, R), "made_at": (stamp, R), "since": (day, R), "until": (day, R),
            },
        }

    def rows(self, table: str, records: list, nested: tuple[str, ...] = ()) -> list[dict]:
        """Each record of a list as a row; ``nested``: its lists of children, kept aside."""
        fields = self.fields[table]
        known = fields.keys() | set(nested)
        required = {name for name, (_, default) in fields.items() if default is _REQUIRED}
        for record in records:
            if type(record) is not dict or not record.keys() <= known or not required <= record.keys():
                raise _Unsure
        # Field by field down the list (a comprehension each) rather than record by record:
        # a good deal faster for thousands of records. A field whose default is None is None
        # when the file says null (each such rule gives None for None), without calling it.
        names = list(fields)
        if not records:
            return []
        try:  # every record with every field, as an export writes them: the columns in one go
            given: list[tuple] | None = list(zip(*map(itemgetter(*names), records)))
        except KeyError:
            given = None
        columns = []
        for index, (name, (check, default)) in enumerate(fields.items()):
            values = list(given[index]) if given else [record.get(name, default) for record in records]
            whole = self.columns.get(check)
            if whole is not None:
                column = whole(values)
                if column is not None:
                    columns.append(column)
                    continue
            if default is None:
                columns.append([None if value is None else check(value) for value in values])
            elif given or default is _REQUIRED:  # each value is the file's own
                columns.append([check(value) for value in values])
            else:
                columns.append([check(record[name]) if name in record else default for record in records])
        return list(map(dict, map(zip, repeat(names), zip(*columns))))

    def children(self, parents: list, key: str, parent_id: str) -> list:
        """The records of list ``key`` of every parent, each naming its own parent."""
        found: list = []
        for parent in parents:
            own = parent.get(key, [])
            if type(own) is not list or any(
                type(child) is not dict or child.get(parent_id) != parent.get("id") for child in own
            ):
                raise _Unsure  # not a list of records, or a child of another parent
            found += own
        return found

    def file(self, data: object) -> tuple[dict[str, list[dict]], dict[str, str]]:
        lists = ("entries", "values", "cycles", "actions", "connections", "reviews",
                 "value_checks", "briefs")
        if (type(data) is not dict or data.get("format") != "veerkracht"
                or type(data.get("version")) is not int or not 2 <= data["version"] <= VERSION
                or not data.keys() <= {"format", "version", "exported_at", "settings", *lists}
                or not all(type(data.get(name, [])) is list for name in lists)):
            raise _Unsure  # version 1 (stamps in UTC) and anything odd: the models
        exported_at = timestamp_value(data.get("exported_at", _REQUIRED), latest_day(self.today))
        tables: dict[str, list[dict]] = {}
        entries = self.rows("entries", data.get("entries", []))
        for row in entries:
            if row["energy"] is None and not row["reflection"] and not row["win"]:
                raise _Unsure  # an empty entry
            row["tags"] = tuple(row["tags"])
        tables["entries"] = entries
        tables["values"] = self.rows("values", data.get("values", []))
        cycles, reviews = data.get("cycles", []), data.get("reviews", [])
        tables["cycles"] = self.rows("cycles", cycles, nested=("answers", "value_checks"))
        tables["cycle_answers"] = self.rows("cycle_answers", self.children(cycles, "answers", "cycle_id"))
        tables["reviews"] = self.rows("reviews", reviews, nested=("items", "value_checks"))
        tables["review_items"] = self.rows("review_items", self.children(reviews, "items", "review_id"))
        tables["value_checks"] = self.rows("value_checks", [
            *self.children(cycles, "value_checks", "cycle_id"),
            *self.children(reviews, "value_checks", "review_id"),
            *data.get("value_checks", []),
        ])
        tables["actions"] = self.rows("actions", data.get("actions", []))
        tables["connections"] = self.rows("connections", data.get("connections", []))
        tables["briefs"] = self.rows("briefs", data.get("briefs", []))
        if any(row["until"] < row["since"] for row in tables["briefs"]):
            raise _Unsure
        last = after_export(exported_at).isoformat()
        if any(row["day"] > last for row in (*entries, *tables["connections"])):
            raise _Unsure  # a day after the file was made
        settings = settings_value(data["settings"]) if "settings" in data else {}
        return tables, settings
