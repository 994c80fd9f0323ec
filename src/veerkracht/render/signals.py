"""The gentle signals in words: each rule's sentence, and the help line under two low weeks."""

from __future__ import annotations

from veerkracht.i18n import t
from veerkracht.i18n import words

WITH_HELP = ("two_low_weeks",)  # rules whose sentence is followed by where to find help


def worded(signal: dict) -> dict:
    """A signal as ``--json`` and the screens show it: ``{rule, message}``, and ``help``."""
    rule = signal["rule"]
    values = {key: value for key, value in signal.items() if key != "rule"}
    shaped = {"rule": rule, "message": t(words.SIGNAL[rule], **values)}
    if rule in WITH_HELP:
        shaped["help"] = t("report.help_line")
    return shaped
