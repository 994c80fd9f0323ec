"""Correcting one item of a weekly review: ``review edit`` and ``review delete``.

An item is found by its ID, a prefix or its handle (``review show`` shows it). A review's
intentions are actions, corrected with ``actions edit``; an intention's ID given here says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from veerkracht.db.journal import Journal
from veerkracht.domain.models import ReviewItemIn, validate
from veerkracht.domain.vocabulary import quadrant
from veerkracht.errors import InvalidValue, VeerkrachtError
from veerkracht.flows.review import answers
from veerkracht.i18n import N_, t
from veerkracht.store import actions, ids
from veerkracht.store import reviews as store

_KIND = N_("review.kind_item")


@dataclass(frozen=True)
class Changes:
    """What ``review edit`` was told to change; ``None`` leaves a field as it is."""

    title: str | None = None
    note: str | None = None
    urgent: bool | None = None
    important: bool | None = None
    decision: str | None = None  # '' goes back to the quadrant's own
    delegate_to: str | None = None  # '' removes the name
    stop: str | None = None  # stop, pause, shrink or sprint; '' takes it off the stop list

    def __bool__(self) -> bool:
        return any(value is not None for value in vars(self).values())


def item_id(journal: Journal, ref: str) -> str:
    """The full ID of the item ``ref`` names; an intention's ID is pointed to ``actions``."""
    try:
        return ids.resolve(journal, "review_items", ref, _KIND)
    except VeerkrachtError:
        try:
            action = actions.get(journal, ids.resolve(journal, "actions", ref, N_("cycle.kind_action")))
        except VeerkrachtError:
            action = None
        if action is not None and action["origin"] == "review":
            raise VeerkrachtError.of("review.item_is_intention", ref=ref) from None
        raise


def edit(journal: Journal, ref: str, changes: Changes) -> dict | None:
    """Apply ``changes`` to one item in one transaction; return it as stored (with its week),
    or ``None`` when nothing changed. Bad values raise InvalidValue and write nothing."""
    decision = answers.decision(changes.decision) if changes.decision is not None else None
    stop_kind = answers.stop_kind(changes.stop) if changes.stop else None
    with journal.write():
        found = item_id(journal, ref)
        current = store.get_item(journal, found)
        before = validate(
            ReviewItemIn,
            **{key: current[key] for key in ("title", "urgent", "important", "delegate_to", "note")},
            decision=current["decision_given"],
        )
        fields = before.model_dump() | {
            key: value
            for key, value in (
                ("title", changes.title),
                ("note", changes.note),
                ("urgent", changes.urgent),
                ("important", changes.important),
                ("delegate_to", changes.delegate_to),
            )
            if value is not None
        }
        if changes.decision is not None:
            fields["decision"] = decision
        if (fields["decision"] or quadrant(fields["urgent"], fields["important"])) != "delegate":
            if changes.delegate_to:
                raise InvalidValue(t("review.to_needs_delegate"))
            fields["delegate_to"] = None  # a name only goes with delegating
        item = validate(ReviewItemIn, **fields)
        # on the stop list with a kind, or (stopped before there were kinds) without one
        was = (bool(current["stop"] or current["stop_kind"]), current["stop_kind"])
        stop = was if changes.stop is None else (stop_kind is not None, stop_kind)
        if item == before and stop == was:
            return None
        store.update_item(journal, found, item, stop=stop[0], stop_kind=stop[1])
        return store.get_item(journal, found)


def delete(journal: Journal, found: str) -> None:
    """Remove the item with the full ID ``found`` (see :func:`item_id`)."""
    store.delete_item(journal, found)
