"""A keyring backend that keeps its entries in one JSON file, for benchmarks/encryption.py.

The benchmark needs a keyring in a container without a desktop secret service. With this
folder on ``PYTHONPATH``, encryption.py makes it an installed plugin (an entry point in a
``.dist-info`` of its own), which keyring finds by scanning the installed packages, as it finds
a user's backend; ``encryption.py --keyring-env`` names it in
``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`` instead, which spares keyring that scan.
Never for real passphrases: the file is as private as its mode (0600) and no more.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

STORE_ENV = "BENCH_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[STORE_ENV])

    def _load(self) -> dict:
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        store = self._load()
        store[f"{service}\0{username}"] = password
        fd = os.open(self._path(), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(store, handle)

    def delete_password(self, service: str, username: str) -> None:
        store = self._load()
        store.pop(f"{service}\0{username}", None)
        self._path().write_text(json.dumps(store))
