"""The rules a year is scored with: the config kept in the store for that year."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.store.core import Store


def config_for_year(store: Store, tahun: int, current: Config | None) -> Config | None:
    """The rules ``tahun`` is scored with: ``current`` (the config file's) for its own year,
    else the config kept in the store for that year (:meth:`Store.config_text`), else
    ``current`` applied to that year when there is one (the year was ingested before configs
    were kept, or with the file of another year), else None."""
    if current is not None and current.tahun == tahun:
        return current
    text = store.config_text(tahun)
    if text is None:
        return current.for_year(tahun) if current is not None else None
    from kinerja_cli.config import parse_config_text

    kept = parse_config_text(text, source=f"{store.path} (konfigurasi tahun {tahun})")
    return kept.for_year(tahun)  # a file of another year used with --tahun is kept as written
