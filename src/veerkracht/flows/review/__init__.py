"""The weekly urgent-vs-important review: its steps, its answers, its options."""
