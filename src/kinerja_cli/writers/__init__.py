"""Writers: every output of a :class:`~kinerja_cli.model.ScoreResult` (recap workbook, ranked
lists, summary) and the formula-injection neutraliser they all share.

Nothing here computes a score. Heavy libraries (xlsxwriter) are imported inside functions.
"""

from __future__ import annotations

from kinerja_cli.writers.ranking import write_ranking_xlsx
from kinerja_cli.writers.recap import SHEETS, write_recap
from kinerja_cli.writers.safe import csv_field, looks_like_formula, safe_text
from kinerja_cli.writers.shape import (
    PEGAWAI_FIELDS,
    UNIT_FIELDS,
    parse_periode,
    pembinaan_rows,
    ranking_csv,
    ranking_rows,
    recap_filename,
    summary,
    summary_markdown,
    summary_table,
)

__all__ = [
    "PEGAWAI_FIELDS",
    "SHEETS",
    "UNIT_FIELDS",
    "csv_field",
    "looks_like_formula",
    "parse_periode",
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
