"""veerkracht config: settings kept in the journal itself."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.domain.rules import SETTING_WORDS, SETTINGS, setting_value
from veerkracht.domain.text import printable
from veerkracht.errors import InvalidValue
from veerkracht.i18n import N_, t, words

app = command()

@app.command()
def config(
    key: Annotated[Optional[str], typer.Argument(metavar="SETTING", help="A setting: lang or private.")] = None,
    value: Annotated[Optional[str], typer.Argument(metavar="VALUE", help="Its new value.")] = None,
    unset: Annotated[bool, typer.Option("--unset", help="Go back to the default.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
) -> None:
    """Show or change settings (language, private by default).

    \b
    Examples: veerkracht config            veerkracht config lang nl
              veerkracht config private yes
    """
    if key is not None and key not in SETTINGS:
        raise InvalidValue(t("core.config_unknown", key=key, keys=", ".join(SETTINGS)))
    if key is not None and (value is not None or unset):
        _set(key, value)
        return
    with common.open_journal(write=False) as journal:
        stored = journal.settings()
    shown = {name: stored.get(name) for name in ([key] if key else SETTINGS)}
    if as_json:
        common.write_json({name: stored_value for name, stored_value in shown.items()})
    elif key:
        typer.echo(printable(_word(shown[key] or SETTINGS[key][1])))  # a stored value: it may be anything
    else:
        _table(shown)


def _set(key: str, value: Optional[str]) -> None:
    if value is not None:
        try:
            value = setting_value(key, value)
        except ValueError as error:
            raise InvalidValue(t(words.SETTING[key]) + f": {error}") from None
    with common.open_journal(write=True) as journal:
        journal.set_setting(key, value)
    if key == "lang" and value:
        common.context().use_journal_language(value)
    shown = _word(value) if value is not None else _word(SETTINGS[key][1]) + " " + t("core.config_default")
    common.say(t("core.config_set", key=t(words.SETTING[key]), value=shown), style="green")


def _word(value: Optional[str]) -> str:
    """A stored setting as the user reads it: yes/no in their words, a language as its code."""
    if not value:
        return "-"
    return t(SETTING_WORDS[value]) if value in SETTING_WORDS else value


def _table(shown: dict[str, Optional[str]]) -> None:
    # lazy: --help imports every command module, and must not load Rich's tables
    from rich.table import Table
    from rich.text import Text

    grid = Table(title=t("core.config_title"))
    for column in (N_("core.config_col_key"), N_("core.config_col_value"), N_("core.config_col_about")):
        grid.add_column(t(column))
    for name, stored_value in shown.items():
        _, default, about = SETTINGS[name]
        value = Text(_word(stored_value)) if stored_value else Text(_word(default) + " " + t("core.config_default"), style="dim")
        grid.add_row(name, value, t(about))
    common.console().print(grid)
