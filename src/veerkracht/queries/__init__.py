"""Every read-side figure, once: SQL aggregates over the journal, returned as plain data.

``energy`` and ``habits`` hold the figures the report and the coach summary share; ``report``
puts the report together, ``summary`` adds what only the coach summary lists, ``dashboard``
the few cheap figures of the bare command, ``signals`` the gentle signals. Every figure is a
true value with its n: rounding happens where it is shown (``veerkracht.domain.rounding``),
and words happen in ``render`` and ``cli``.
"""
