"""The fixed words of the journal: every set of codes once, in the order they are shown.

Codes are stored, exported and accepted as options exactly as written here (English, lower
case); their words in the user's language are in the message catalogue, under keys built from
them (``cycle.pillar_values``, ``review.q_do``, ``cycle.kind_one-on-one`` …). The journal's
CHECK constraints repeat some of these sets in SQL: a shipped migration never changes, so a new
code needs a new migration as well as its place here.
"""

from __future__ import annotations

from veerkracht.i18n import t, words

# -- the guided cycle -------------------------------------------------------------------------
# vertragen (What?) → verdiepen (So what?) → versnellen (Now what?)
PHASES = ("vertragen", "verdiepen", "versnellen")
# core values, social connection, mental stamina
PILLARS = ("values", "connect", "stamina")
CYCLE_STATUSES = ("draft", "complete")

# -- values, contacts, actions ----------------------------------------------------------------
SCOPES = ("personal", "organisation")
CONNECTION_KINDS = ("checkin", "one-on-one", "peer", "team")
ACTION_STATUSES = ("open", "done", "dropped")  # review items close the same ways
ORIGINS = ("manual", "cycle", "review")  # where an action was born
OUTCOMES = ("done", "partly", "not")  # how a review's intention went

# -- the weekly review ------------------------------------------------------------------------
# The urgent × important quadrants, each named after what it asks you to do with an item.
QUADRANTS = ("do", "schedule", "delegate", "drop")
# A decision is one quadrant's action, chosen for an item whatever its own quadrant.
DECISIONS = QUADRANTS
# What the stop list does with an item (review_items.stop_kind, migration m002).
STOP_KINDS = ("stop", "pause", "shrink", "sprint")

QUADRANT_OF = {
    (True, True): "do",
    (False, True): "schedule",
    (True, False): "delegate",
    (False, False): "drop",
}


def quadrant(urgent: bool, important: bool) -> str:
    """The quadrant code of an item: do, schedule, delegate or drop."""
    return QUADRANT_OF[(bool(urgent), bool(important))]


def quadrant_name(code: str) -> str:
    """A quadrant or decision in the user's language (doen, inplannen, …)."""
    return t(words.QUADRANT[code])
