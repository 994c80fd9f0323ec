"""veerkracht: a private resilience journal for leaders."""

from __future__ import annotations

import gc
import os
import sys
import types

__version__ = "0.1.0"

# A private journal loads no third-party pydantic plugins (telemetry among them); it also
# spares every command the scan of installed packages that looking for plugins costs.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

_PLUGIN_LOADER = "pydantic.plugin._loader"
_PLUGINS_OFF = ("__all__", "1", "true")  # the values pydantic's own loader reads as "none"


def _plugins_off() -> bool:
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF


def _get_plugins() -> object:  # an iterable of plugins, as pydantic's own
    """pydantic's ``get_plugins``: none while plugins are off, else pydantic's own answer."""
    if _plugins_off():
        return ()
    import importlib

    sys.modules.pop(_PLUGIN_LOADER, None)  # switched on meanwhile: hand over to the real loader
    return importlib.import_module(_PLUGIN_LOADER).get_plugins()


def skip_pydantic_plugin_scan() -> None:
    """Stand in for ``pydantic.plugin._loader`` while plugins are off.

    The loader imports ``importlib.metadata`` (with ``email``, ``socket`` and more: 35-50 ms
    on the benchmark machine) only to look for plugins that the setting above switches off,
    and Typer builds a pydantic TypeAdapter for each option given a value, so every command
    paid that import while the do-nothing Typer app of the budgets, which has no options, did
    not. pydantic uses one name of the module, ``get_plugins`` (tests/test_imports.py checks
    that against pydantic's source); with plugins switched on again it answers as before.
    Called by ``veerkracht.app`` (the Typer commands), not here: ``nudge`` loads no pydantic.
    """
    if _plugins_off() and _PLUGIN_LOADER not in sys.modules:
        from importlib.machinery import ModuleSpec  # loaded with the interpreter already

        stand_in = types.ModuleType(_PLUGIN_LOADER, _get_plugins.__doc__)
        stand_in.__spec__ = ModuleSpec(_PLUGIN_LOADER, None)  # find_spec() answers for it
        stand_in.get_plugins = _get_plugins  # type: ignore[attr-defined]
        sys.modules[_PLUGIN_LOADER] = stand_in


_collection_paused = False


def pause_collection() -> None:
    """Python's cycle collector off while the console script loads what its command needs.

    Loading Typer, Click, pydantic and Rich makes tens of thousands of objects, every one of
    them alive until the process ends, and the collector walks them again and again while they
    are made (each full collection over everything made so far): 2-3 % of the instructions of
    ``entries --last 30`` and 5-6 % of its wall time on the benchmark machine. Called first by
    the console script (``veerkracht.entry``); the command's own work runs with the collector
    on again (``resume_collection``), so what it makes is collected as always.
    """
    global _collection_paused
    if gc.isenabled():
        gc.disable()
        _collection_paused = True


def resume_collection() -> None:
    """The collector on again when ``pause_collection`` took it off (else nothing changes).

    What was loaded meanwhile is frozen (``gc.freeze``): it lives as long as the process, so
    the collections of the command's own work leave it out instead of walking it each time.
    Called by ``veerkracht.app`` when a command starts, and on the way out.
    """
    global _collection_paused
    if _collection_paused:
        _collection_paused = False
        gc.freeze()
        gc.enable()
