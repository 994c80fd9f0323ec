"""Opening the user's $EDITOR on a piece of text."""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile

from veerkracht.errors import VeerkrachtError
from veerkracht.i18n import t


def edit_text(text: str, suffix: str = ".md") -> str:
    """Let the user edit ``text`` in $VISUAL/$EDITOR (vi when unset); return the result."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    handle, name = tempfile.mkstemp(prefix="veerkracht-", suffix=suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        try:
            subprocess.run([*shlex.split(editor), name], check=True)
        except (OSError, subprocess.CalledProcessError) as error:
            raise VeerkrachtError(t("core.editor_failed", editor=editor, reason=error)) from None
        try:
            with open(name, encoding="utf-8") as file:
                return file.read()
        except (OSError, UnicodeDecodeError) as error:
            raise VeerkrachtError(t("core.editor_unreadable", reason=error)) from None
    finally:
        os.unlink(name)
