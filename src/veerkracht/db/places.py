"""Where veerkracht keeps its files per user: platformdirs' answer, without loading it for the
usual Linux case (issue 17).

``platformdirs`` takes about 2 ms to import (its Unix module loads ``tempfile`` and ``random``),
and every command on a journal at its default place, and every encrypted journal (the list of
remembered journals), asks it for one folder. On Linux, when the environment is unambiguous
(the XDG variable unset, empty or an absolute path; ``HOME`` an absolute path), platformdirs
gives the XDG Base Directory answer (checked against 4.0.0, 4.2.2 and 4.14.9), which
:func:`user_path` computes itself. Anything else (another system, Android, a relative or blank
variable, no usable ``HOME``) asks platformdirs. ``tests/test_places.py`` holds the two to
each other.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

APP = "veerkracht"
# kind → (the XDG variable, the folder under HOME when it is unset or empty)
_XDG = {"config": ("XDG_CONFIG_HOME", ".config"), "data": ("XDG_DATA_HOME", ".local/share")}


def user_path(kind: Literal["config", "data"]) -> Path:
    """The user's ``kind`` folder for veerkracht, as ``platformdirs.user_<kind>_path`` says."""
    fast = _xdg_path(kind)
    if fast is not None:
        return fast
    # lazy: platformdirs costs milliseconds that the usual Linux case never needs
    import platformdirs

    return platformdirs.user_config_path(APP) if kind == "config" else platformdirs.user_data_path(APP)


def _xdg_path(kind: str) -> Path | None:
    """The XDG answer where platformdirs certainly gives it; ``None`` where it may not."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or os.environ.get("ANDROID_DATA"):
        return None
    variable, under_home = _XDG[kind]
    base = os.environ.get(variable, "")
    if not base:
        home = os.environ.get("HOME", "")
        if not home.startswith("/"):
            return None  # platformdirs versions differ here (the password database or not)
        base = home.rstrip("/") + "/" + under_home
    elif not base.startswith("/"):
        return None  # relative: platformdirs versions differ on it (used, or ignored)
    return Path(os.path.join(base, APP))
