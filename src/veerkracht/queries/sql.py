"""SQL pieces several figures share, written once: ISO weeks, quadrants, periods of records.

Every piece takes the period as ``:since``/``:until`` (ISO days). A stamp's first ten
characters are the user's local day (see ``veerkracht.clock``).
"""

from __future__ import annotations


def iso_week_sql(column: str) -> str:
    """SQL for the ISO week label (``2026-W47``) of a ``YYYY-MM-DD`` column.

    The week's Thursday decides its ISO year; SQLite has no %G/%V before 3.46.
    """
    thursday = f"date({column}, '-3 days', 'weekday 4')"
    return (
        f"printf('%s-W%02d', strftime('%Y', {thursday}), "
        f"(CAST(strftime('%j', {thursday}) AS INTEGER) - 1) / 7 + 1)"
    )


def quadrant_sql(alias: str) -> str:
    """SQL for a review item's quadrant: its decision, or else the one its two answers give.

    An item not sorted yet (an answer missing) is in no quadrant: NULL.
    """
    return f"""coalesce({alias}.decision, CASE
        WHEN {alias}.urgent IS NULL OR {alias}.important IS NULL THEN NULL
        WHEN {alias}.urgent AND {alias}.important THEN 'do'
        WHEN {alias}.important THEN 'schedule'
        WHEN {alias}.urgent THEN 'delegate' ELSE 'drop' END)"""


def reviews_of_period(alias: str) -> str:
    """SQL that holds for the reviews of the ISO weeks the period touches."""
    return f"{alias}.iso_week BETWEEN {iso_week_sql(':since')} AND {iso_week_sql(':until')}"


def action_state(alias: str) -> str:
    """SQL for an action's status at the end of the period (closed later: still open then)."""
    return (f"CASE WHEN {alias}.status != 'open' AND substr({alias}.closed_at, 1, 10) > :until "
            f"THEN 'open' ELSE {alias}.status END")


def actions_of_period(alias: str) -> str:
    """SQL that holds for the period's actions: made in it, closed in it, or open at its end."""
    made, closed = f"substr({alias}.created_at, 1, 10)", f"substr({alias}.closed_at, 1, 10)"
    return (f"{made} <= :until AND ({made} >= :since OR {action_state(alias)} = 'open' "
            f"OR {closed} BETWEEN :since AND :until)")
