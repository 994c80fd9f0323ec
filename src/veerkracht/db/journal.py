"""The store: opens the journal file, applies migrations, runs transactions.

Opening is careful about files that are not ours: it reads the header and the schema before
it changes anything, so a foreign, newer or damaged file is reported and left byte-for-byte
untouched. sqlite-utils (and its migrations) is imported only when a command uses its table
API or the schema needs an update; the hot path of ``log`` is the stdlib connection that
sqlite-utils wraps.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from veerkracht.clock import file_stamp
from veerkracht.db.passphrases import Asker
from veerkracht.errors import JournalError

if TYPE_CHECKING:
    from sqlite_utils import Database

_T = TypeVar("_T")

KNOWN_MIGRATIONS = ("m001_initial", "m002_review_stop_kind", "m003_local_stamps")
MIGRATION_SET = "veerkracht"
BUSY_TIMEOUT_S = 10.0
_HEADER = b"SQLite format 3\x00"


def new_id() -> str:
    """A fresh record UUID (random, so short prefixes spread evenly)."""
    return str(uuid.uuid4())


def default_path() -> Path:
    """``journal.db`` in the user data directory."""
    # lazy: platformdirs costs milliseconds that --journal and VEERKRACHT_JOURNAL never need
    from platformdirs import user_data_path

    return user_data_path("veerkracht") / "journal.db"


class Journal:
    """One open journal file. Use :meth:`open`; close with :meth:`close` or ``with``."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        exists: bool,
        encrypted: bool = False,
        ask: Asker | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.exists = exists
        self.encrypted = encrypted  # an SQLCipher journal (see veerkracht.db.crypt)
        self.ask = ask  # asks the user for the passphrase (see veerkracht.db.passphrases)
        self.migration_backup: Path | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, write: bool, ask: Asker | None = None) -> Journal:
        """Open ``path`` for reading, or for writing (creating it and its folder if needed).

        A missing journal opened for reading is an empty in-memory journal, so reading
        commands never create files. ``ask`` asks the user for the passphrase of an
        encrypted journal when neither the keyring nor the environment has it; without it
        such a journal fails at once.
        """
        path = Path(path).expanduser()
        if path.is_dir():
            raise JournalError.of("core.journal_is_folder", path=path)
        exists = path.exists() and path.stat().st_size > 0
        encrypted = False
        if exists:
            encrypted = _check_header(path)
            if write and not _owner_writable(path):
                raise JournalError.of("core.journal_read_only", path=path)
        elif write:
            _create_file(path)
        else:
            journal = cls(path, _connect(":memory:"), exists=False)
            journal._migrate(pending=list(KNOWN_MIGRATIONS), backup=False)
            return journal
        conn = _connect(str(path), read_only=not write, encrypted=encrypted, ask=ask)
        journal = cls(path, conn, exists=exists, encrypted=encrypted, ask=ask)
        try:
            journal._prepare(write=write)
        except _NeedsMigration:
            conn.close()
            return cls.open(path, write=True, ask=ask)
        except BaseException:
            conn.close()
            raise
        return journal

    def _prepare(self, *, write: bool) -> None:
        tables = {
            row[0]
            for row in self._query("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            if not write:  # an empty file: behave as a missing journal
                self._migrate(pending=list(KNOWN_MIGRATIONS), backup=False)
                return
            pending = list(KNOWN_MIGRATIONS)
        else:
            pending = self._pending(tables)
        if write:
            self._query("PRAGMA journal_mode = WAL")
        if pending:
            if not write:
                raise _NeedsMigration
            self._migrate(pending=pending, backup=bool(tables))

    def _pending(self, tables: set[str]) -> list[str]:
        if "_sqlite_migrations" not in tables:
            raise JournalError.of("core.journal_not_journal", path=self.path)
        applied = [
            row[0]
            for row in self._query(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                (MIGRATION_SET,),
            )
        ]
        if not applied:
            raise JournalError.of("core.journal_not_journal", path=self.path)
        unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
        if unknown:
            raise JournalError.of("core.journal_newer", path=self.path, unknown=", ".join(unknown))
        return [name for name in KNOWN_MIGRATIONS if name not in applied]

    def _migrate(self, *, pending: list[str], backup: bool) -> None:
        # lazy: migrations load sqlite-utils, which the hot path of ``log`` never needs
        from veerkracht.db.migrations import migrations

        if backup:
            self.migration_backup = self._backup_before(pending[0])
        # One write lock around the check and the migrations: two processes creating the
        # same journal at once must not both build the schema.
        with self.write():
            migrations.apply(self.db)

    def _backup_before(self, migration: str) -> Path:
        stamp = file_stamp()
        target = self.path.with_name(f"{self.path.stem}.before-{migration}-{stamp}.db")
        self.backup_to(target)
        return target

    # -- using -----------------------------------------------------------------------------

    @cached_property
    def db(self) -> Database:
        """The sqlite-utils view of the same connection."""
        from sqlite_utils import Database  # lazy: only commands using the table API load it

        return Database(self.conn, execute_plugins=False)

    def _query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return _translate(lambda: self.conn.execute(sql, params).fetchall(), self.path)

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[dict]:
        """Rows of ``sql`` as dicts."""

        def run() -> list[dict]:
            cursor = self.conn.execute(sql, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

        return _translate(run, self.path)

    def scalar(self, sql: str, params: tuple | list | dict = ()) -> Any:
        """The first column of the first row of ``sql`` (``None`` when there is none)."""
        row = _translate(lambda: self.conn.execute(sql, params).fetchone(), self.path)
        return None if row is None else row[0]

    def execute(self, sql: str, params: tuple | list | dict = ()) -> sqlite3.Cursor:
        """Run one statement (inside :meth:`write` for anything that changes data)."""
        return _translate(lambda: self.conn.execute(sql, params), self.path)

    @contextmanager
    def write(self) -> Iterator[Journal]:
        """One transaction that takes the write lock at once (no upgrade deadlocks).

        Nested use joins the outer transaction.
        """
        if self.conn.in_transaction:
            yield self
            return
        _translate(lambda: self.conn.execute("BEGIN IMMEDIATE"), self.path)
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        _translate(self.conn.commit, self.path)

    def setting(self, key: str) -> str | None:
        """A stored setting, or ``None``."""
        value = self.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return None if value is None else str(value)

    def settings(self) -> dict[str, str]:
        """Every stored setting."""
        return {row["key"]: row["value"] for row in self.query("SELECT key, value FROM settings")}

    def set_setting(self, key: str, value: str | None) -> None:
        """Store (or with ``None`` remove) a setting, in its own transaction."""
        with self.write():
            if value is None:
                self.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                self.execute(
                    "INSERT INTO settings(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def applied_migrations(self) -> list[str]:
        """Names of the migrations this journal has had."""
        return [
            row[0]
            for row in self._query(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                (MIGRATION_SET,),
            )
        ]

    def backup_to(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API (safe while others write).

        The copy of an encrypted journal is encrypted with the same passphrase.
        """
        target = Path(target)
        _create_file(target, exclusive=True)
        try:
            if self.encrypted:
                from veerkracht.db import crypt  # lazy: plain journals never load encryption

                destination = crypt.keyed_connection(target, like=self.path, ask=self.ask)
            else:
                destination = sqlite3.connect(str(target))
            try:
                _translate(lambda: self.conn.backup(destination), target)
            finally:
                destination.close()
        except BaseException:
            target.unlink(missing_ok=True)  # no half copy that looks like a backup
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _NeedsMigration(Exception):
    """A journal opened for reading needs a schema update first, which is a write."""


# -- helpers -------------------------------------------------------------------------------


def _connect(
    target: str, *, read_only: bool = False, encrypted: bool = False, ask: Asker | None = None
) -> sqlite3.Connection:
    uri = target if target == ":memory:" else f"file:{_quote_uri(target)}?mode={'ro' if read_only else 'rw'}"
    driver = sqlite3
    if encrypted:  # SQLCipher's driver, imported only for encrypted journals
        from veerkracht.db import crypt  # lazy: plain journals never load encryption

        driver = crypt.driver(Path(target))
    try:
        conn = driver.connect(
            uri,
            uri=target != ":memory:",
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
        )
    except driver.Error as error:
        raise JournalError.of("core.journal_unreachable", path=target, reason=error) from None
    if encrypted:
        crypt.unlock(conn, Path(target), ask)  # keys it, then proves the key by reading the schema
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _quote_uri(path: str) -> str:
    return quote(os.path.abspath(path))


def _check_header(path: Path) -> bool:
    """Whether ``path`` is encrypted: False for a plain SQLite header, True for what looks
    like SQLCipher (confirmed later by keying it); anything else is not a journal."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as error:
        raise JournalError.of("core.journal_unreachable", path=path, reason=error.strerror or error) from None
    if header == _HEADER:
        return False
    from veerkracht.db import crypt  # lazy: plain journals never load encryption

    if crypt.looks_encrypted(path):
        return True
    raise JournalError.of("core.journal_not_journal", path=path)


def _owner_writable(path: Path) -> bool:
    """The user's intent, not root's power: a file without its owner's write bit is read-only."""
    mode = path.stat().st_mode
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK)


def _create_file(path: Path, *, exclusive: bool = False) -> None:
    """Create ``path`` as 0600 in folders created as 0700, or explain why not."""
    try:
        _make_folders(path.parent)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else 0)
        os.close(os.open(path, flags, 0o600))
    except FileExistsError:
        raise JournalError.of("core.backup_exists", path=path) from None
    except OSError as error:
        raise JournalError.of("core.journal_unreachable", path=path, reason=error.strerror or error) from None


def _make_folders(folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        os.mkdir(created, 0o700)


def _translate(run: Callable[[], _T], path: Path | str) -> _T:
    """Run ``run()``, turning SQLite's failures into one sentence for the user."""
    try:
        return run()
    except sql_errors("OperationalError") as error:
        text = str(error).lower()
        if "readonly" in text or "read-only" in text:
            raise JournalError.of("core.journal_read_only", path=path) from None
        if "locked" in text or "busy" in text:
            raise JournalError.of("core.journal_busy") from None
        if "full" in text:
            raise JournalError.of("core.journal_full") from None
        if "unable to open" in text or "disk i/o" in text:
            raise JournalError.of("core.journal_unreachable", path=path, reason=error) from None
        raise
    except sql_errors("DatabaseError") as error:
        text = str(error).lower()
        if "malformed" in text or "not a database" in text or "encrypted" in text:
            raise JournalError.of("core.journal_corrupt", path=path, reason=error) from None
        raise


def sql_errors(name: str) -> tuple[type[Exception], ...]:
    """SQLite's error class ``name`` from the stdlib and, once loaded, from SQLCipher's driver
    (whose classes do not derive from the stdlib's): ``except sql_errors("IntegrityError")``
    works on plain and encrypted journals alike."""
    classes: list[type[Exception]] = [getattr(sqlite3, name)]
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        classes.append(getattr(cipher, name))
    return tuple(classes)
