"""The ``keyring`` package, loaded and asked as cheaply as a remembered journal allows (issue 17).

A remembered journal asks the OS keyring for its key on every command, so two costs of the
plain ``import keyring`` and ``keyring.get_password`` count, neither of which buys anything here:

1. Modules keyring imports for features veerkracht never uses: ``jaraco.context`` imports
   ``urllib.request`` (http.client, ssl, email) for downloading tarballs, ``jaraco.functools``
   imports ``more_itertools``, ``keyring.backend`` imports ``importlib_metadata`` (from Python
   3.12 ``importlib.metadata``) to look for backend plugins, ``keyring.core`` imports
   ``configparser`` to read its own config file, ``jaraco.context`` imports ``tempfile``
   for its temporary folders. :func:`load` puts a stand-in for each in ``sys.modules`` first
   (only for one not imported yet): the first use of any of its names imports the real module
   and answers from it, so code that uses them gets what it always got, and code that only
   imports them pays nothing. Two modules are used once as keyring loads, by one name each,
   for something that only matters later: ``logging.getLogger(__name__)`` (keyring logs only
   when something goes wrong) and ``tarfile.data_filter`` (``jaraco.context`` composes it into
   a filter for downloaded tarballs). Their stand-ins answer that one name themselves
   (:data:`ANSWERED`): a logger that becomes the real one at its first use, a function that
   calls the real one. Any other name loads the real module, as for the others.
2. Choosing the backend: without ``PYTHON_KEYRING_BACKEND`` or a ``keyringrc.cfg``, keyring
   scans the entry points of every installed package and imports every backend to weigh them
   (about 300 ms on the benchmark machine) before it asks one. The backend that took the key
   is remembered by its class name (``keyring.backends.SecretService.Keyring``; nothing secret)
   beside the list of remembered journals (see ``passphrases``), and :func:`remembered_backend`
   returns it without the scan: imported by that name, a subclass of keyring's backend class,
   viable here (its ``priority`` answers, as keyring's own ``load_keyring`` checks). Whenever
   keyring itself decides without a scan (the environment variable, its config file, a backend
   set in this process) or the name fails any check, it returns ``None`` and the caller asks
   keyring as before; a backend that fails or has no entry is followed by keyring's own choice.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
import threading
import types
from typing import Any

# Imported by keyring and its jaraco dependencies at start-up, used only for features veerkracht
# does not use (downloads, entry-point discovery, iterator helpers). See the module docstring.
DEFERRED = ("urllib.request", "more_itertools", "importlib_metadata", "importlib.metadata", "configparser",
            "tempfile", "logging", "tarfile" if sys.version_info >= (3, 12) else "backports.tarfile")
# The one name each of these modules is used by while keyring loads, which its stand-in answers
# without loading it (see the module docstring); jaraco.context picks the tarfile by version.
ANSWERED = {"logging": "getLogger", "tarfile": "data_filter", "backports.tarfile": "data_filter"}

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")
_lock = threading.RLock()


class _Deferred(types.ModuleType):
    """Stands in for a module until one of its names is used; then the real module answers."""

    def __getattr__(self, attribute: str) -> Any:  # only for names the stand-in lacks
        return getattr(_real(self), attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:
        """Once the real module is loaded, it is the one changed (``mock.patch`` looks a name up
        first, which loads it, then sets it here); before, only ``defer`` sets names."""
        real = self.__dict__.get("_deferred_real")
        if real is not None:
            setattr(real, attribute, value)
        else:
            super().__setattr__(attribute, value)

    def __delattr__(self, attribute: str) -> None:
        real = self.__dict__.get("_deferred_real")
        if real is not None:
            delattr(real, attribute)
        else:
            super().__delattr__(attribute)


class _LazyLogger:
    """``logging.getLogger(name)``, got at its first use: until then ``logging`` stays unloaded."""

    __slots__ = ("_stand_in", "_name")

    def __init__(self, stand_in: _Deferred, name: str | None) -> None:
        object.__setattr__(self, "_stand_in", stand_in)
        object.__setattr__(self, "_name", name)

    def _logger(self) -> Any:
        return _real(self._stand_in).getLogger(self._name)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._logger(), attribute)

    def __setattr__(self, attribute: str, value: Any) -> None:
        setattr(self._logger(), attribute, value)

    def __repr__(self) -> str:
        return repr(self._logger())


def _answer(stand_in: _Deferred, attribute: str) -> Any:
    """What ``stand_in`` answers for ``attribute`` (of :data:`ANSWERED`) before it is loaded."""
    if attribute == "getLogger":

        def get_logger(name: str | None = None) -> Any:
            if "_deferred_real" in stand_in.__dict__:  # loaded since: the real logger
                return stand_in.__dict__["_deferred_real"].getLogger(name)
            return _LazyLogger(stand_in, name)

        return get_logger

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(_real(stand_in), attribute)(*args, **kwargs)

    call.__name__ = call.__qualname__ = attribute
    return call


def _real(stand_in: _Deferred) -> types.ModuleType:
    """The real module of ``stand_in``, imported (once) on first use."""
    name = stand_in.__name__
    with _lock:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
            module = importlib.import_module(name)  # sets the parent package's attribute too
            object.__setattr__(stand_in, "_deferred_real", module)
    real = stand_in.__dict__.get("_deferred_real")
    return real if real is not None else importlib.import_module(name)


def defer(name: str) -> None:
    """Put a stand-in for module ``name`` in ``sys.modules`` unless it is imported already."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None:
        return  # not installed: importing it fails as it always did
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec  # the import system reads it; answering it must not load the module
    stand_in.__package__ = spec.parent
    if name in ANSWERED:
        object.__setattr__(stand_in, ANSWERED[name], _answer(stand_in, ANSWERED[name]))
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    if parent:  # ``import a.b`` binds ``a`` and code reads ``a.b``: the package holds the stand-in
        setattr(sys.modules[parent], child, stand_in)


