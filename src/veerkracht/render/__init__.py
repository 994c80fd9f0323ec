"""Rich output (tables, charts, calendar) and the Markdown export; never any I/O of data."""
