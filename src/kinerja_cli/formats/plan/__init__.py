"""kinerja's own plan workbook as an input format: the template ``kinerja templat`` writes
(its hidden metadata sheet names it), a .csv of its SKP sheet, or our feedback copy of either
sent back. The checks are the validator's (:func:`kinerja_cli.validate.workbook.check_plan`,
cell rules in :mod:`kinerja_cli.validate`); this is the entry the registry dispatches to, and
the format a workbook no other format takes is read as (:data:`kinerja_cli.formats.DEFAULT`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kinerja_cli import layout

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import Submission
    from kinerja_cli.readers.base import RawWorkbook


class PlanReader:
    """The plan workbook as a :class:`~kinerja_cli.formats.Reader`."""

    name = "plan"

    def detect(self, raw: RawWorkbook) -> bool:
        """The template's metadata sheet is there (a .csv or a workbook without it is read as
        a plan workbook only when no other format takes it)."""
        return layout.SHEET_META in raw.sheets

    def parse(
        self, raw: RawWorkbook, config: Config, *, tahun: int | None, hari_ini: date | None
    ) -> Submission:
        """Every sheet, table and cell checked; ``hari_ini`` is not used by this format."""
        from kinerja_cli.validate.workbook import check_plan

        return check_plan(raw, config, tahun=tahun)


READER = PlanReader()
