"""Where the passphrase of an encrypted journal comes from, in this order:

1. the OS keyring, if the user chose to keep it there (``--remember``; the ``keyring`` package
   is optional, and journals that were never remembered never touch it),
2. the VEERKRACHT_PASSPHRASE environment variable,
3. a hidden prompt on a terminal (asked through the callback the cli passes in).

Without any of these a command fails at once with one sentence; it never waits for input
that cannot come. A passphrase is asked at most once per journal per command.

The keyring holds the key SQLCipher derives from the passphrase (a :class:`RawKey`), not the
passphrase itself: a remembered journal opens without the deliberately slow derivation, and
the passphrase (which may open other things too) is kept nowhere. An entry kept by an earlier
version holds the passphrase; it still works, and is replaced by the key on first use.

Beside the list of remembered journals, ``keyring-backend.txt`` names the keyring backend that
took the last key (a class name, nothing secret), so that reading a key asks it without the
keyring package's scan for backends; ``db.keyrings`` says when keyring chooses instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from veerkracht.db import places
from veerkracht.errors import InvalidValue, JournalError

# Asks the user for the passphrase of the journal at a path (a hidden prompt). The cli passes
# one in when there is a terminal to ask on; this layer never talks to the user itself.
Asker = Callable[[Path], str]
_T = TypeVar("_T")

PASSPHRASE_ENV = "VEERKRACHT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VEERKRACHT_NEW_PASSPHRASE"
KEYRING_SERVICE = "veerkracht"

_known: dict[str, str] = {}  # resolved path → passphrase that opened it in this process
_RAW_PREFIX = "veerkracht-raw-key:"  # a keyring entry holding a RawKey, not a passphrase
_passphrase_in_keyring: set[str] = set()  # journals whose keyring entry is still a passphrase


class RawKey(str):
    """SQLCipher's key for one journal file: the 32-byte key its passphrase derives (PBKDF2
    over the file's salt) and that salt, as 96 hex digits. Keyed as ``x'…'``, it opens the
    journal without deriving again, and keys a copy that the passphrase still opens."""


def _key(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def known(path: Path) -> str | None:
    """The passphrase that already opened ``path`` in this process, if any."""
    return _known.get(_key(path))


def keep(path: Path, passphrase: str) -> None:
    """Remember for this process that ``passphrase`` opens ``path``."""
    _known[_key(path)] = passphrase


def drop(path: Path) -> None:
    """Forget, for this process, the passphrase of ``path`` (it did not open it)."""
    _known.pop(_key(path), None)


def source(path: Path, *, can_ask: bool = False) -> str:
    """Which source :func:`current` would use: keyring, environment, prompt or none.

    ``can_ask``: whether there is a terminal to ask on (the cli knows, this layer does not).
    """
    if remembered(path) and _from_keyring(path) is not None:
        return "keyring"
    if os.environ.get(PASSPHRASE_ENV):
        return "environment"
    return "prompt" if can_ask else "none"


def current(path: Path, ask: Asker | None = None) -> str:
    """The passphrase of the encrypted journal at ``path``, from the first source that has it.

    ``ask`` is the last source, given by the cli when there is a terminal; without it and
    without another source this fails at once instead of waiting for input that cannot come.
    """
    cached = known(path)
    if cached is not None:
        return cached
    value = _from_keyring(path) if remembered(path) else None
    if value and not isinstance(value, RawKey):
        _passphrase_in_keyring.add(_key(path))
    value = value or os.environ.get(PASSPHRASE_ENV)
    if not value:
        if ask is None:
            raise JournalError.of("crypt.no_passphrase", path=path, env=PASSPHRASE_ENV)
        value = ask(path)
    return value


def passphrase_in_keyring(path: Path) -> bool:
    """Whether the keyring gave the passphrase of ``path`` itself (kept by an earlier version)."""
    return _key(path) in _passphrase_in_keyring


def check(passphrase: str) -> str:
    """A passphrase must have at least one character and no NUL (SQLCipher stops at NUL)."""
    if not passphrase:
        raise InvalidValue.of("crypt.rule_empty")
    if "\x00" in passphrase:
        raise InvalidValue.of("crypt.rule_nul")
    return passphrase


# -- the OS keyring -------------------------------------------------------------------------


def keyring_module() -> ModuleType | None:
    """The ``keyring`` package, or ``None`` when it is not installed (see ``db.keyrings``)."""
    from veerkracht.db import keyrings  # lazy: only journals the user chose to remember load it

    return keyrings.load()


class _KeyringFailed(Exception):
    """A call into the OS keyring failed, in whatever way its backend chose (see _keyring_call)."""

    def __init__(self, reason: object) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _keyring_call(call: Callable[[], _T]) -> _T:
    """The one door to the keyring package: ``call()``, any failure as _KeyringFailed.

    Keyring backends are plugins of the user's system (Secret Service over D-Bus, KWallet,
    macOS, third-party ones): besides KeyringError they raise their own errors, D-Bus and OS
    errors, RuntimeError. Whatever they raise must end as one sentence, or as a fall-through
    to the next source of the passphrase, never as a traceback of every command.
    """
    try:
        return call()
    except Exception as error:  # the boundary to third-party backends: see the docstring
        raise _KeyringFailed(error) from None


def remember(path: Path, passphrase: str) -> None:
    """Keep ``passphrase`` (better: its :class:`RawKey`, see ``crypt.remember``) in the OS
    keyring for ``path`` and note that the user chose so."""
    store(path, passphrase)
    _write_remembered(set(_read_remembered()) | {_key(path)})


def store(path: Path, secret: str) -> None:
    """Put ``secret`` (a passphrase or a :class:`RawKey`) in the keyring entry of ``path``."""
    keyring = _require_keyring()
    value = _RAW_PREFIX + secret if isinstance(secret, RawKey) else secret
    try:
        _keyring_call(lambda: keyring.set_password(KEYRING_SERVICE, _key(path), value))
    except _KeyringFailed as failure:
        raise JournalError.of("crypt.keyring_failed", reason=failure.reason) from None
    _passphrase_in_keyring.discard(_key(path))
    _note_backend(keyring)


def forget(path: Path) -> bool:
    """Remove the passphrase of ``path`` from the OS keyring; whether there was one."""
    was = remembered(path)
    keyring = keyring_module() if was else None
    if keyring is not None:
        from keyring.errors import PasswordDeleteError  # optional extra, present here

        def delete() -> None:
            try:
                keyring.delete_password(KEYRING_SERVICE, _key(path))
            except PasswordDeleteError:
                pass  # already gone from the keyring: forgetting is what was asked

        try:
            _keyring_call(delete)
        except _KeyringFailed as failure:
            raise JournalError.of("crypt.keyring_failed", reason=failure.reason) from None
    _write_remembered(set(_read_remembered()) - {_key(path)})
    return was


def remembered(path: Path) -> bool:
    """Whether the user chose to keep the passphrase of ``path`` in the keyring."""
    return _key(path) in _read_remembered()


def require_keyring() -> None:
    """Fail before anything changes when ``--remember`` cannot be honoured."""
    keyring = _require_keyring()
    from keyring.backends.fail import Keyring as NoBackend  # optional extra, present here

    try:
        backend = _keyring_call(keyring.get_keyring)
    except _KeyringFailed as failure:  # a backend that breaks while it loads
        raise JournalError.of("crypt.keyring_failed", reason=failure.reason) from None
    if isinstance(backend, NoBackend):  # e.g. a server without a secret service
        raise JournalError.of("crypt.no_keyring_backend")


def _require_keyring() -> ModuleType:
    keyring = keyring_module()
    if keyring is None:
        raise JournalError.of("crypt.no_keyring")
    return keyring


def _from_keyring(path: Path) -> str | None:
    keyring = keyring_module()
    if keyring is None:
        return None
    value = _from_remembered_backend(keyring, path)
    if value is None:  # none remembered, or it failed or had nothing: keyring chooses, as before
        try:
            value = _keyring_call(lambda: keyring.get_password(KEYRING_SERVICE, _key(path)))
        except _KeyringFailed:
            return None  # a locked, absent or broken keyring: fall through to the next source
    if not isinstance(value, str):
        return None
    raw = value[len(_RAW_PREFIX):] if value.startswith(_RAW_PREFIX) else None
    if raw is not None and len(raw) == 96 and all(ch in "0123456789abcdef" for ch in raw):
        return RawKey(raw)
    return value


def _from_remembered_backend(keyring: ModuleType, path: Path) -> str | None:
    """The entry of ``path`` from the backend that took it, without keyring's scan for a
    backend (``db.keyrings``); ``None`` when there is none to ask, it fails, or it has none."""
    from veerkracht.db import keyrings  # lazy: only remembered journals get here

    backend = keyrings.remembered_backend(keyring, _read_backend_name())
    if backend is None:
        return None
    try:
        value = _keyring_call(lambda: backend.get_password(KEYRING_SERVICE, _key(path)))
    except _KeyringFailed:
        return None  # keyring's own choice is asked next, and fails or answers as before
    return value if isinstance(value, str) else None


def _note_backend(keyring: ModuleType) -> None:
    """Remember which backend took a key: its class name only (``db.keyrings``)."""
    from veerkracht.db import keyrings  # lazy: only --remember gets here

    try:
        name = keyrings.name_of(_keyring_call(keyring.get_keyring)) or ""
    except _KeyringFailed:
        name = ""
    if name == _read_backend_name():
        return
    from veerkracht.db import files  # lazy: only --remember writes this

    target = _backend_file()
    try:  # a speed-up only: the key is kept either way, so a failure here changes nothing
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        files.write_bytes(target, f"{name}\n".encode(), force=True)
    except (OSError, JournalError):
        pass


BACKEND_LIMIT = 4096  # one class name


def _backend_file() -> Path:
    return _remembered_file().with_name("keyring-backend.txt")


def _read_backend_name() -> str:
    from veerkracht.db import files  # lazy: only remembered journals read this

    path = _backend_file()
    try:
        text = files.read_bounded(path, BACKEND_LIMIT).decode("utf-8", "replace")
        if not _only_yours(path):
            return ""  # the class it names is imported: only from a file no one else can write
    except (OSError, files.NotRegular, files.TooLarge):
        return ""  # none yet, or not ours: keyring chooses, as before
    return text.strip()


def _only_yours(path: Path) -> bool:
    """Whether ``path`` belongs to this user and no one else may write it (as ssh asks of its
    keys): ``keyring-backend.txt`` names a class that gets imported."""
    info = path.stat()
    owner = getattr(os, "getuid", None)
    return (owner is None or info.st_uid == owner()) and not info.st_mode & 0o022


REMEMBERED_LIMIT = 1024 * 1024  # a list of paths; anything longer is not one we wrote


def _remembered_file() -> Path:
    # The list of journals whose passphrase the user put in the keyring, so that journals
    # never remembered never wake the keyring (which may pop up an unlock dialog).
    return places.user_path("config") / "keyring-journals.txt"


def _read_remembered() -> list[str]:
    from veerkracht.db import files  # lazy: only encrypted journals read this list

    try:
        text = files.read_bounded(_remembered_file(), REMEMBERED_LIMIT).decode("utf-8", "replace")
    except (OSError, files.NotRegular, files.TooLarge):
        return []  # none yet, unreadable or not a list of ours: nothing we can use was kept
    return [line for line in text.splitlines() if line]


def _write_remembered(paths: set[str]) -> None:
    from veerkracht.db import files  # lazy: only --remember and --forget write this list

    target = _remembered_file()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise JournalError.of("crypt.keyring_failed", reason=error.strerror or error) from None
    # Replaced whole (a kill never leaves half a list), private, never through a link.
    files.write_bytes(target, "".join(f"{line}\n" for line in sorted(paths)).encode("utf-8"), force=True)
