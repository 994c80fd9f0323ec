"""veerkracht: a private resilience journal for leaders."""

import os

__version__ = "0.1.0"

# A private journal loads no third-party pydantic plugins (telemetry among them); it also
# spares every command the scan of installed packages that looking for plugins costs.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
