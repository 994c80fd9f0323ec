"""``--redact-names``: the names of people logged with ``connect`` (and of those review items
were delegated to) replaced wherever they occur in free text, "[person 1]" and so on.

A name matches as a whole word whatever its case; each name keeps its number within one
document, numbered in the order the document first meets them. Names typed into free text
that were never logged cannot be known and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from veerkracht.i18n import t

# The fields of the summary's rows that hold what the user typed.
FREE_TEXT = frozenset({"reflection", "win", "text", "headline", "coach_question", "recovery_habit",
                       "title", "outcome_note", "note", "delegate_to", "who"})


class Redactor:
    """Replaces known names in text; ``Redactor([])`` replaces nothing."""

    def __init__(self, names: Iterable[str]) -> None:
        ordered = sorted({n.strip() for n in names if n.strip()}, key=lambda n: (-len(n), n))
        self._pattern = (re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)",
                                    re.IGNORECASE) if ordered else None)
        self._numbers: dict[str, int] = {}

    @property
    def replaced(self) -> int:
        """How many different names were replaced so far."""
        return len(self._numbers)

    def text(self, value: str) -> str:
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(self._label, value)

    def _label(self, match: re.Match[str]) -> str:
        number = self._numbers.setdefault(match.group(1).casefold(), len(self._numbers) + 1)
        return t("export.redacted_person", n=number)

    def rows(self, found: Any) -> Any:
        """``found`` (rows, nested lists and dicts) with the free-text fields redacted, in place."""
        if self._pattern is None:
            return found
        if isinstance(found, list):
            for item in found:
                self.rows(item)
        elif isinstance(found, dict):
            for key, value in found.items():
                if key in FREE_TEXT and isinstance(value, str):
                    found[key] = self.text(value)
                elif isinstance(value, (list, dict)):
                    self.rows(value)
        return found
