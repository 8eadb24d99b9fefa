"""Reporting gaps: the rows a period cannot score because a quarter it needs is blank.

The rule is :func:`kinerja_cli.scoring.capaian.required_quarters` (every quarter of the period
for ``jumlah`` and ``rata-rata``, the period's last for ``terakhir``); such a row has no
capaian, its employee or unit is incomplete, and each row is one warning
``realisasi_periode_kosong`` naming the file, sheet, row and the blank cells. ``rekap``,
``ringkasan``, ``peringkat`` and ``dokumen`` put them in Masalah through the scoring;
``validasi --periode`` reports the same at the cells.
"""

from __future__ import annotations

from collections.abc import Iterable

from kinerja_cli import layout
from kinerja_cli.config import Config
from kinerja_cli.model import (
    IkuRecord,
    Issue,
    RowScore,
    SkpRecord,
    Submission,
    make_issue,
    realisasi_anchor,
)
from kinerja_cli.scoring.capaian import ROW_NO_REALISASI, ROW_QUARTER_BLANK, missing_quarters

GAP_REASONS = frozenset({ROW_NO_REALISASI, ROW_QUARTER_BLANK})


def reporting_gaps(
    sub: Submission,
    config: Config,
    quarters: int,
    periode: str,
    rows: Iterable[RowScore] | None = None,
) -> list[Issue]:
    """One ``realisasi_periode_kosong`` warning per valid IKU or SKP row of ``sub`` that
    lacks a quarter the period needs. ``rows``: only these scored rows are looked at (the
    scorer passes the rows it could not score; the rule is checked again here)."""
    wanted: set[tuple[str, int]] | None = None
    if rows is not None:
        wanted = {(r.sheet or "", r.row or 0) for r in rows if r.catatan in GAP_REASONS}
        if not wanted:
            return []
    issues: list[Issue] = []
    records: list[tuple[str, IkuRecord | SkpRecord]] = [
        *((layout.SHEET_IKU, r) for r in sub.iku),
        *((layout.SHEET_SKP, r) for r in sub.skp),
    ]
    for contract, rec in records:
        if wanted is not None and (rec.sheet, rec.row) not in wanted:
            continue
        ind = config.indicator_by_code(rec.kode) if rec.valid else None
        if ind is None or rec.target is None:
            continue
        blank = missing_quarters(rec.realisasi, ind.agregasi, quarters)
        if not blank:
            continue
        headers: list[str] = []
        cells: list[str] = []
        for q in blank:
            anchor = sub.anchors.get(realisasi_anchor(contract, q))
            headers.append(anchor[2] if anchor else layout.COL_REALISASI[q - 1])
            if anchor:
                cells.append(f"{anchor[1]}{rec.row}")
        issues.append(
            make_issue(
                "realisasi_periode_kosong",
                sub.path,
                sheet=rec.sheet,
                row=rec.row,
                cell=cells[0] if cells else None,
                column=headers[0],
                kolom=", ".join(headers),
                sel=", ".join(cells) or "-",
                periode=periode,
                indikator=rec.kode,
                agregasi=ind.agregasi,
            )
        )
    return issues
