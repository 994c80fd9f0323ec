"""Issue 13, proof: the real CLI, in-process, over generated command lines and import files.

Each example runs a short sequence of commands on one fresh journal: arguments with control
characters (C0, C1, escape sequences) and undecodable argv bytes, huge and odd numbers, dates
of every accepted form and garbage, ID prefixes, and generated import documents (veerkracht
exports with garbage fields, jrnl exports with odd times, dates and tags). For every run:
no traceback, exit code 0, 1 or 2, no control character but newline and tab on stdout or
stderr (colour is off, so any ESC is a leak); after the sequence the journal passes
``PRAGMA integrity_check``.

CI runs ``VEERKRACHT_FUZZ_EXAMPLES`` examples (default 300, about 30 s, derandomized, so
reproducible); ``VEERKRACHT_FUZZ_EXAMPLES=2000 VEERKRACHT_FUZZ_RANDOM=1 pytest -m hostile
tests/test_fuzz.py`` looks further.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

pytestmark = pytest.mark.hostile

EXAMPLES = int(os.environ.get("VEERKRACHT_FUZZ_EXAMPLES", "300"))
# Reproducible in CI; VEERKRACHT_FUZZ_RANDOM=1 explores new examples on every run.
DERANDOMIZE = not os.environ.get("VEERKRACHT_FUZZ_RANDOM")

# C0 but newline and tab, DEL and C1: none may reach a terminal (JSON escapes them).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

ATTACKS = [
    "\x1b[2J",
    "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x9b31m",
    "\x9d0;pwned\x9c",
    "\r\x1b[K",
    "\x08\x7f",
    "\u202e",  # right-to-left override
    "٧",
    "",
    " ",
    "-",
    "--",
    "*",
    '"',
    "'",
    "%s{}",
    "NEAR(a b)",
    "a OR b",
]

DATES = [
    "0001-01-01",
    "1899-12-31",
    "1900-01-01",
    "9999-12-31",
    "2026-11-27",
    "2026-11-28",
    "2026-02-29",
    "2024-02-29",
    "2026-W48",
    "2026-W53",
    "today",
    "yesterday",
    "tomorrow",
    "3 days ago",
    "0 days ago",
    "99999999 days ago",
    "2 weeks ago",
    "in 3 days",
    "in 99999999 days",
    "next fri",
    "fri",
    "monday",
    "zo",
    "vandaag",
    "gisteren",
    "this",
    "last",
    "٧",
    "-1",
    "1e9",
    "20261127",
    "2026-13-01",
    "2026-11-27T10:00",
]

NUMBERS = [
    "0",
    "10",
    "11",
    "-1",
    "-0",
    "7.5",
    "1e3",
    "nan",
    "inf",
    "٧",
    "note",
    "9" * 30,
    str(2**63),
    str(-(2**63) - 1),
    "0x10",
    " 7 ",
]

# Text a person (or an attacker) can put on a command line: any character but NUL, which
# argv cannot carry; lone surrogates are how Python hands over argv bytes that are not UTF-8.
ARGV_CHARS = st.characters(blacklist_characters="\x00", blacklist_categories=())
UNDECODABLE = "\udcff\udcfe"  # argv bytes that are not UTF-8, as surrogateescape hands them over
text = st.one_of(
    st.sampled_from([*ATTACKS, UNDECODABLE]),
    st.text(ARGV_CHARS, max_size=12),
    st.builds(
        lambda a, b: a + b, st.sampled_from(ATTACKS), st.text(max_size=6).map(lambda s: s.replace("\x00", ""))
    ),
)
dates = st.one_of(st.sampled_from(DATES), text)
numbers = st.one_of(st.sampled_from(NUMBERS), st.integers(-(2**70), 2**70).map(str), text)
prefixes = st.one_of(st.text("0123456789abcdef", min_size=1, max_size=8), st.just("last"), text)
flags = st.sampled_from(
    ["--json", "--all", "--private", "--public", "--yes", "--dry-run", "--force", "--help"]
)


def _opt(name: str, values: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """Maybe ``[name, value]``."""
    return st.one_of(st.just([]), values.map(lambda v: [name, v]))


def _line(*parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[list[str]]:
    return st.tuples(*parts).map(lambda groups: [word for group in groups for word in group])


def _fixed(*words: str) -> st.SearchStrategy[list[str]]:
    return st.just(list(words))


def _one(values: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return values.map(lambda v: [v])


def _maybe(*words: str) -> st.SearchStrategy[list[str]]:
    return st.sampled_from([[], list(words)])


tags = st.lists(text, max_size=3).map(lambda ts: [w for tag in ts for w in ("-t", tag)])
periods = _line(_opt("--since", dates), _opt("--until", dates))

COMMANDS = st.one_of(
    _line(
        _fixed("log"),
        _one(numbers),
        _one(text),
        _opt("--win", text),
        tags,
        _opt("--date", dates),
        _maybe("--private"),
    ),
    _line(_fixed("log"), _fixed("note"), _one(text)),
    _line(_fixed("log"), _one(numbers), _fixed("-")),
    _line(
        _fixed("entries", "list"),
        periods,
        _opt("--last", numbers),
        _opt("--tag", text),
        _maybe("--all"),
        _maybe("--json"),
    ),
    _line(_fixed("entries", "show"), _one(prefixes), _maybe("--json")),
    _line(
        _fixed("entries", "edit"),
        _one(prefixes),
        _opt("--energy", numbers),
        _opt("--reflection", text),
        _opt("--win", text),
        tags,
        _opt("--date", dates),
        _maybe("--public"),
    ),
    _line(_fixed("entries", "delete"), _one(prefixes), _maybe("--yes")),
    _line(
        _fixed("search"), st.lists(text, min_size=1, max_size=3), _opt("--limit", numbers), _maybe("--json")
    ),
    _line(
        _fixed("values", "add"),
        _one(text),
        _opt("--scope", st.sampled_from(["personal", "organisation", "x"])),
        _opt("--why", text),
    ),
    _line(_fixed("values", "retire"), _one(text)),
    _line(_fixed("values", "list"), _maybe("--json")),
    _line(_fixed("actions", "add"), _one(text), _opt("--due", dates)),
    _line(st.sampled_from([["actions", "done"], ["actions", "drop"]]), _one(prefixes)),
    _line(_fixed("actions", "list"), _maybe("--all"), _maybe("--json")),
    _line(_fixed("connect"), _one(text), _maybe("--care")),
    _line(
        _fixed("review", "add"),
        _one(text),
        _maybe("--urgent"),
        _maybe("--important"),
        _opt("--decision", st.one_of(st.sampled_from(["do", "schedule", "delegate", "drop"]), text)),
        _opt("--to", text),
        _opt("--week", dates),
    ),
    _line(_fixed("review", "show"), _opt("--week", dates), _maybe("--json")),
    _line(_fixed("review", "list"), _maybe("--json")),
    _line(_fixed("report"), periods, _opt("--weeks", numbers), _maybe("--json")),
    _line(_fixed("calendar"), _opt("--year", numbers), _maybe("--json")),
    _line(
        _fixed("export"),
        _opt("--format", st.sampled_from(["markdown", "json", "csv", "xml"])),
        periods,
        _opt("--weeks", numbers),
        _maybe("--include-private"),
        _maybe("--include-people"),
    ),
    _line(
        _fixed("config"),
        _one(st.sampled_from(["lang", "private", "x"])),
        _one(st.one_of(st.sampled_from(["nl", "en", "yes", "no"]), text)),
    ),
    _line(_fixed("doctor"), _maybe("--json")),
    _line(_fixed("cycle", "list"), _maybe("--json")),
    _line(_fixed("cycle", "show"), _one(prefixes), _maybe("--json")),
    _line(_fixed("entries", "list"), _one(flags), _one(text)),
)

# -- import documents ---------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=10),
    st.sampled_from(DATES),
    st.sampled_from(ATTACKS),  # JSON cannot carry a lone surrogate as UTF-8
)
garbage = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
ids = st.one_of(
    st.uuids().map(str), st.sampled_from(["00000000-0000-0000-0000-000000000000", "x", ""]), garbage
)
stamps = st.one_of(
    st.sampled_from(
        ["2026-11-27T10:00:00+00:00", "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59+00:00", "2026-11-27"]
    ),
    garbage,
)
fuzzy_text = st.one_of(st.text(max_size=20), st.sampled_from(ATTACKS), garbage)


def _record(fields: dict[str, st.SearchStrategy[object]]) -> st.SearchStrategy[dict[str, object]]:
    """A record with some of ``fields`` (each maybe garbage) and maybe an unknown key."""
    return st.fixed_dictionaries(
        {}, optional={**{k: st.one_of(v, garbage) for k, v in fields.items()}, "zz": garbage}
    )


ENTRY = {
    "id": ids,
    "day": st.one_of(st.sampled_from(DATES), st.dates().map(str)),
    "logged_at": stamps,
    "energy": st.one_of(st.integers(-3, 13), st.none()),
    "reflection": fuzzy_text,
    "win": fuzzy_text,
    "private": st.booleans(),
    "source": st.sampled_from(["cli", "import", "jrnl"]),
    "updated_at": stamps,
    "tags": st.lists(fuzzy_text, max_size=3),
}
ACTION = {
    "id": ids,
    "text": fuzzy_text,
    "due": st.sampled_from(DATES),
    "status": st.sampled_from(["open", "done", "dropped"]),
    "origin": st.sampled_from(["manual", "cycle", "review"]),
    "origin_id": ids,
    "created_at": stamps,
    "closed_at": stamps,
}
VALUE = {
    "id": ids,
    "name": fuzzy_text,
    "scope": st.sampled_from(["personal", "organisation"]),
    "why": fuzzy_text,
    "created_at": stamps,
    "retired_at": stamps,
}
CONNECTION = {
    "id": ids,
    "day": st.sampled_from(DATES),
    "who": fuzzy_text,
    "kind": st.sampled_from(["checkin", "x"]),
    "care": st.booleans(),
    "challenge": st.booleans(),
    "note": fuzzy_text,
    "logged_at": stamps,
}
REVIEW = {
    "id": ids,
    "iso_week": st.sampled_from(DATES),
    "started_at": stamps,
    "share_do": st.integers(-5, 200),
    "headline": fuzzy_text,
    "lang": st.sampled_from(["en", "nl", "x"]),
    "items": st.lists(
        _record(
            {
                "id": ids,
                "title": fuzzy_text,
                "urgent": st.booleans(),
                "important": st.booleans(),
                "status": st.just("open"),
            }
        ),
        max_size=2,
    ),
}
veerkracht_document = st.fixed_dictionaries(
    {
        "format": st.one_of(st.just("veerkracht"), garbage),
        "version": st.one_of(st.sampled_from([1, 2, 3]), garbage),
        "exported_at": st.one_of(
            st.sampled_from(["2026-11-27T22:00:00+00:00", "9999-12-31T23:59:59+00:00"]), stamps
        ),
    },
    optional={
        "entries": st.lists(_record(ENTRY), max_size=3),
        "actions": st.lists(_record(ACTION), max_size=2),
        "values": st.lists(_record(VALUE), max_size=2),
        "connections": st.lists(_record(CONNECTION), max_size=2),
        "reviews": st.lists(_record(REVIEW), max_size=2),
        "cycles": st.lists(garbage, max_size=2),
        "value_checks": st.lists(garbage, max_size=2),
        "settings": st.one_of(
            st.dictionaries(st.sampled_from(["lang", "private", "x"]), fuzzy_text, max_size=2), garbage
        ),
    },
)


def _paths(document: object, path: tuple = ()) -> list[tuple]:
    """Every place in a JSON document, as the keys and indexes that lead to it."""
    places = [path]
    if isinstance(document, dict):
        for key, item in document.items():
            places += _paths(item, (*path, key))
    elif isinstance(document, list):
        for index, item in enumerate(document):
            places += _paths(item, (*path, index))
    return places


def _mutated(document: object, changes: list[tuple[float, object, bool]]) -> object:
    """``document`` with some places replaced by ``value`` or (``drop``) removed."""
    document = json.loads(json.dumps(document))
    for place, value, drop in changes:
        places = [p for p in _paths(document) if p]
        if not places:
            break
        *parents, last = places[int(place * len(places))]
        holder: Any = document  # a dict or a list, as the path says
        for key in parents:
            holder = holder[key]
        if drop:
            del holder[last]
        else:
            holder[last] = value
    return document


# A real export of the seeded journal (every table), then a few of its places changed: the
# import gets past the format check and meets the garbage deep inside.
changes = st.lists(
    st.tuples(
        st.floats(0, 1, exclude_max=True),
        st.one_of(garbage, fuzzy_text, st.sampled_from(DATES)),
        st.booleans(),
    ),
    min_size=1,
    max_size=3,
)
mutated_export = changes.map(lambda c: _mutated(_template()[1], c))
jrnl_document = st.fixed_dictionaries(
    {
        "entries": st.lists(
            _record(
                {
                    "title": fuzzy_text,
                    "body": fuzzy_text,
                    "date": st.one_of(st.sampled_from(DATES), st.dates().map(str)),
                    "time": st.sampled_from(
                        ["00:00", "23:59", "23:59:59", "24:00", "7:5", "12:60", "", "٠٧:٠٠", "10:00:61"]
                    ),
                    "tags": st.lists(st.one_of(st.just("@team"), fuzzy_text), max_size=3),
                    "starred": st.booleans(),
                }
            ),
            max_size=3,
        ),
    },
    optional={"tags": st.one_of(st.dictionaries(st.text(max_size=5), st.integers()), garbage)},
)
documents = st.one_of(
    mutated_export.map(lambda d: ("veerkracht", json.dumps(d).encode())),
    mutated_export.map(lambda d: ("veerkracht", json.dumps(d).encode())),
    veerkracht_document.map(lambda d: ("veerkracht", json.dumps(d).encode())),
    jrnl_document.map(lambda d: ("jrnl", json.dumps(d).encode())),
    st.tuples(st.sampled_from(["veerkracht", "jrnl", "x"]), st.binary(max_size=40)),
    st.tuples(st.sampled_from(["veerkracht", "jrnl"]), garbage.map(lambda g: json.dumps(g).encode())),
)
imports = st.tuples(documents, st.booleans())

# A third of the steps import a file (one_of alone would seldom pick the larger draw).
steps = st.sampled_from(["run", "run", "import"]).flatmap(
    lambda kind: (
        imports.map(lambda doc: ("import", doc))
        if kind == "import"
        else COMMANDS.map(lambda args: ("run", args))
    )
)
languages = st.sampled_from([[], ["--lang", "nl"], ["--lang", "en"]])


# -- running ------------------------------------------------------------------------------


_TEMPLATE: list[tuple[bytes, dict]] = []


def _template() -> tuple[bytes, dict]:
    """The seeded journal (tests/journal_data.py) as file bytes, and its full JSON export."""
    if not _TEMPLATE:
        from journal_data import seed
        from veerkracht.db.journal import Journal

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "journal.db"
            journal = Journal.open(path, write=True)
            seed(journal)
            journal.close()
            env = {**_ENV, "VEERKRACHT_JOURNAL": str(path)}
            exported = _invoke(CliRunner(), ["export", "--format", "json", "--include-private"], env, "")
            assert exported.exit_code == 0, exported.output
            _TEMPLATE.append((path.read_bytes(), json.loads(exported.stdout)))
    return _TEMPLATE[0]


_ENV = {
    "VEERKRACHT_TODAY": "2026-11-27",
    "VEERKRACHT_INTERACTIVE": "0",
    "EDITOR": "true",  # never a real editor, should a command open one
    "VISUAL": "true",
}


def _invoke(runner: CliRunner, args: list[str], env: dict[str, str], stdin: str) -> Result:
    """One command as its own process would run it (no language choice left from the last)."""
    from veerkracht import i18n
    from veerkracht.app import app

    i18n.set_explicit(None)
    i18n.set_journal_default(None)
    return runner.invoke(app, args, input=stdin, env=env, catch_exceptions=True)


def _check(args: list[str], result: Result) -> None:
    """Exit 0, 1 or 2, no traceback, nothing a terminal would act on."""
    shown = f"veerkracht {args!r} exited {result.exit_code}:\n{result.output}"
    assert result.exception is None or isinstance(result.exception, SystemExit), shown + repr(
        result.exception
    )
    assert result.exit_code in (0, 1, 2), shown
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, shown
        assert not CONTROL.findall(stream), shown + repr(CONTROL.findall(stream))


def _integrity(journal: Path) -> None:
    if not journal.exists():
        return
    conn = sqlite3.connect(journal)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=DERANDOMIZE,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(
    sequence=st.lists(st.tuples(languages, steps), min_size=1, max_size=6),
    seeded=st.booleans(),
    stdin=st.one_of(st.just(""), st.sampled_from(ATTACKS), st.text(max_size=20)),
)
def test_the_cli_survives_generated_command_lines(sequence, seeded, stdin) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        journal = Path(folder) / "journal.db"
        env = {**_ENV, "VEERKRACHT_JOURNAL": str(journal)}
        if seeded:
            journal.write_bytes(_template()[0])
        for number, (lang, (kind, step)) in enumerate(sequence):
            if kind == "import":
                (source, content), dry_run = step
                document = Path(folder) / f"import-{number}.json"
                document.write_bytes(content)
                args = ["import", str(document), "--from", source, *(["--dry-run"] if dry_run else [])]
            else:
                args = step
            args = [*lang, *args]
            _check(args, _invoke(runner, args, env, stdin))
        _integrity(journal)


def test_retiring_a_value_named_in_bytes_that_are_not_utf8_is_one_sentence(run_process) -> None:
    """Found by the fuzz test: `values retire $'\\xff\\xfe'` ended in a UnicodeEncodeError."""
    result = run_process("values", "retire", UNDECODABLE)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "UTF-8" in result.stderr
