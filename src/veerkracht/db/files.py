"""Writing and reading the files veerkracht makes or is given, safely.

Writing (exports, the report's picture, backups, copies made before a migration): every file is
first written to a new private file beside its destination (created 0600 with O_EXCL, never
through a link), fsynced, and only then given its name, and the folder is fsynced. So a kill or
a full disk at any moment leaves the old file or the complete new one under the name, never half
of one; what may be left is a hidden ``.NAME.*.partial`` file. A destination that is a link
(dangling or not) is refused: writing through it would put the file somewhere else. An existing
destination is refused unless ``force``; numbered names (backups, copies before a migration,
whose names carry the second) take the next free ``-2``, ``-3``, … instead.

Reading (import files, the editor's result, standard input): bounded by what is actually read,
never by ``st_size``, which a device, a FIFO or ``/proc`` file does not tell truly; only regular
files are read.

This is the db layer: errors carry catalogue keys (``core.file_*``), worded by whoever shows them.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from veerkracht.errors import JournalError

TEMP_SUFFIX = ".partial"
# Errors of file systems without hard links: publishing falls back to check-then-rename there.
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_MOST_NUMBERS = 1000


# -- writing ---------------------------------------------------------------------------------


def check_destination(target: Path, *, force: bool = False) -> None:
    """Refuse a destination that is a link, a folder or something other than a file, or that
    exists without ``force``: called before the work, so a refusal costs nothing."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as error:
        raise _unwritable(target, error) from None
    if stat.S_ISLNK(info.st_mode):
        raise JournalError.of("core.file_is_link", path=target)
    if stat.S_ISDIR(info.st_mode):
        raise JournalError.of("core.file_is_folder", path=target)
    if not stat.S_ISREG(info.st_mode):
        raise JournalError.of("core.file_not_regular", path=target)
    if not force:
        raise JournalError.of("core.file_exists", path=target)


def write_bytes(target: Path, data: bytes, *, force: bool = False) -> Path:
    """Write ``data`` to ``target`` all or nothing (see the module)."""

    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    return save(target, fill, force=force)


def save(target: Path, fill: Callable[[BinaryIO], None], *, force: bool = False) -> Path:
    """Write ``target`` all or nothing: ``fill`` writes the content into an open private file."""

    def through_handle(temp: Path, fd: int) -> None:
        with os.fdopen(fd, "wb", closefd=False) as handle:
            fill(handle)

    return _place(target, through_handle, force=force, numbered=False)


def save_by_path(
    target: Path, fill: Callable[[Path], None], *, force: bool = False, numbered: bool = False
) -> Path:
    """Like :func:`save`, for writers that need a path (SQLite's backup API opens it itself).

    With ``numbered``, a taken name becomes ``NAME-2.EXT``, ``NAME-3.EXT``, … Returns the name
    the file got.
    """
    return _place(target, lambda temp, fd: fill(temp), force=force, numbered=numbered)


def _place(target: Path, fill: Callable[[Path, int], None], *, force: bool, numbered: bool) -> Path:
    target = Path(target)
    if not numbered:
        check_destination(target, force=force)
    temp, fd = _create_temp(target)
    try:
        try:
            fill(temp, fd)
            # The content is on disk before it gets its name; fsync covers the whole file,
            # also what a writer by path (SQLite) wrote through its own handle.
            os.fsync(fd)
        finally:
            os.close(fd)
        final = _publish(temp, target, force=force, numbered=numbered)
    except OSError as error:
        discard(temp)
        raise _unwritable(target, error) from None
    except BaseException:
        discard(temp)
        raise
    _sync_folder(final.parent)
    return final


def _create_temp(target: Path) -> tuple[Path, int]:
    # The target's name shortened, so a long name still leaves room for the token.
    temp = target.with_name(f".{target.name[:180]}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
    try:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
    except OSError as error:
        raise _unwritable(target, error) from None
    try:
        os.fchmod(fd, 0o600)  # exactly: a strict umask (0277) would leave SQLite unable to write it
    except (AttributeError, OSError):  # no fchmod (Windows): O_CREAT's mode is what we have
        pass
    return temp, fd


def _publish(temp: Path, target: Path, *, force: bool, numbered: bool) -> Path:
    """Give ``temp`` its name: replacing (``force``), or only where no file is (hard link,
    which fails atomically when the name is taken, so two writers never overwrite each other)."""
    if force and not numbered:
        check_destination(target, force=True)  # still no link or folder since the work began
        os.replace(temp, target)
        return target
    for number in range(1, _MOST_NUMBERS + 1):
        candidate = target if number == 1 else _numbered(target, number)
        try:
            _link_new(temp, candidate)
        except FileExistsError:
            if not numbered:
                raise JournalError.of("core.file_exists", path=target) from None
            continue
        return candidate
    raise JournalError.of("core.file_exists", path=target)


def _link_new(temp: Path, name: Path) -> None:
    try:
        os.link(temp, name)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
        if os.path.lexists(name):  # no hard links here: check, then rename (a tiny race)
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(name)) from None
        os.rename(temp, name)
        return
    os.unlink(temp)


def _numbered(target: Path, number: int) -> Path:
    return target.with_name(f"{target.stem}-{number}{target.suffix}")


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a platform without directory handles (Windows): the rename is done
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself has happened
    finally:
        os.close(fd)


def discard(path: Path) -> None:
    """Remove ``path`` and what SQLite may have put beside it, if there."""
    for name in [path] + [path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm")]:
        try:
            name.unlink()
        except FileNotFoundError:
            pass


def _unwritable(target: Path, error: OSError) -> JournalError:
    return JournalError.of("core.file_unwritable", path=target, reason=error.strerror or error)


# -- reading ---------------------------------------------------------------------------------


class TooLarge(Exception):
    """More than the limit was there to read."""


class NotRegular(Exception):
    """The path is a device, a FIFO, a socket or a folder: not a file to read."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (links followed), at most ``limit`` of them.

    Opened without blocking, so a FIFO does not wait for a writer; the kind of file is judged
    on the open handle, so it cannot be swapped in between. Raises :class:`NotRegular`,
    :class:`TooLarge`, or ``OSError`` for the caller to word.
    """
    fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegular(str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return read_stream(handle, limit)
    finally:
        os.close(fd)


def read_stream(handle: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes from ``handle``; :class:`TooLarge` when there are more."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
