"""Encryption at rest with SQLCipher: telling plain from encrypted, unlocking, converting.

A plain SQLite file starts with the 16 bytes "SQLite format 3\\0"; an SQLCipher file starts
with its random salt, and its size is a whole number of pages. The header decides which driver
opens a journal; keying it and reading ``sqlite_master`` confirms it. (Without the key, a wrong
passphrase and a foreign file look the same: that is what encryption is for.)

Encrypting and decrypting never change the journal in place: SQLCipher's ``sqlcipher_export``
writes a new file beside it, which is read back with its passphrase and compared table by
table, and only then ``os.replace`` swaps it in. The journal is first switched out of WAL mode
(this checkpoints it and removes its -wal and -shm files, and fails while another process has
it open), and a write lock is held until the swap. A kill at any moment leaves the old journal
or the new one. Changing the passphrase takes the same path (see :func:`change`).

SQLCipher 4 defaults are kept: AES-256-CBC, HMAC-SHA512 per page, and the key derived from the
passphrase with PBKDF2-HMAC-SHA512 over 256,000 iterations (about 0.1–0.2 s on each open, by
design). A journal remembered in the OS keyring keeps that derived key there instead of the
passphrase (:func:`remember`), and opens without the derivation; the README explains the trade.
The ``sqlcipher3`` driver is imported only for encrypted journals and these commands.
"""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from veerkracht.db import files, passphrases
from veerkracht.errors import JournalError

PLAIN_HEADER = b"SQLite format 3\x00"
SMALLEST_PAGE = 512
EXTRA = "pip install 'veerkracht[encryption]'"
# Seconds to wait between the verified export and the swap: lets tests kill -9 right there.
PAUSE_ENV = "VEERKRACHT_TEST_PAUSE_BEFORE_SWAP"
TEMP_SUFFIXES = {"encrypt": ".encrypting", "decrypt": ".decrypting", "rekey": ".rekeying"}
BUSY_TIMEOUT_S = 10.0


