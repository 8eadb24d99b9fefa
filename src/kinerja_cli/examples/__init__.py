"""``kinerja contoh``: filled example workbooks with planted mistakes.

The package has no import cycle: :mod:`.data` (names, profiles) <- :mod:`.units` (the people,
their SKP and IKU rows, the planned mistakes) <- :mod:`.workbook` (filling the unit templates,
the manifest) <- this module (:func:`generate_examples`, the one entry point of the command).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.errors import UsageError
from kinerja_cli.examples.units import (
    DEFAULT_SEED,
    EXPECTED_KODE,
    MANIFEST_NAME,
    MISTAKES,
    SIMPAN_ULANG_ODS,
    SIMPAN_ULANG_XLS,
    ExampleFile,
    ExampleUnit,
    ProgressFn,
    build_example_units,
)

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.safety.paths import WriteFailure

__all__ = [
    "DEFAULT_SEED",
    "EXPECTED_KODE",
    "MANIFEST_NAME",
    "MISTAKES",
    "SIMPAN_ULANG_ODS",
    "SIMPAN_ULANG_XLS",
    "ExampleFile",
    "ExampleUnit",
    "build_example_units",
    "check_out_dir",
    "check_year",
    "generate_examples",
    "read_manifest",
]


def generate_examples(
    config: Config,
    out_dir: str | Path,
    *,
    seed: int = DEFAULT_SEED,
    units: Iterable[str] | None = None,
    convert: bool | None = None,
    on_progress: ProgressFn | None = None,
    tahun: int | None = None,
    failed: list[WriteFailure] | None = None,
) -> list[ExampleFile]:
    """Write one filled example workbook per unit of ``config`` into ``out_dir``, plus
    ``MANIFEST.json``; return the files written (config order).

    ``units``: only these unit codes (case-insensitive; the data of the others is still
    generated so every file is the same as in a full run). ``convert``: re-save the units of
    the plan as ``.ods``/``.xls`` with LibreOffice; None = when ``soffice`` is on PATH. Without
    it those units are written as ``.xlsx`` and the file's ``note`` says so. ``tahun``: an
    earlier year than the config's (the same people, the config's year following that year's
    coaching list, see :func:`build_example_units`); later years are refused.

    Every file is written only inside ``out_dir`` (a symlink at a file's name pointing out of
    it is refused, :func:`kinerja_cli.safety.paths.contained`). With ``failed`` given, a file
    that cannot be written is recorded there and the others (and the manifest, listing the
    files written) are still written; without, the first failure is raised.
    """
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.safety.paths import write_failure
    from kinerja_cli.template import resolve_unit

    check_year(config, tahun)
    folder = check_out_dir(out_dir)
    chosen = None if units is None else {resolve_unit(config, k).kode for k in units}
    soffice = shutil.which("soffice") if convert is not False else None
    all_units = build_example_units(config, seed=seed, tahun=tahun)
    config = config.for_year(tahun if tahun is not None else config.tahun)
    by_code = {u.kode: u for u in all_units}
    todo = [u for u in all_units if chosen is None or u.kode in chosen]
    from kinerja_cli.examples import workbook as xw

    previous = xw.read_manifest_dict(folder)
    files: list[ExampleFile] = []
    with tempfile.TemporaryDirectory(prefix="kinerja-contoh-") as tmp_name:
        tmp = Path(tmp_name)
        for i, unit in enumerate(todo, start=1):
            try:
                ex = xw.write_unit(config, unit, by_code, folder, tmp, soffice, convert is False)
            except (KinerjaError, OSError) as exc:
                if failed is None:
                    raise
                failed.append(write_failure(unit.kode, folder, exc))
                continue
            xw.remove_stale_siblings(folder, ex, previous)
            files.append(ex)
            if on_progress is not None:
                on_progress(i, len(todo), ex)
    try:
        xw.write_manifest(config, folder, files, seed, previous)
    except (KinerjaError, OSError) as exc:
        if failed is None:
            raise
        failed.append(write_failure(MANIFEST_NAME, folder / MANIFEST_NAME, exc))
    return files


YEARS_BACK = 10
"""Examples for an earlier year go back at most this many years from the config's: the same
people, minus those appointed after that year (further back, whole units would be empty)."""

EKINERJA_FIRST_YEAR = 2022
"""The first year of the e-Kinerja BKN examples: their NI PPPK carry an appointment year of
2021 or later (PPPK appointed in the year before the assessment at the latest)."""


def check_year(config: Config, tahun: int | None, *, ekinerja: bool = False) -> None:
    """:class:`UsageError` (exit 2) when examples cannot be made for ``tahun``: after the
    config's year, more than :data:`YEARS_BACK` years before it, or (``ekinerja``, the
    e-Kinerja exports) before :data:`EKINERJA_FIRST_YEAR`."""
    if tahun is None:
        return
    if tahun > config.tahun:
        raise UsageError("contoh_tahun_setelah", tahun=tahun, tahun_konfigurasi=config.tahun)
    if tahun < config.tahun - YEARS_BACK:
        raise UsageError(
            "contoh_tahun_terlalu_lama",
            tahun=tahun,
            tahun_konfigurasi=config.tahun,
            paling_awal=config.tahun - YEARS_BACK,
        )
    if ekinerja and tahun < EKINERJA_FIRST_YEAR:
        raise UsageError("contoh_ekinerja_tahun", tahun=tahun, paling_awal=EKINERJA_FIRST_YEAR)


def check_out_dir(out_dir: str | Path) -> Path:
    """``out_dir`` as a Path; :class:`UsageError` when it, or a folder above it, is a file
    (:func:`kinerja_cli.safety.paths.output_folder`)."""
    from kinerja_cli.safety.paths import output_folder

    return output_folder(out_dir, "contoh_bukan_folder")


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The ``MANIFEST.json`` written by :func:`generate_examples` in ``folder`` ({} when
    absent or unreadable)."""
    from kinerja_cli.examples.workbook import read_manifest_dict

    return read_manifest_dict(Path(folder))
