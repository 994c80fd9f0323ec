"""veerkracht decrypt: turn an encrypted journal back into a plain SQLite file."""

from __future__ import annotations

from veerkracht.cli import common
from veerkracht.cli.groups import command
from veerkracht.db import crypt, passphrases
from veerkracht.errors import JournalError
from veerkracht.i18n import t

app = command()


@app.command()
def decrypt() -> None:
    """Decrypt the journal back into a plain SQLite file.

    The passphrase comes from the OS keyring, VEERKRACHT_PASSPHRASE or a prompt; a
    passphrase kept in the keyring is removed from it.

    Example: veerkracht decrypt
    """
    path = common.journal_path()
    state = crypt.state(path)
    if state == "missing":
        raise JournalError(t("crypt.no_journal", path=path))
    if state == "plain":
        raise JournalError(t("crypt.not_encrypted", path=path))
    crypt.driver(path)
    common.open_journal(write=True).close()  # unlocks it and applies pending migrations
    crypt.decrypt(path, passphrases.current(path, common.passphrase_asker()))
    common.say(t("crypt.decrypted", path=path))
    if passphrases.forget(path):
        common.say(t("crypt.forgotten"))
