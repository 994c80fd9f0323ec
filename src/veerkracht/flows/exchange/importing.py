"""Reading an import file and validating every record in it, before anything is written.

A file that cannot be read is exit 1; a file whose content is wrong is exit 2 (InvalidValue);
either way the message is one sentence that ends in "nothing was imported".

A well-formed veerkracht export takes the fast path (``domain.rows``: the same rules without
pydantic); any other file is validated by the models of ``domain.records``, which say what is
wrong. The models, and pydantic with them, are loaded only then: loading pydantic and building
the models is a good part of an import's time.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from veerkracht import clock
from veerkracht.db import files
from veerkracht.domain import rows
from veerkracht.domain.exchange import FORMAT, VERSION
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.i18n import t, words
from veerkracht.store import importing as merge

if TYPE_CHECKING:
    from pydantic import BaseModel

    from veerkracht.domain.records import ExportFile

LIMIT_MB = 512
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")  # \ud800–\udfff
Record = TypeVar("Record", bound="BaseModel")
# Fixed forever: a jrnl entry gets the same ID on every import, so importing twice is once.
JRNL_NAMESPACE = uuid.UUID("5d1f3a52-7c1e-4f7e-9b0a-6f6a9e7c2b11")


def read(path: Path) -> Any:
    """The JSON in ``path``, or one sentence saying why not."""
    try:
        if path.is_dir():
            raise VeerkrachtError(t("export.file_unreadable", path=path, reason=t("core.file_is_folder_reason")))
        # Bounded by what is read, not by st_size: /dev/zero or a FIFO claims a size of 0.
        raw = files.read_bounded(path, LIMIT_MB * 1024 * 1024)
    except files.NotRegular:
        raise VeerkrachtError(t("export.file_not_regular", path=path)) from None
    except files.TooLarge:
        raise InvalidValue(t("export.file_too_large", path=path, limit=LIMIT_MB)) from None
    except FileNotFoundError:
        raise VeerkrachtError(t("export.file_missing", path=path)) from None
    except OSError as error:
        raise VeerkrachtError(
            t("export.file_unreadable", path=path, reason=error.strerror or error)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidValue(t("export.not_utf8", path=path)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidValue(
            t("export.not_json", path=path, reason=error.msg, line=error.lineno, column=error.colno)
        ) from None
    except ValueError as error:  # e.g. an integer of thousands of digits
        raise InvalidValue(t("export.not_json", path=path, reason=str(error).split(":")[0],
                             line=1, column=1)) from None
    except RecursionError:  # a hostile file nested thousands deep
        raise InvalidValue(t("export.not_json", path=path, reason=t("core.json_too_deep"),
                             line=1, column=1)) from None
    # "\ud800" alone is valid JSON but no text: SQLite (and every file after) could not store
    # it. Looked for only where the file writes such an escape at all.
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidValue(t("export.not_utf8", path=path)) from None
    return data


def veerkracht_tables(data: Any, path: Path) -> tuple[dict[str, list[dict]], dict[str, str]]:
    """The rows (``store.importing.flatten``) and settings of a validated veerkracht export."""
    fast = rows.export_rows(data, clock.today())
    if fast is not None:
        return fast
    parsed = veerkracht_file(data, path)  # the models: they refuse a wrong file, in one sentence
    return merge.flatten(parsed), parsed.settings


def veerkracht_file(data: Any, path: Path) -> ExportFile:
    """A validated veerkracht export; a newer version is refused before anything else."""
    # lazy: the models take a good part of an import's time to build (see the module)
    from veerkracht.domain.records import ExportFile

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidValue(t("export.not_export", path=path))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidValue(t("export.bad_version", path=path, version=json.dumps(version)))
    if version > VERSION:
        raise InvalidValue(t("export.newer", path=path, version=version, supported=VERSION))
    parsed = _validated(ExportFile, data, path, "veerkracht")
    # Version 1 wrote its stamps in UTC (and had no stop kinds: they stay absent).
    return parsed if version >= 2 else _local_stamps(parsed, path)


def _local_stamps(record: Record, path: Path) -> Record:
    """The same record with every stamp (``*_at``), nested ones too, in the user's time zone."""
    from pydantic import BaseModel  # lazy: loaded with the models already (see the module)

    updates: dict[str, Any] = {}
    for name, value in record:
        if name.endswith("_at") and isinstance(value, str):
            updates[name] = _local_stamp(name, value, path)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            updates[name] = [_local_stamps(item, path) for item in value]
    return record.model_copy(update=updates)


def _local_stamp(name: str, value: str, path: Path) -> str:
    try:
        return clock.local_stamp(value)
    except OverflowError:  # a moment at the very edge of the calendar, such as year 9999
        problem = name + ": " + t("export.rule_timestamp", value=value)
        raise InvalidValue(t("export.invalid", path=path, kind="veerkracht", problem=problem)) from None


def as_private(parsed: ExportFile) -> ExportFile:
    """The same file with every entry marked private."""
    entries = [entry.model_copy(update={"private": True}) for entry in parsed.entries]
    return parsed.model_copy(update={"entries": entries})


def jrnl_file(data: Any, path: Path) -> ExportFile:
    """A jrnl JSON export as veerkracht notes (no energy), each with a stable ID."""
    from veerkracht.domain.records import EntryRecord, ExportFile, JrnlFile  # lazy: see the module

    jrnl = _validated(JrnlFile, data, path, "jrnl")
    entries = []
    seen: dict[str, int] = {}
    for index, item in enumerate(jrnl.entries):
        name = f"{item.date.isoformat()}T{item.time}|{item.title}"
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # two entries alike in date, time and title stay two
            name += f"|{seen[name]}"
        reflection = "\n\n".join(part for part in (item.title.strip(), item.body.strip()) if part)
        tags = [tag for tag in (_jrnl_tag(raw) for raw in item.tags) if tag]
        if item.starred:
            tags.append("starred")
        record = {
            "id": str(uuid.uuid5(JRNL_NAMESPACE, name)),
            "day": item.date,
            "logged_at": _jrnl_moment(item.date.isoformat(), item.time),
            "energy": None,
            "reflection": reflection,
            "tags": tags,
            "private": False,
            "source": "jrnl",
        }
        entries.append(_validated(EntryRecord, record, path, "jrnl", where=f"entries[{index}]"))
    return ExportFile(format=FORMAT, version=VERSION,
                      exported_at=clock.stamp(),
                      entries=entries)


def _jrnl_tag(raw: str) -> str:
    """jrnl's ``@tag`` as a veerkracht tag: characters a tag cannot hold become '-'."""
    text = re.sub(r"[^\w-]+", "-", raw.strip().lstrip("@#").lower()).strip("-_")
    return text[:40]


def _jrnl_moment(day: str, time: str) -> str:
    # jrnl keeps local wall-clock times; the journal keeps them with their offset.
    local = datetime.fromisoformat(f"{day}T{time.zfill(5) if len(time) < 6 else time}")
    return clock.stamp_at(local.date(), local.hour, local.minute, local.second)


def _validated(model: type[Record], data: Any, path: Path, kind: str, where: str = "") -> Record:
    from pydantic import ValidationError  # lazy: loaded with the models already (see the module)

    from veerkracht.domain.models import describe  # lazy: see the module

    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise InvalidValue(
            t("export.invalid", path=path, kind=kind, problem=describe(error, t(words.FIELD["file"]), where=where, raw=True))
        ) from None

