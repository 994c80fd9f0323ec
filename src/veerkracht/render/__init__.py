"""Rich output (the report, its charts, the calendar, the dashboard, entries) and the
Markdown export.

Everything here draws figures that ``veerkracht.queries`` and the stores computed; nothing
here queries. Charts use block characters and shades, so they read without colour too.
"""
