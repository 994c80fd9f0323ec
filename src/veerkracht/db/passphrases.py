"""Where the passphrase of an encrypted journal comes from, in this order:

1. the OS keyring, if the user chose to keep it there (``--remember``; the ``keyring`` package
   is optional, and journals that were never remembered never touch it),
2. the VEERKRACHT_PASSPHRASE environment variable,
3. a hidden prompt on a terminal (asked through the callback the cli passes in).

Without any of these a command fails at once with one sentence; it never waits for input
that cannot come. A passphrase is asked at most once per journal per command.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from veerkracht.errors import InvalidValue, JournalError

# Asks the user for the passphrase of the journal at a path (a hidden prompt). The cli passes
# one in when there is a terminal to ask on; this layer never talks to the user itself.
Asker = Callable[[Path], str]

PASSPHRASE_ENV = "VEERKRACHT_PASSPHRASE"
NEW_PASSPHRASE_ENV = "VEERKRACHT_NEW_PASSPHRASE"
KEYRING_SERVICE = "veerkracht"

_known: dict[str, str] = {}  # resolved path → passphrase that opened it in this process


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
    value = (_from_keyring(path) if remembered(path) else None) or os.environ.get(PASSPHRASE_ENV)
    if not value:
        if ask is None:
            raise JournalError.of("crypt.no_passphrase", path=path, env=PASSPHRASE_ENV)
        value = ask(path)
    return value


def check(passphrase: str) -> str:
    """A passphrase must have at least one character and no NUL (SQLCipher stops at NUL)."""
    if not passphrase:
        raise InvalidValue.of("crypt.rule_empty")
    if "\x00" in passphrase:
        raise InvalidValue.of("crypt.rule_nul")
    return passphrase


# -- the OS keyring -------------------------------------------------------------------------


def keyring_module() -> ModuleType | None:
    """The ``keyring`` package, or ``None`` when it is not installed."""
    try:
        import keyring  # optional extra: only journals the user chose to remember load it
    except ImportError:
        return None
    return keyring


def remember(path: Path, passphrase: str) -> None:
    """Keep ``passphrase`` in the OS keyring for ``path`` and note that the user chose so."""
    keyring = _require_keyring()
    from keyring.errors import KeyringError  # optional extra, present once _require_keyring passed

    try:
        keyring.set_password(KEYRING_SERVICE, _key(path), passphrase)
    except KeyringError as error:
        raise JournalError.of("crypt.keyring_failed", reason=error) from None
    _write_remembered(set(_read_remembered()) | {_key(path)})


def forget(path: Path) -> bool:
    """Remove the passphrase of ``path`` from the OS keyring; whether there was one."""
    was = remembered(path)
    keyring = keyring_module() if was else None
    if keyring is not None:
        from keyring.errors import KeyringError, PasswordDeleteError  # optional extra, present here

        try:
            keyring.delete_password(KEYRING_SERVICE, _key(path))
        except PasswordDeleteError:
            pass  # already gone from the keyring: forgetting is what was asked
        except KeyringError as error:
            raise JournalError.of("crypt.keyring_failed", reason=error) from None
    _write_remembered(set(_read_remembered()) - {_key(path)})
    return was


def remembered(path: Path) -> bool:
    """Whether the user chose to keep the passphrase of ``path`` in the keyring."""
    return _key(path) in _read_remembered()


def require_keyring() -> None:
    """Fail before anything changes when ``--remember`` cannot be honoured."""
    keyring = _require_keyring()
    from keyring.backends.fail import Keyring as NoBackend  # optional extra, present here

    if isinstance(keyring.get_keyring(), NoBackend):  # e.g. a server without a secret service
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
    from keyring.errors import KeyringError  # optional extra, present here

    try:
        return keyring.get_password(KEYRING_SERVICE, _key(path))
    except KeyringError:
        return None  # a locked or absent keyring: fall through to the next source


def _remembered_file() -> Path:
    # The list of journals whose passphrase the user put in the keyring, so that journals
    # never remembered never wake the keyring (which may pop up an unlock dialog).
    # lazy: platformdirs costs milliseconds that plain journals never need
    from platformdirs import user_config_path

    return user_config_path("veerkracht") / "keyring-journals.txt"


def _read_remembered() -> list[str]:
    try:
        text = _remembered_file().read_text(encoding="utf-8")
    except OSError:  # none yet, or unreadable: nothing was remembered that we can use
        return []
    return [line for line in text.splitlines() if line]


def _write_remembered(paths: set[str]) -> None:
    target = _remembered_file()
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{line}\n" for line in sorted(paths)))
    except OSError as error:
        raise JournalError.of("crypt.keyring_failed", reason=error.strerror or error) from None
