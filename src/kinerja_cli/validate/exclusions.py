"""``pengecualian.csv``: the employees a BKD leaves out of the e-Kinerja coverage, and why.

Two columns found by name in the first rows (any order, any case; other columns ignored):
``NIP`` and ``alasan`` (pensiun, mutasi, hukuman disiplin, tugas belajar, CLTN; case and
spaces do not matter). Read like a unit file (within the safety limits, .csv in any common
encoding and delimiter, or .xlsx/.ods); every problem is an issue at its cell: a NIP that is
not one, an unknown reason, a NIP listed twice. Rows with a problem are not used.
"""

from __future__ import annotations

from pathlib import Path

from kinerja_cli import layout
from kinerja_cli.config import Config
from kinerja_cli.model import Issue
from kinerja_cli.scoring.sources import ALASAN_PENGECUALIAN
from kinerja_cli.validate.context import Ctx, text_value
from kinerja_cli.validate.files import EXCLUSIONS_FILE
from kinerja_cli.validate.tables import Table, header_text

_SCAN = 10


def read_exclusions(path: str | Path, config: Config) -> tuple[dict[str, str], list[Issue]]:
    """NIP -> alasan of the usable rows, and the issues of ``path``."""
    from kinerja_cli.validate.files import read_file

    raw, failed = read_file(path, config)
    if raw is None:
        assert failed is not None
        return {}, failed.issues
    ctx = Ctx(file=raw.display_name, config=config, tahun=config.tahun)
    sheet = next(iter(raw.sheets.values()), None)
    found = None
    for r in range(1, min(len(sheet.rows), _SCAN) + 1 if sheet else 0):
        assert sheet is not None
        names = {layout.normalize_header(str(v)): c for c, v in enumerate(sheet.rows[r - 1], 1)}
        if "nip" in names and "alasan" in names:
            found = (r, names["nip"], names["alasan"])
            break
    if sheet is None or found is None:
        ctx.add("pengecualian_kolom_tidak_ada", sheet=sheet.name if sheet else None)
        return {}, ctx.issues
    header_row, nip_col, alasan_col = found
    table = Table(
        sheet=sheet,
        header_row=header_row,
        data_start=header_row + 1,
        cols={layout.COL_NIP: nip_col, "alasan": alasan_col},
        headers={
            layout.COL_NIP: header_text(sheet.rows[header_row - 1][nip_col - 1]),
            "alasan": header_text(sheet.rows[header_row - 1][alasan_col - 1]),
        },
    )
    from kinerja_cli.validate.rows import read_nip, report_nip_twice

    out: dict[str, str] = {}
    rows_of: dict[str, list[int]] = {}
    for r in range(table.data_start, len(sheet.rows) + 1):
        if table.row_blank(r, [nip_col, alasan_col]):
            continue
        nip = read_nip(ctx, table, r)
        raw_alasan = text_value(table.value(r, "alasan"))
        alasan = " ".join((raw_alasan or "").lower().split())
        if alasan not in ALASAN_PENGECUALIAN:
            ctx.at(
                table,
                r,
                "alasan",
                "pengecualian_alasan_tidak_dikenal",
                nilai=raw_alasan,
                teks=raw_alasan or "",
            )
            continue
        if nip is not None:
            rows_of.setdefault(nip, []).append(r)
            out.setdefault(nip, "CLTN" if alasan == "cltn" else alasan)
    report_nip_twice(ctx, table, rows_of)
    for nip, at in rows_of.items():
        if len(at) > 1:
            out.pop(nip, None)
    return out, ctx.issues


def find_exclusions(given: Path | None, folders: list[Path], config_dir: Path) -> Path | None:
    """The exclusions list a recap uses: ``given``, else a :data:`EXCLUSIONS_FILE` in one of
    the folders given to the command (the first found), else one beside the config."""
    if given is not None:
        return given
    for folder in [*(f for f in folders if f.is_dir()), config_dir]:
        if (folder / EXCLUSIONS_FILE).is_file():
            return folder / EXCLUSIONS_FILE
    return None


__all__ = ["EXCLUSIONS_FILE", "find_exclusions", "read_exclusions"]
