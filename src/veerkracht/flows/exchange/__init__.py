"""Moving data out and in: JSON, CSV and the Markdown summary; import."""
