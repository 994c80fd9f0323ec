"""One per-run Context: what every command of this run shares (filled in by the root callback)."""
