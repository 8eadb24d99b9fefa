"""What composes validation, the store and scoring: the stages the commands run in order.

The store (:mod:`kinerja_cli.store`) only keeps what it is given; this package puts the
stages together around it:

- :mod:`~kinerja_cli.pipeline.ingest`: read and validate files (sandboxed), then store each;
- :mod:`~kinerja_cli.pipeline.current`: score what the store holds (stored files checked with
  another config are validated again, then the rules across units apply);
- :mod:`~kinerja_cli.pipeline.status`: where each unit of the config stands (``kinerja status``);
- :mod:`~kinerja_cli.pipeline.trends`: the quarters of a year and every stored year scored.

Library API (no CLI)::

    with Store.open(path) as store:
        ingest_paths(store, ["masuk/"], config)          # read + validate + ingest a batch
        result = score_current(store, config, 2026)      # what the recap scores
        unit_status(store, config, 2026)                 # per unit: submitted or missing
"""

from kinerja_cli.pipeline.current import score_current
from kinerja_cli.pipeline.ingest import ingest_file, ingest_paths
from kinerja_cli.pipeline.status import unit_status

__all__ = ["ingest_file", "ingest_paths", "score_current", "unit_status"]
