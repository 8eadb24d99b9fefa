"""The local store (``kinerja.db``): every file received, its versions, records and issues.

Library API (no CLI)::

    with Store.open(path) as store:
        result = store.ingest(submission, data)          # one transaction per file
        subs = store.current_submissions(2026)          # what the recap scores
        store.sources(2026)                              # the recap's Sumber sheet
        store.history(tahun=2026)                        # every stored version
        store.export_originals("pulih/")                 # the original bytes back

Persistence only: it never validates nor scores (what reads, validates and stores a batch,
and scoring from the store, is :mod:`kinerja_cli.pipeline`). SQLite specifics live in
:mod:`kinerja_cli.store.sqlite` only, PostgreSQL's in :mod:`kinerja_cli.store.postgres`.
"""

from kinerja_cli.store.core import Store, is_counted, unit_key
from kinerja_cli.store.models import IngestResult, IngestStatus, StoredVersion
from kinerja_cli.store.schema import DEFAULT_BUSY_TIMEOUT, SCHEMA_VERSION

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "SCHEMA_VERSION",
    "IngestResult",
    "IngestStatus",
    "Store",
    "StoredVersion",
    "is_counted",
    "unit_key",
]
