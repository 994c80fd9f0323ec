"""Rich output: the report, its charts, the calendar and the dashboard.

Everything here draws figures that ``veerkracht.insights`` computed; nothing here queries.
Charts use block characters and shades, so they read without colour too.
"""
