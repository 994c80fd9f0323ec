"""The store: opens the journal file, applies migrations, runs transactions.

Opening is careful about files that are not ours: it reads the header and the schema before
it changes anything, so a foreign, newer or damaged file is reported and left byte-for-byte
untouched. sqlite-utils (and its migrations) is imported only when a command uses its table
API or an existing journal's schema needs an update (a new journal gets the whole schema from
``db.schema``); the hot path of ``log`` is the stdlib connection that sqlite-utils wraps.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
import threading
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from veerkracht.clock import file_stamp
from veerkracht.db import places
from veerkracht.db.passphrases import Asker
from veerkracht.errors import JournalError

if TYPE_CHECKING:
    import sqlite3  # at run time only where a plain journal is opened: see _connect

    from sqlite_utils import Database

_T = TypeVar("_T")

KNOWN_MIGRATIONS = ("m001_initial", "m002_review_stop_kind", "m003_local_stamps", "m004_speed_at_scale",
                    "m005_briefs", "m006_entry_tag_list")
MIGRATION_SET = "veerkracht"
BUSY_TIMEOUT_S = 10.0
_HEADER = b"SQLite format 3\x00"


def new_id() -> str:
    """A fresh record UUID (random, so short prefixes spread evenly)."""
    return str(uuid.uuid4())


def default_path() -> Path:
    """``journal.db`` in the user data directory."""
    return places.user_path("data") / "journal.db"


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
        # This process built the schema (another one building it at the same moment did not).
        self.created = False
        self._reading = False  # inside snapshot()
        # Transactions committed through write(): a caller stopped by Ctrl-C reads here whether
        # its transaction was committed before the interrupt (see write()).
        self.commits = 0
        _OPEN.add(self)

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
        found = _regular_file(path)
        exists = found is not None and found.st_size > 0
        encrypted = False
        if exists:
            encrypted = _check_header(path)
            if write:
                _check_writable(path)
        elif write:
            _create_file(path)
        else:
            return cls._empty(path)
        conn = _connect(str(path), read_only=not write, encrypted=encrypted, ask=ask)
        journal = cls(path, conn, exists=exists, encrypted=encrypted, ask=ask)
        try:
            journal._prepare(write=write)
        except _NeedsMigration:
            journal.close()
            if _write_refusal(path) is not None:  # an update is a write: say so, not "read-only"
                raise JournalError.of("core.journal_needs_update_read_only", path=path) from None
            return cls.open(path, write=True, ask=ask)
        except _EmptyFile:
            journal.close()
            return cls._empty(path)
        except BaseException:
            journal.close()
            raise
        return journal

    @classmethod
    def _empty(cls, path: Path) -> Journal:
        """An empty journal in memory: what reading a missing (or empty) journal shows."""
        journal = cls(path, _connect(":memory:"), exists=False)
        journal._migrate(pending=list(KNOWN_MIGRATIONS), backup=False)
        return journal

    def _prepare(self, *, write: bool) -> None:
        # Every schema object counts, not only tables: a file of another program holding only
        # a view (or a trigger) is not an empty journal to build the schema in.
        schema = self._query("SELECT type, name FROM sqlite_master")
        tables = {name for kind, name in schema if kind == "table"}
        if not schema:
            if not write:  # an empty file: behave as a missing journal
                raise _EmptyFile
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
        # The copy is made before the write lock is taken (SQLite's backup cannot read through
        # a connection that holds it), so another process may update the journal in between.
        copy = self._backup_before(pending[0]) if backup else None
        # One write lock around the check and the migrations: two processes creating (or
        # updating) the same journal at once must not both build the schema.
        with self.write():
            before = self._applied_count() if copy else 0
            self.created = not self._query("SELECT 1 FROM sqlite_master LIMIT 1")
            if not (self.created and self._build(pending)):
                # lazy: migrations load sqlite-utils, which the hot path of ``log`` never needs
                from veerkracht.db.migrations import migrations

                migrations.apply(self.db)
            updated = copy is not None and self._applied_count() > before
        if copy is None:
            return
        if updated:
            self.migration_backup = copy
            return
        # Another process updated the journal first (with a copy of its own, which it names
        # unless it was stopped right after): this copy is of the journal after that update.
        from veerkracht.db import files  # lazy, as in backup_to

        try:
            files.discard(copy)
        except OSError:
            pass  # a copy too many, and nothing lost

    def _build(self, pending: list[str]) -> bool:
        """Whether this journal, with no schema yet, got the whole of it at once (``db.schema``)
        with no migration left to apply."""
        from veerkracht.db import schema  # lazy: only a new journal needs its statements

        if tuple(pending) != schema.MIGRATIONS:
            return False
        schema.create(self.conn, MIGRATION_SET)
        return True

    def _applied_count(self) -> int:
        return int(self._query("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
                               (MIGRATION_SET,))[0][0])

    def _backup_before(self, migration: str) -> Path:
        stamp = file_stamp()
        target = self.path.with_name(f"{self.path.stem}.before-{migration}-{stamp}.db")
        return self.backup_to(target, numbered=True)  # a retry in the same second gets "-2"

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
        if self._reading:
            raise RuntimeError("Journal.write inside Journal.snapshot: the write would be lost")
        if self.conn.in_transaction:
            yield self
            return
        _translate(lambda: self.conn.execute("BEGIN IMMEDIATE"), self.path)
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        # A Ctrl-C during the commit waits until ``commits`` says it happened: otherwise
        # Python raises it as soon as the commit returns, and the caller would take a
        # committed transaction for one undone.
        with _ctrl_c_held():
            _translate(self.conn.commit, self.path)
            self.commits += 1

    @contextmanager
    def snapshot(self) -> Iterator[Journal]:
        """One read transaction: every read inside sees the journal as the first one saw it,
        whatever another process writes meanwhile (an export reads many statements).

        Inside a transaction already, it joins it. Scratch tables in ``temp`` may be filled
        inside; :meth:`write` inside is refused, rather than rolled back unseen when the read
        ends.
        """
        if self.conn.in_transaction:
            yield self
            return
        _translate(lambda: self.conn.execute("BEGIN"), self.path)
        self._reading = True
        try:
            yield self
        finally:
            self._reading = False
            if self.conn.in_transaction:
                self.conn.rollback()  # nothing was written: this only ends the read

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

    def backup_to(self, target: Path, *, force: bool = False, numbered: bool = False) -> Path:
        """A consistent copy through SQLite's backup API (safe while others write); returns
        the name it got.

        The copy is made in a private file beside ``target`` and named only when complete
        (see veerkracht.db.files): a kill leaves no half copy that looks like a journal. An
        existing ``target`` is refused unless ``force``; ``numbered`` takes the next free
        ``-2``, ``-3``, … instead. The copy of an encrypted journal is encrypted with the same
        passphrase.
        """
        from veerkracht.db import files  # lazy: only backups and migrations write copies

        target = Path(target)
        if _same_file(target, self.path):
            raise JournalError.of("core.backup_is_journal", path=target)
        try:
            _make_folders(target.parent)
        except OSError as error:
            raise JournalError.of("core.file_unwritable", path=target, reason=error.strerror or error) from None

        def copy_into(temp: Path) -> None:
            if self.encrypted:
                from veerkracht.db import crypt  # lazy: plain journals never load encryption

                destination = crypt.keyed_connection(temp, like=self.path, ask=self.ask)
            else:
                import sqlite3  # loaded already: this journal is plain

                destination = sqlite3.connect(str(temp))
            try:
                _translate(lambda: self.conn.backup(destination), target)
            finally:
                destination.close()

        return files.save_by_path(target, copy_into, force=force, numbered=numbered)

    def close(self) -> None:
        _OPEN.discard(self)
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# Every journal of this process not closed yet, so that the console script closes them on its
# way out (close_all) instead of leaving them to the garbage collector, which it skips there.
_OPEN: weakref.WeakSet[Journal] = weakref.WeakSet()


def close_all() -> None:
    """Close every journal of this process that is still open (the console script's exit).

    A connection is in a reference cycle with its statement cache, so only the garbage
    collector would close one left open, at exit; closed here, SQLite folds the write-ahead
    log back into the journal and removes it, as after any command.
    """
    for journal in list(_OPEN):
        try:
            journal.close()
        except sql_errors("Error"):  # closing at exit: the next command opens it anyway
            pass


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """SIGINT held back (on POSIX, in the main thread) until the block is done."""
    hold = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    if not hold:
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


class _NeedsMigration(Exception):
    """A journal opened for reading needs a schema update first, which is a write."""


class _EmptyFile(Exception):
    """A journal opened for reading is an SQLite file without any schema: nothing to read."""


# -- helpers -------------------------------------------------------------------------------


def _connect(
    target: str, *, read_only: bool = False, encrypted: bool = False, ask: Asker | None = None
) -> sqlite3.Connection:
    uri = target if target == ":memory:" else f"file:{_quote_uri(target)}?{_uri_mode(target, read_only)}"
    driver: Any
    if encrypted:  # SQLCipher's driver, imported only for encrypted journals
        from veerkracht.db import crypt  # lazy: plain journals never load encryption

        driver = crypt.driver(Path(target))
    else:  # lazy: an encrypted journal never loads the stdlib's driver and its SQLite (~1.5 ms)
        import sqlite3 as driver
    # Stored text that is not UTF-8 reads with U+FFFD instead of failing the command, and a
    # BLOB in a column declared TEXT reads as text (see stored_text).
    driver.register_converter("TEXT", stored_text)
    try:
        conn = driver.connect(
            uri,
            uri=target != ":memory:",
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,
            check_same_thread=False,
            detect_types=driver.PARSE_DECLTYPES,
        )
    except driver.Error as error:
        raise JournalError.of("core.journal_unreachable", path=target, reason=error) from None
    conn.text_factory = stored_text
    if encrypted:
        crypt.unlock(conn, Path(target), ask)  # keys it, then proves the key by reading the schema
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def stored_text(raw: bytes) -> str:
    """Stored text as ``str``: UTF-8, with U+FFFD for bytes that are not.

    The journal's ``text_factory``, and the converter of every column declared TEXT (which
    also turns a BLOB stored there into text). One invalid byte (a faulty disk, a tool
    writing Latin-1 or bytes) must not make every reading command fail quoting the text;
    doctor names such records. The strict decode is the fast path: clean text costs about
    what SQLite's own decoding does.
    """
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return raw.decode(errors="replace")


def _quote_uri(path: str) -> str:
    return quote(os.path.abspath(path))


def _uri_mode(target: str, read_only: bool) -> str:
    """How to open the file: read-write, or read-only (for commands that only read).

    A journal in WAL mode read through ``mode=ro`` still needs its -shm file, which SQLite
    creates beside it: in a folder the user cannot write it cannot (every read failed), and
    beside a read-only journal it makes it read-only too, so the journal stayed unwritable
    after a chmod u+w. So a journal that is read-only, or in a read-only folder, is read as
    ``immutable`` when neither -wal nor -shm exists: no writer is at work (a writer in WAL
    mode keeps both files while it is), so there is no WAL content to miss and no lock to
    take. When they exist, a writer may be at work and ``mode=ro`` reads through them.
    """
    if not read_only:
        return "mode=rw"
    if any(os.path.lexists(f"{target}{end}") for end in ("-wal", "-shm")):
        return "mode=ro"
    folder = os.path.dirname(os.path.abspath(target))
    if os.access(folder, os.W_OK) and _owner_writable(Path(target)):
        return "mode=ro"
    return "mode=ro&immutable=1"


def _regular_file(path: Path) -> os.stat_result | None:
    """What is at ``path``: ``None`` when nothing; one sentence when it cannot be a journal
    (a folder, a pipe or device, a link loop, a name too long, a folder on the way we may not
    enter). ``open`` of a FIFO would wait forever for a writer, so it is never opened."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise JournalError.of("core.journal_unreachable", path=path, reason=error.strerror or error) from None
    if stat.S_ISDIR(found.st_mode):
        raise JournalError.of("core.journal_is_folder", path=path)
    if not stat.S_ISREG(found.st_mode):
        raise JournalError.of("core.journal_not_file", path=path)
    return found


def _write_refusal(path: Path) -> JournalError | None:
    """Why the journal at ``path`` may not be written: the file, its -wal or -shm (left
    read-only by an older veerkracht that read a read-only journal), or its folder."""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if name.exists() and not _owner_writable(name):
            return JournalError.of("core.journal_read_only", path=name)
    if not os.access(path.parent, os.W_OK | os.X_OK):  # WAL needs -wal and -shm beside it
        return JournalError.of("core.journal_folder_read_only", folder=path.parent)
    return None


def _check_writable(path: Path) -> None:
    refusal = _write_refusal(path)
    if refusal is not None:
        raise refusal


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


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist (yet)
        return False


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
    """SQLite's error class ``name`` from each driver loaded: the stdlib's and SQLCipher's
    (whose classes do not derive from the stdlib's), so that ``except
    sql_errors("IntegrityError")`` works on plain and encrypted journals alike. A driver not
    loaded has opened no connection, so it has no error to catch."""
    drivers = (sys.modules.get("sqlite3"), sys.modules.get("sqlcipher3.dbapi2"))
    return tuple(getattr(driver, name) for driver in drivers if driver is not None)
