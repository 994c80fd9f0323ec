"""A Dutch user reads Dutch: errors from files and checks carry no English of pydantic's own."""

from __future__ import annotations

import json

import pytest

ENGLISH = ("Field required", "Input should", "valid integer", "Extra inputs", "String should",
           "is not", "must be", "not a valid")


@pytest.mark.parametrize(("document", "dutch"), [
    ({"format": "veerkracht", "version": 2, "entries": []}, "exported_at: ontbreekt"),
    ({"format": "veerkracht", "version": 2, "exported_at": "2026-11-27T10:00:00+01:00",
      "entries": [{"id": "0b0e5f6c-0000-4000-8000-000000000001", "day": "2026-11-01",
                   "logged_at": "2026-11-01T10:00:00+01:00", "energy": "hoog"}]},
     "entries[0].energy:"),
    ({"format": "veerkracht", "version": 2, "exported_at": "2026-11-27T10:00:00+01:00",
      "entries": "lots"}, "entries: moet een lijst zijn"),
])
def test_import_errors_are_dutch_through_and_through(cli, tmp_path, document, dutch):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = cli("--lang", "nl", "import", str(path))
    assert result.exit_code == 2
    assert "is geen geldige veerkracht-export" in result.stderr and dutch in result.stderr
    assert not any(word in result.stderr for word in ENGLISH), result.stderr
    english = cli("--lang", "en", "import", str(path))
    assert "is not a valid veerkracht export" in english.stderr


def test_a_wrong_type_is_worded_in_each_language(cli, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "veerkracht", "version": 2,
                                "exported_at": "2026-11-27T10:00:00+01:00", "entries": [7]}))
    assert "entries[0]: moet een record zijn" in cli("--lang", "nl", "import", str(path)).stderr
    assert "entries[0]: must be a record" in cli("--lang", "en", "import", str(path)).stderr
