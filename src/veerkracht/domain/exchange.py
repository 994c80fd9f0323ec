"""What names a veerkracht export file, and which versions of it there are.

Kept apart from ``records.py`` (the pydantic models that check an import) so that writing an
export loads no pydantic.
"""

from typing import Final

FORMAT: Final = "veerkracht"
# The export file's version; raise it when a record's meaning changes, and teach
# ``flows.exchange.importing.veerkracht_file`` to read the older ones. 1: stamps in UTC.
# 2: stamps in the user's local time with its offset (see ``veerkracht.clock``), review items
# carry stop_kind.
VERSION: Final = 2
