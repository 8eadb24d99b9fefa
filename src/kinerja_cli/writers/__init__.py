"""Writers: every output of a :class:`~kinerja_cli.model.ScoreResult` (recap workbook, ranked
lists, summary, issue lists) and the formula-injection neutraliser they all share.

Nothing here computes a score. The names below are imported on first use
(:func:`kinerja_cli.lazy.lazy_attributes`): ``kinerja validasi`` needs only the issue list
renderers and must not pay for the recap writer, the scoring engine and xlsxwriter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_cli.lazy import lazy_attributes

if TYPE_CHECKING:
    from kinerja_cli.writers.ranking import write_ranking_xlsx
    from kinerja_cli.writers.recap import SHEETS, write_recap
    from kinerja_cli.writers.safe import csv_field, safe_text
    from kinerja_cli.writers.shape import (
        PEGAWAI_FIELDS,
        UNIT_FIELDS,
        pembinaan_rows,
        ranking_csv,
        ranking_rows,
        recap_filename,
        summary,
        summary_markdown,
        summary_table,
    )

_SHAPE = "kinerja_cli.writers.shape"
_SAFE = "kinerja_cli.writers.safe"
_LAZY = {
    "write_ranking_xlsx": "kinerja_cli.writers.ranking",
    "SHEETS": "kinerja_cli.writers.recap",
    "write_recap": "kinerja_cli.writers.recap",
    "csv_field": _SAFE,
    "safe_text": _SAFE,
    "PEGAWAI_FIELDS": _SHAPE,
    "UNIT_FIELDS": _SHAPE,
    "pembinaan_rows": _SHAPE,
    "ranking_csv": _SHAPE,
    "ranking_rows": _SHAPE,
    "recap_filename": _SHAPE,
    "summary": _SHAPE,
    "summary_markdown": _SHAPE,
    "summary_table": _SHAPE,
}

__all__ = [
    "PEGAWAI_FIELDS",
    "SHEETS",
    "UNIT_FIELDS",
    "csv_field",
    "pembinaan_rows",
    "ranking_csv",
    "ranking_rows",
    "recap_filename",
    "safe_text",
    "summary",
    "summary_markdown",
    "summary_table",
    "write_ranking_xlsx",
    "write_recap",
]

__getattr__ = lazy_attributes(__name__, _LAZY)
