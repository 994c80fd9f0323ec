"""The gentle signals in words: each rule's sentence, and the help line under two low weeks.

The sentences describe the user's own scores over their last *logged* days, never the person
(../shared/PROMPTS.md). Which signals show, and in what order, is decided in
``veerkracht.queries.signals``; the help line is given once, under two low weeks.
"""

from __future__ import annotations

from veerkracht.i18n import t, tn, words

WITH_HELP = ("two_low_weeks",)  # rules whose sentence is followed by where to find help


def worded(signal: dict) -> dict:
    """A signal as ``--json`` and the screens show it: ``{rule, message}``, and ``help``."""
    rule = signal["rule"]
    if rule == "low_week":  # counted: n of the last 7 logged days
        message = tn("report.signal_low_week", signal["n"])
    else:
        message = t(words.SIGNAL[rule])
    shaped = {"rule": rule, "message": message}
    if rule in WITH_HELP:
        shaped["help"] = t("report.help_line")
    return shaped
