"""Figures as people read them, in their language: ``5.2`` / ``5,2``, ``40%`` / ``40 %``.

Every figure shown to a person (the report, its SVG picture, the dashboard, the calendar, the
weekly review, the coach summary) is written by these functions; JSON and CSV never come here
(numbers stay numbers there, the same in every language).

- A figure is rounded once, by the one rule of :mod:`veerkracht.domain.rounding` (a tie away
  from zero), then written the language's way: its decimal sign and how it writes a
  percentage are words in its catalogue (``number.decimal_sign``, ``number.percent``), so a
  third language brings its own conventions with its ``.po`` and nothing else. Dutch writes
  ``5,2`` and ``40 %`` with a no-break space (U+00A0), which keeps "40 %" together where a
  Markdown viewer wraps lines.
- A negative figure has a real minus sign (U+2212), ``−0,4``, as the scales in the text are
  written.
- No :mod:`locale` and no ``setlocale``: that is process-wide, slow and differs from machine
  to machine; the language here is the one veerkracht speaks (``i18n.current()``).
"""

from __future__ import annotations

from veerkracht.domain.rounding import half_away
from veerkracht.i18n import t

MINUS = "\u2212"  # the minus sign, not the hyphen
NONE = "–"  # a figure there is none of (no days logged)


def _written(value: float, places: int, lang: str | None, sign: bool = False) -> str:
    rounded = half_away(value, places)
    text = f"{rounded:+.{places}f}" if sign else f"{rounded:.{places}f}"
    if places:
        text = text.replace(".", t("number.decimal_sign", lang=lang))
    return text.replace("-", MINUS)


def decimal(value: float | None, places: int = 1, lang: str | None = None) -> str:
    """``value`` with ``places`` decimals: ``5.2`` in English, ``5,2`` in Dutch; ``–`` for none."""
    return NONE if value is None else _written(value, places, lang)


def compact(value: float | None, lang: str | None = None) -> str:
    """One decimal, none when the figure is whole: ``7``, ``5.5`` / ``5,5`` (short cells)."""
    if value is None:
        return NONE
    rounded = half_away(value, 1)
    return _written(rounded, 0 if rounded.is_integer() else 1, lang)


def signed(value: float, places: int = 1, lang: str | None = None) -> str:
    """``value`` with its sign: ``+0.5`` / ``−1.2`` in English, ``+0,5`` / ``−1,2`` in Dutch."""
    return _written(value, places, lang, sign=True)


def percent(value: float | None, places: int = 0, lang: str | None = None) -> str:
    """A percentage (``value`` out of 100): ``40%`` in English, ``40 %`` in Dutch."""
    if value is None:
        return NONE
    return t("number.percent", lang=lang, value=_written(value, places, lang))
