"""Reads and writes per area, as functions over a :class:`veerkracht.db.journal.Journal`.

The CLI never writes SQL; these modules never print.
"""