def loaded(name: str) -> bool:
    """Whether module ``name`` is really imported (not absent, not only a stand-in)."""
    module = sys.modules.get(name)
    return module is not None and not (isinstance(module, _Deferred) and "_deferred_real" not in module.__dict__)


def load() -> types.ModuleType | None:
    """The ``keyring`` package, or ``None`` when it is not installed."""
    if "keyring" not in sys.modules:
        for name in DEFERRED:
            defer(name)
    try:
        import keyring  # optional extra: only journals the user chose to remember load it
    except ImportError:
        return None
    return keyring


def name_of(backend: object) -> str | None:
    """The dotted name :func:`remembered_backend` can load ``backend``'s class by, if any."""
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    if cls.__module__ == "__main__" or not _NAME.fullmatch(name):
        return None  # defined in a script or a function: not to be found again by name
    return name


def remembered_backend(keyring: types.ModuleType, name: str | None) -> Any | None:
    """The backend named ``name``, ready to ask, when keyring would otherwise scan for one.

    ``None`` when keyring decides without a scan (a backend already set in this process,
    ``PYTHON_KEYRING_BACKEND``, its ``keyringrc.cfg``) or when ``name`` is no usable backend:
    not a dotted name, not importable, not a keyring backend, not viable here. Never raises:
    whatever a third-party backend raises while it loads means "ask keyring as before".
    """
    if not name or not _NAME.fullmatch(name) or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        core = keyring.core
        if getattr(core, "_keyring_backend", None) is not None:  # set_keyring, or chosen already
            return None
        from keyring.backend import KeyringBackend  # optional extra, present here
        from keyring.util import platform_

        if (platform_.config_root() / "keyringrc.cfg").exists():  # keyring's own choice: no scan
            return None
        module_name, _, class_name = name.rpartition(".")
        cls = getattr(importlib.import_module(module_name), class_name)
        if not (isinstance(cls, type) and issubclass(cls, KeyringBackend)):
            return None
        cls.priority  # noqa: B018  raises where the backend is not viable, as keyring checks
        return cls()
    except Exception:  # a third-party backend that fails to load: keyring chooses, as before
        return None