# -- telling plain from encrypted ----------------------------------------------------------


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` could be an SQLCipher file: no plain header, whole pages of data."""
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return header != PLAIN_HEADER and size >= SMALLEST_PAGE and size % SMALLEST_PAGE == 0


def state(path: Path) -> str:
    """``missing``, ``plain``, ``encrypted`` or ``foreign`` (judged by the header alone)."""
    path = Path(path).expanduser()
    try:
        if path.stat().st_size == 0:
            return "missing"
        with open(path, "rb") as handle:
            header = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "foreign"
    if header == PLAIN_HEADER:
        return "plain"
    return "encrypted" if looks_encrypted(path) else "foreign"


def available() -> bool:
    """Whether the optional extra (the ``sqlcipher3`` driver) is installed."""
    try:
        driver()
    except JournalError:
        return False
    return True


def driver(path: Path | None = None) -> ModuleType:
    """SQLCipher's DB-API module; without the extra, one sentence that says how to add it."""
    try:
        from sqlcipher3 import dbapi2  # optional extra: only encrypted journals load it
    except ImportError:
        if path is None:
            raise JournalError.of("crypt.not_installed", extra=EXTRA) from None
        raise JournalError.of("crypt.encrypted_needs_extra", path=path, extra=EXTRA) from None
    return dbapi2


# -- opening -------------------------------------------------------------------------------


def unlock(conn: Any, path: Path, ask: passphrases.Asker | None = None) -> None:
    """Key ``conn`` with the journal's passphrase and prove it by reading the schema.

    ``ask`` asks the user when neither the keyring nor the environment has the passphrase.
    """
    passphrase = passphrases.current(path, ask)
    _key_and_prove(conn, path, passphrase)
    passphrases.keep(path, passphrase)
    if passphrases.passphrase_in_keyring(path):  # kept by an earlier version: keep the key now
        try:
            remember(path, passphrase, listed=True)
        except JournalError:
            pass  # the keyring refused: the passphrase it holds still opens the journal


def remember(path: Path, passphrase: str, *, listed: bool = False) -> None:
    """Keep the key ``passphrase`` derives for the journal at ``path`` in the OS keyring.

    The key, not the passphrase: opening then skips the derivation, and the passphrase is kept
    nowhere. Where the key cannot be derived here (other cipher settings), the passphrase is
    kept, as before. ``listed``: the journal is already on the list of remembered journals.
    """
    key = derived_key(path, passphrase)
    secret = passphrase if key is None else key
    if listed:
        passphrases.store(path, secret)
    else:
        passphrases.remember(path, secret)


# SQLCipher's names of its key derivations, as hashlib names them.
_KDF_DIGESTS = {"PBKDF2_HMAC_SHA512": "sha512", "PBKDF2_HMAC_SHA256": "sha256",
                "PBKDF2_HMAC_SHA1": "sha1"}
_KEY_BYTES, _SALT_BYTES = 32, 16


def derived_key(path: Path, passphrase: str) -> passphrases.RawKey | None:
    """The key SQLCipher derives from ``passphrase`` for the journal at ``path`` (over the salt
    in its first 16 bytes, with the library's settings), proven to open it; ``None`` if not."""
    dbapi2 = driver()
    probe = dbapi2.connect(":memory:")
    try:
        algorithm = probe.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()[0]
        iterations = int(probe.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        probe.close()
    digest = _KDF_DIGESTS.get(str(algorithm))
    try:
        with open(path, "rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except OSError:
        return None
    if digest is None or len(salt) != _SALT_BYTES:
        return None
    import hashlib  # lazy: OpenSSL's library (3 ms) only to derive a key, never to open by one

    key = hashlib.pbkdf2_hmac(digest, passphrase.encode("utf-8"), salt, iterations, _KEY_BYTES)
    raw = passphrases.RawKey(key.hex() + salt.hex())
    return raw if _opens(path, raw) else None


def _opens(path: Path, secret: str) -> bool:
    dbapi2 = driver()
    conn = dbapi2.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        _key(conn, secret)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def keyed_connection(target: Path, *, like: Path, ask: passphrases.Asker | None = None) -> Any:
    """A connection to a new file ``target`` keyed with the passphrase of journal ``like``."""
    dbapi2 = driver()
    conn = dbapi2.connect(str(target), isolation_level=None)
    _key(conn, passphrases.current(like, ask))  # known once ``like`` was opened
    return conn


def _key(conn: Any, passphrase: str) -> None:
    # SQLCipher logs every failed page HMAC to stderr; a wrong passphrase is our sentence.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if isinstance(passphrase, passphrases.RawKey):  # the derived key and salt: no derivation
        conn.execute(f"PRAGMA key = \"x'{passphrase}'\"")
        return
    conn.execute(f"PRAGMA key = {_literal(passphrases.check(passphrase))}")


def _key_and_prove(conn: Any, path: Path, passphrase: str) -> None:
    dbapi2 = driver()
    _key(conn, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.OperationalError as error:  # locked or unreadable, not a wrong key
        conn.close()
        raise JournalError.of("core.journal_unreachable", path=path, reason=error) from None
    except dbapi2.DatabaseError:
        conn.close()
        passphrases.drop(path)
        stale = passphrases.source(path) == "keyring"  # kept before a passphrase change?
        if stale:
            raise JournalError.of("crypt.wrong_keyring", path=path) from None
        raise JournalError.of("crypt.wrong_passphrase", path=path) from None


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _open(path: Path, passphrase: str | None) -> Any:
    """A SQLCipher connection to ``path``: keyed and proven, or plain when no passphrase."""
    dbapi2 = driver()
    try:
        conn = dbapi2.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except dbapi2.Error as error:
        raise JournalError.of("core.journal_unreachable", path=path, reason=error) from None
    if passphrase is None:
        conn.execute("PRAGMA cipher_log_level = NONE")
    else:
        _key_and_prove(conn, path, passphrase)
    return conn


# -- converting ------------------------------------------------------------------------------


def encrypt(path: Path, passphrase: str) -> None:
    """Turn the plain journal at ``path`` into an encrypted one (verified, then swapped in)."""
    _convert(Path(path), source=None, target=passphrase, action="encrypt")
    passphrases.keep(path, passphrase)


def decrypt(path: Path, passphrase: str) -> None:
    """Turn the encrypted journal at ``path`` into a plain one (verified, then swapped in)."""
    _convert(Path(path), source=passphrase, target=None, action="decrypt")
    passphrases.drop(path)


def change(path: Path, old: str, new: str) -> None:
    """Re-encrypt the journal at ``path`` with a new passphrase (verified, then swapped in).

    Not ``PRAGMA rekey`` in place: a kill halfway through a rekey leaves a hot rollback
    journal, and until a command that writes rolls it back, every reading command fails on
    it ("attempt to write a readonly database"). The export-and-swap path has no such state.
    """
    _convert(Path(path), source=old, target=passphrases.check(new), action="rekey")
    passphrases.keep(path, new)


def temp_path(path: Path, action: str) -> Path:
    """The file a conversion writes before it is swapped in."""
    return path.with_name(path.name + TEMP_SUFFIXES[action])


def _convert(path: Path, *, source: str | None, target: str | None, action: str) -> None:
    temp = temp_path(path, action)
    holder = _open(path, source)
    try:
        counts = _hold(holder, path)
        _discard(temp)  # a leftover of an interrupted run is never the only copy
        _create_private(temp, journal=path)
        try:
            _on_full_disk(lambda: _export(path, source, temp, target), path)
            _on_full_disk(lambda: _verify(temp, target, counts), path)
            _pause_for_tests()
            _on_full_disk(lambda: _swap(temp, path), path)
        except BaseException:
            _discard(temp)
            raise
    finally:
        holder.close()


def _on_full_disk(run: Callable[[], None], path: Path) -> None:
    """``run()``; a full disk (SQLite's "database or disk is full", ENOSPC) is one sentence."""
    dbapi2 = driver()
    try:
        run()
    except (dbapi2.OperationalError, OSError) as error:
        if not _disk_full(error):
            raise
        raise JournalError.of("crypt.disk_full", path=path) from None


def _disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return "full" in str(error).lower()


def _hold(conn: Any, path: Path) -> dict[str, int]:
    """Leave WAL mode and take the write lock until the swap; the rows to expect."""
    dbapi2 = driver()
    _exclusive_mode(conn, path)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except dbapi2.OperationalError:
        raise JournalError.of("crypt.in_use", path=path) from None
    return _counts(conn)


def _exclusive_mode(conn: Any, path: Path) -> None:
    # Leaving WAL needs the only connection: it checkpoints and removes -wal and -shm, so no
    # stale WAL of the old file can ever be read against the new one.
    dbapi2 = driver()
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except dbapi2.OperationalError as error:
        if _disk_full(error):  # the checkpoint had no room: not another program's doing
            raise JournalError.of("crypt.disk_full", path=path) from None
        mode = None
    wal = path.with_name(path.name + "-wal")
    if str(mode).lower() != "delete" or wal.exists():
        raise JournalError.of("crypt.in_use", path=path)


def _counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    counts = {
        name: conn.execute(f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"').fetchone()[0]
        for name in names
    }
    counts["PRAGMA user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
    return counts


def _export(path: Path, source: str | None, temp: Path, target: str | None) -> None:
    conn = _open(path, source)
    try:
        # An empty KEY makes the attached copy plain; any other key encrypts it.
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(temp), target or ""))
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def _verify(temp: Path, target: str | None, counts: dict[str, int]) -> None:
    expected = "encrypted" if target else "plain"
    if state(temp) != expected:
        raise JournalError.of("crypt.verify_failed", path=temp)
    conn = _open(temp, target)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        same = _counts(conn) == counts
        if ok and same:  # a journal like any other from its first use: in WAL mode
            conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()  # the last connection: SQLite checkpoints and removes -wal and -shm
    if not (ok and same):
        raise JournalError.of("crypt.verify_failed", path=temp)


def _pause_for_tests() -> None:
    delay = os.environ.get(PAUSE_ENV)
    if delay:
        time.sleep(float(delay))


def _swap(temp: Path, path: Path) -> None:
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)
    try:
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return  # a platform without directory handles (Windows): the rename is done
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _create_private(path: Path, *, journal: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        if _disk_full(error):
            raise JournalError.of("crypt.disk_full", path=journal) from None
        raise JournalError.of("core.journal_unreachable", path=path, reason=error.strerror or error) from None


def _discard(path: Path) -> None:
    for name in [path] + [path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm")]:
        try:
            name.unlink()
        except FileNotFoundError:
            pass


# -- describing ------------------------------------------------------------------------------


def plain_copies(path: Path) -> list[Path]:
    """Plain copies of this journal beside it: copies made before migrations, backups made
    before it was encrypted (``backups/``, where ``veerkracht backup`` puts them), leftovers.

    Only this journal's own names count (``NAME.before-MIGRATION-STAMP.db`` and
    ``backups/NAME-STAMP.db``, with a ``-N`` when a second had two, and the hidden
    ``.partial`` file of one that was cut short): backups of other journals in the same
    folder are not copies of this one.
    """
    path = Path(path)
    own = _own_copy_names(path.stem)
    candidates = sorted(copy for copy in path.parent.glob("*.db*") if own.fullmatch(copy.name))
    backups = path.parent / "backups"
    candidates += sorted(copy for copy in backups.glob("*.db*") if own.fullmatch(copy.name))
    candidates.append(temp_path(path, "decrypt"))
    return [copy for copy in candidates if state(copy) == "plain"]


def _own_copy_names(stem: str) -> re.Pattern[str]:
    stamp = r"[0-9]{8}-[0-9]{6}(?:-[0-9]+)?"
    name = rf"{re.escape(stem)}(?:\.before-[A-Za-z0-9_]+-{stamp}|-{stamp})\.db"
    return re.compile(rf"{name}|\.{name}\.[0-9a-f]+\{files.TEMP_SUFFIX}")


def describe(path: Path, *, can_ask: bool = False) -> dict:
    """What ``doctor`` shows about encryption, without asking for the passphrase.

    ``can_ask``: whether a prompt would be a source of the passphrase (a terminal).
    """
    path = Path(path).expanduser()
    kind = state(path)
    info: dict = {
        "state": kind,
        "encrypted": None if kind in ("missing", "foreign") else kind == "encrypted",
        "extra_installed": available(),
        "cipher": None,
        "sqlite_version": None,
        "kdf": None,
        "passphrase_source": None,
        "remembered": passphrases.remembered(path),
        "plain_copies": [],
        "leftovers": [str(temp) for temp in map(lambda a: temp_path(path, a), TEMP_SUFFIXES) if temp.exists()],
    }
    if info["extra_installed"]:
        info.update(_library_settings())
    if kind == "encrypted":
        info["passphrase_source"] = passphrases.source(path, can_ask=can_ask)
        info["plain_copies"] = [str(copy) for copy in plain_copies(path)]
    return info


def _library_settings() -> dict:
    conn = driver().connect(":memory:")
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        algorithm = conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()[0]
        iterations = int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return {
        "cipher": f"SQLCipher {version}",
        "sqlite_version": sqlite,
        "kdf": f"{algorithm}, {iterations} iterations",
    }
