"""veerkracht: a private resilience journal for leaders."""

__version__ = "0.1.0"
