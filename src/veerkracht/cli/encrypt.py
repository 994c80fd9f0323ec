"""veerkracht encrypt: encryption at rest with SQLCipher (the optional extra)."""

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
def encrypt(
    remember: Annotated[
        bool,
        typer.Option("--remember", help="Also keep the passphrase in your OS keyring."),
    ] = False,
) -> None:
    """Encrypt the journal with a passphrase; every command keeps working on it.

    The new passphrase is typed twice on a terminal, or read from VEERKRACHT_PASSPHRASE.
    Afterwards commands take it from the OS keyring (with --remember), from
    VEERKRACHT_PASSPHRASE, or ask for it. Needs: pip install 'veerkracht[encryption]'.

    Example: veerkracht encrypt --remember
    """
    crypt.driver()
    path = common.journal_path()
    if crypt.state(path) == "encrypted":
        raise JournalError(t("crypt.already_encrypted", path=path))
    if remember:
        passphrases.require_keyring()
    passphrase = common.new_passphrase(passphrases.PASSPHRASE_ENV)  # before anything is created
    # Opening for writing creates a missing journal, applies pending migrations and refuses
    # a file that is not a journal, so what gets encrypted is a journal of this version.
    common.open_journal(write=True).close()
    crypt.encrypt(path, passphrase)
    common.say(t("crypt.encrypted", path=path, env=passphrases.PASSPHRASE_ENV))
    for copy in crypt.plain_copies(path):
        common.say(t("crypt.plain_copy", path=copy), style="yellow")
    if remember:
        crypt.remember(path, passphrase)  # the derived key, not the passphrase
        common.say(t("crypt.remembered"))
