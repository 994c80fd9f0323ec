"""veerkracht doctor: where the journal is and whether it is healthy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.db import crypt
from veerkracht.errors import ExitCode
from veerkracht.i18n import N_, t, tn, words

if TYPE_CHECKING:
    from rich.text import Text

app = command()


@app.command()
def doctor(as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False) -> None:
    """Check the journal: location, schema, counts, integrity and file modes.

    Exits 1 when a problem is found. Example: veerkracht doctor
    """
    # lazy: --help imports every command module, and must not load sqlite3 for doctor
    from veerkracht.store import health

    # Never asks for the passphrase; only says whether a prompt would.
    encryption = crypt.describe(common.journal_path(), can_ask=common.interactive())
    with common.open_journal(write=False) as journal:
        facts = health.check(journal)
    facts["encryption"] = encryption
    facts["problems"] += [key for key in ("plain_copies", "leftovers") if encryption[key]]
    if as_json:
        common.write_json(facts)
    else:
        _render(facts)
    if facts["problems"]:
        raise typer.Exit(ExitCode.ERROR)


def _render(facts: dict) -> None:
    # lazy: --help imports every command module, and must not load Rich's tables or sqlite3
    from rich.table import Table
    from rich.text import Text

    from veerkracht.store.health import loose

    grid = Table(title=t("core.doctor_title"), show_header=False)
    grid.add_column(style="bold")
    grid.add_column(overflow="fold")
    grid.add_row(t("core.doctor_path"), Text(facts["path"]))
    if not facts["exists"]:
        grid.add_row("", Text(t("core.doctor_exists_no"), style="dim"))
    else:
        grid.add_row(t("core.doctor_size"), f"{facts['size'] / 1024:.0f} KiB")
    applied, known = facts["migrations"]["applied"], facts["migrations"]["known"]
    state = t("core.doctor_up_to_date") if applied == known else t("core.doctor_pending")
    grid.add_row(t("core.doctor_schema"), t("core.doctor_schema_value", applied=len(applied), known=len(known), state=state))
    grid.add_row(t("core.doctor_sqlite"), facts["sqlite_version"])
    grid.add_row(t("core.doctor_encryption"), _encryption(facts["encryption"]))
    grid.add_row(t("core.doctor_mode"), str(facts["journal_mode"]))
    integrity = "; ".join(facts["integrity"])
    grid.add_row(t("core.doctor_integrity"), Text(integrity, style="green" if integrity == "ok" else "red"))
    grid.add_row(t("core.doctor_text"), _damaged(facts["damaged_text"]))
    for key, label, want, path in (
        ("file_mode", N_("core.doctor_file_mode"), "600", facts["path"]),
        ("folder_mode", N_("core.doctor_folder_mode"), "700", str(Path(facts["path"]).parent)),
    ):
        mode = facts[key]
        if mode is None or not facts["exists"]:
            continue
        if loose(mode):
            grid.add_row(t(label), Text(t("core.doctor_mode_loose", mode=mode, want=want, path=path), style="red"))
        else:
            grid.add_row(t(label), t("core.doctor_mode_ok", mode=mode))
    leftover = facts["encryption"]["plain_copies"] + facts["encryption"]["leftovers"]
    if leftover:
        grid.add_row("", Text(t("core.doctor_plain_copies", paths=", ".join(leftover)), style="red"))
    counts = ", ".join(words.TABLE_COUNT[table](count) for table, count in facts["counts"].items())
    grid.add_row(t("core.doctor_counts"), counts)
    common.console().print(grid)
    if facts["problems"]:
        common.say(tn("core.doctor_problems", len(facts["problems"])), style="red")
    else:
        common.say(t("core.doctor_all_ok"), style="green")


def _damaged(records: list[dict]) -> Text:
    from rich.text import Text  # lazy: as in _render

    if not records:
        return Text(t("core.doctor_text_ok"), style="green")
    named = ", ".join(_record(r) for r in records)
    return Text(tn("core.doctor_text_damaged", len(records), records=named), style="red")


def _record(record: dict) -> str:
    """A damaged record in words: "notities 9e18 (reflectie)"."""
    columns = [t(words.FIELD[c]) if c in words.FIELD else c for c in record["columns"]]
    return f"{t(words.TABLE[record['table']])} {record['handle']} ({', '.join(columns)})"


def _encryption(info: dict) -> str:
    if info["encrypted"]:
        return t("core.doctor_encrypted", cipher=info["cipher"] or "SQLCipher", kdf=info["kdf"] or "-",
                 source=t(words.PASSPHRASE_SOURCE[info['passphrase_source'] or 'none']))
    if info["encrypted"] is False:
        return t("core.doctor_not_encrypted")
    return "-"
