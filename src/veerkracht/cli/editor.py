"""Opening the user's $EDITOR on a piece of text.

The text is put in a private folder (0700) beside the journal, ``.NAME.editing``, not in the
shared temporary folder: for an encrypted journal it is the only plain copy of what is being
edited, and a kill -9 must not leave it where it outlives the edit. Each file's name carries
the host and process that made it; :func:`sweep`, run whenever a command opens the journal,
removes those of processes that are gone (and the folder once it is empty).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from veerkracht.domain.rules import TEXT_LIMIT
from veerkracht.errors import VeerkrachtError
from veerkracht.i18n import t

# What an edited text may be: the longest reflection in UTF-8 plus a form's other lines.
READ_LIMIT = TEXT_LIMIT * 4 + 64 * 1024
_OWNER = re.compile(r"(?P<pid>[0-9]+)@(?P<host>[^-]*)-")


def folder_for(journal: Path) -> Path:
    """The private folder beside ``journal`` that holds texts being edited."""
    return journal.with_name(f".{journal.name}.editing")


def edit_text(text: str, journal: Path, suffix: str = ".md") -> str:
    """Let the user edit ``text`` in $VISUAL/$EDITOR (vi when unset); return the result."""
    # lazy: most commands open no editor, and subprocess costs start-up time
    import shlex
    import subprocess

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    folder = _private_folder(journal)
    name = folder / f"{os.getpid()}@{_host()}-{os.urandom(4).hex()}{suffix}"
    try:
        _write_new(name, text)
        try:
            subprocess.run([*shlex.split(editor), str(name)], check=True)
        except (OSError, ValueError, subprocess.CalledProcessError) as error:
            raise VeerkrachtError(t("core.editor_failed", editor=editor, reason=error)) from None
        return _read_back(name)
    finally:
        name.unlink(missing_ok=True)  # the editor may have removed it itself
        _remove_if_empty(folder)


def kept_path(journal: Path, key: str) -> Path:
    """Where an edited text that could not be read is kept for ``key`` (e.g. ``entry-<id>``).

    In the private editing folder, under a name :func:`sweep` leaves alone: a form with a
    mistake must survive the run that refused it, so the next edit of the same record opens it
    again (as git keeps a refused commit message) instead of the user's work being lost.
    """
    return folder_for(journal) / f"kept-{key}.txt"


def keep(journal: Path, key: str, text: str) -> Path:
    """Keep ``text`` as the edited text of ``key`` (replacing an older one); return its path."""
    folder = _private_folder(journal)
    target = folder / f"kept-{key}.txt"
    temporary = folder / f"kept-{key}-{os.getpid()}-{os.urandom(4).hex()}.part"
    _write_new(temporary, text)
    try:
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise VeerkrachtError(t("core.editor_unreadable", reason=error.strerror or error)) from None
    return target


def take_kept(journal: Path, key: str) -> str | None:
    """The text kept for ``key`` by an earlier edit, or ``None`` when there is none."""
    name = kept_path(journal, key)
    if not os.path.lexists(name):
        return None
    return _read_back(name)


def drop_kept(journal: Path, key: str) -> None:
    """Forget the kept text of ``key`` (it has been saved, or was not needed)."""
    folder = folder_for(journal)
    (folder / f"kept-{key}.txt").unlink(missing_ok=True)
    _remove_if_empty(folder)


def sweep(journal: Path) -> None:
    """Remove texts left by editing sessions whose veerkracht was killed (see the module)."""
    folder = folder_for(journal)
    try:
        names = os.listdir(folder)
    except OSError:  # none (the usual case), or not ours to read
        return
    for name in names:
        if _abandoned(name):
            (folder / name).unlink(missing_ok=True)
    _remove_if_empty(folder)


def _private_folder(journal: Path) -> Path:
    """The editing folder, made 0700; for a journal whose folder does not exist yet (a new
    journal, never encrypted) a private folder in the system's temporary folder."""
    folder = folder_for(journal)
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except FileNotFoundError:  # no journal folder yet
        import tempfile  # lazy: only this rare case needs it

        return Path(tempfile.mkdtemp(prefix="veerkracht-edit-"))
    except OSError as error:
        raise VeerkrachtError(t("core.editor_unreadable", reason=error.strerror or error)) from None
    if folder.is_symlink() or not folder.is_dir():
        raise VeerkrachtError(t("core.editor_unreadable", reason=f"{folder} is not a folder"))
    try:
        os.chmod(folder, 0o700)  # an older or hand-made one: private again before text goes in
    except OSError as error:
        raise VeerkrachtError(t("core.editor_unreadable", reason=error.strerror or error)) from None
    return folder


def _write_new(name: Path, text: str) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        handle = os.open(name, flags, 0o600)
    except OSError as error:
        raise VeerkrachtError(t("core.editor_unreadable", reason=error.strerror or error)) from None
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)


def _read_back(name: Path) -> str:
    """The edited text, read no further than it may be long, from an ordinary file only."""
    from veerkracht.db import files  # lazy: only an edit reads a file back

    try:
        return files.read_bounded(name, READ_LIMIT).decode("utf-8")
    except files.NotRegular:
        raise VeerkrachtError(t("core.editor_not_a_file")) from None
    except files.TooLarge:
        raise VeerkrachtError(t("core.editor_too_long", limit=TEXT_LIMIT)) from None
    except FileNotFoundError:  # an editor that removes its file (or saves elsewhere)
        raise VeerkrachtError(t("core.editor_removed")) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise VeerkrachtError(t("core.editor_unreadable", reason=reason)) from None


def _abandoned(name: str) -> bool:
    """Whether the text ``name`` was left by a process of this host that is gone."""
    owner = _OWNER.match(name)
    if owner is None or owner["host"] != _host() or os.name == "nt":
        return False  # another machine's (a synced folder), or no safe liveness test
    try:
        os.kill(int(owner["pid"]), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return False  # alive under another user, or no pid we can ask about
    return False


def _host() -> str:
    node = os.uname().nodename if hasattr(os, "uname") else ""
    return re.sub(r"[^A-Za-z0-9.]", "_", node)[:64]


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty (another edit is going on), or already gone
        pass
