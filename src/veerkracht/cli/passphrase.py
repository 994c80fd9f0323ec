"""veerkracht passphrase: change the passphrase of an encrypted journal, or forget it."""

from __future__ import annotations

from typing import Annotated

import typer

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.db import crypt, passphrases
from veerkracht.errors import JournalError
from veerkracht.i18n import t

app = command()


@app.command()
def passphrase(
    remember: Annotated[
        bool,
        typer.Option("--remember", help="Keep the new passphrase in your OS keyring."),
    ] = False,
    forget: Annotated[
        bool,
        typer.Option("--forget", help="Only remove the passphrase from your OS keyring."),
    ] = False,
) -> None:
    """Change the passphrase of the encrypted journal.

    The current passphrase comes from the OS keyring, VEERKRACHT_PASSPHRASE or a prompt;
    the new one is typed twice on a terminal, or read from VEERKRACHT_NEW_PASSPHRASE.

    \b
    Examples: veerkracht passphrase --remember
              veerkracht passphrase --forget
    """
    path = common.journal_path()
    if forget:
        was = passphrases.forget(path)
        common.say(t("crypt.forgotten") if was else t("crypt.not_remembered", path=path))
        return
    state = crypt.state(path)
    if state == "missing":
        raise JournalError(t("crypt.no_journal", path=path))
    if state == "plain":
        raise JournalError(t("crypt.not_encrypted", path=path))
    crypt.driver(path)
    if remember:
        passphrases.require_keyring()
    common.open_journal(write=True).close()  # unlocks it and applies pending migrations
    new = common.new_passphrase(passphrases.NEW_PASSPHRASE_ENV)
    crypt.change(path, passphrases.current(path, common.passphrase_asker()), new)
    common.say(t("crypt.changed", path=path))
    if remember or passphrases.remembered(path):
        crypt.remember(path, new)  # the derived key, not the passphrase
        common.say(t("crypt.remembered"))
