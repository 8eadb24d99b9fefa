"""``kinerja contoh --format ekinerja``: the downloads a BKD admin gets from e-Kinerja BKN for
the example city (issue 17), written independently of the reader (:mod:`kinerja_cli.ekinerja`).

Per unit one "Laporan Penilaian SKP" and one "Laporan SKP" xlsx, from the same people as the
template examples (:func:`build_example_units`): hasil kerja from the rating the boss wrote or
else from the employee's performance, perilaku kerja as in the templates, hasil akhir from the
PermenPANRB 6/2022 matrix. The known traps are planted, each in its own unit and written to
``MANIFEST-EKINERJA.json`` with its sheet and cell: the header at row 10 instead of 8, columns
reordered in upper case, an extra column, a NIP stored as a number, an acting official's (PLT)
row, ``-`` for an employee not assessed yet, rating words in odd case and spacing, a hasil
akhir that differs from the matrix, and in the SKP list a NIP twice after a transfer.

The SKP lists also tell a coverage story (the recap's Cakupan sheet): in the second unit one
SKP is still a draft (``skp_status`` not ``persetujuan``); in the third unit two people are on
the SKP list without an assessment, one retired (listed in ``pengecualian.csv``, written
beside the exports, so not counted as missing) and one simply not assessed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.domain import Rating
from kinerja_cli.layout import col_letter

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.examples.units import ExampleEmployee, ExampleUnit
    from kinerja_cli.safety.paths import WriteFailure

MANIFEST = EKINERJA_MANIFEST = "MANIFEST-EKINERJA.json"
EXCLUSIONS = "pengecualian.csv"
SKP_DRAFT = "draft"
"""The ``skp_status`` of an SKP not yet approved."""
PENILAIAN_COLUMNS = (
    "No",
    "nip",
    "nama",
    "skp_unor",
    "skp_unor_induk",
    "skp_jabatan",
    "hasil_kerja",
    "perilaku_kerja",
    "hasil_akhir",
    "golru",
    "jenis_pegawai",
    "skp_jenis_jabatan",
    "is_skp_plt_plh_pjb",
)
SKP_COLUMNS = (
    "id",
    "nip",
    "nama",
    "skp_jabatan",
    "skp_unor",
    "skp_unor_induk",
    "skp_status",
    "periode_akhir",
    "is_plt_plh",
)
TRAPS = (
    "judul_baris_10",
    "kolom_diacak",
    "kolom_tambahan",
    "nip_angka",
    "baris_plt",
    "belum_dinilai",
    "rating_huruf",
    "hasil_akhir_beda",
)
"""One trap per unit, in config order (a config with fewer units gets the first ones)."""


@dataclass(frozen=True, slots=True)
class Trap:
    trap: str
    berkas: str
    """The export's file name."""
    sheet: str
    cell: str | None
    kode: str | None
    """The issue kode the reader must report there (None: must be read silently)."""

    def to_dict(self) -> dict[str, str | None]:
        """The manifest's entry: every field, by its name."""
        return asdict(self)


def _hasil_kerja(e: ExampleEmployee) -> str:
    if e.rating_hasil_kerja:
        return e.rating_hasil_kerja
    if e.kinerja >= 1.1:
        return Rating.DI_ATAS.value
    return Rating.DI_BAWAH.value if e.kinerja < 0.9 else Rating.SESUAI.value


def write_ekinerja_exports(
    config: Config,
    out_dir: str | Path,
    *,
    seed: int = 2026,
    failed: list[WriteFailure] | None = None,
) -> list[Path]:
    """Write both exports of every unit and the manifest into ``out_dir``; the paths.

    Every file is written atomically and only inside ``out_dir``
    (:func:`kinerja_cli.atomic.atomic_path` with ``out_dir`` as its folder: a symlink at a
    file's name pointing out is refused); ``out_dir`` that is a file is a ``UsageError``
    before anything is written. With ``failed`` given, a file that cannot be written is
    recorded there and the others are still written; without, the first failure is raised."""
    from kinerja_cli.atomic import atomic_write_text
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.examples import check_year
    from kinerja_cli.examples.units import build_example_units
    from kinerja_cli.safety.paths import output_folder, write_failure

    check_year(config, config.tahun, ekinerja=True)

    folder = output_folder(out_dir, "contoh_bukan_folder")
    units = build_example_units(config, seed=seed)
    traps: list[Trap] = []
    written: list[Path] = []
    excluded: list[tuple[str, str]] = []

    def attempt(name: str, write: Any) -> None:
        try:
            written.append(write())
        except (KinerjaError, OSError) as exc:
            if failed is None:
                raise
            failed.append(write_failure(name, folder / name, exc))

    for i, unit in enumerate(units):
        trap = TRAPS[i] if i < len(TRAPS) else None
        attempt(unit.kode, lambda: _penilaian(config, unit, folder, trap, traps))  # noqa: B023
        attempt(unit.kode, lambda: _skp_list(config, unit, folder, i, traps, excluded))  # noqa: B023
    csv_text = "NIP,alasan\n" + "".join(f"{nip},{alasan}\n" for nip, alasan in excluded)
    attempt(EXCLUSIONS, lambda: atomic_write_text(folder / EXCLUSIONS, csv_text, root=folder))
    manifest = {
        "dibuat_oleh": "kinerja contoh --format ekinerja",
        "tahun": config.tahun,
        "seed": seed,
        "jebakan": [t.to_dict() for t in traps],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_write_text(folder / MANIFEST, text, root=folder)
    except (KinerjaError, OSError) as exc:
        if failed is None:
            raise
        failed.append(write_failure(MANIFEST, folder / MANIFEST, exc))
    return written


def _title(ws: Any, judul: str, config: Config, unit: ExampleUnit, extra: int) -> int:
    """The title rows and the blank row under them; the row the header goes to."""
    ws.append([judul])
    ws.append([f"Instansi {config.instansi}"])
    ws.append([f"Periode : 1 Januari {config.tahun} - 31 Desember {config.tahun}"])
    ws.append([f"Unor Induk : {unit.nama}"])
    ws.append(["Unor : ALL"])
    for _ in range(extra):
        ws.append(["Keterangan : data sementara, dapat berubah"])
    ws.append([f"Data ditarik pada : {config.tahun + 1}-01-15 09:12:44"])
    ws.append([])
    return 8 + extra


SHEET = "Sheet1"
"""The one sheet of each export."""


@dataclass(frozen=True, slots=True)
class _PenilaianRow:
    """One row of a "Laporan Penilaian SKP"; the fields are the columns' names in lower case
    (a trap may turn the NIP into a number)."""

    no: int
    nip: str | int
    nama: str
    skp_unor: str
    skp_unor_induk: str
    skp_jabatan: str
    hasil_kerja: str
    perilaku_kerja: str
    hasil_akhir: str
    golru: str
    jenis_pegawai: str
    skp_jenis_jabatan: str
    is_skp_plt_plh_pjb: int
    keterangan_admin: str = ""


def _penilaian(
    config: Config, unit: ExampleUnit, folder: Path, trap: str | None, traps: list[Trap]
) -> Path:
    from openpyxl import Workbook

    name = f"Laporan Penilaian SKP {unit.kode} {config.tahun}.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    header_row = _title(
        ws,
        f"Laporan Penilaian SKP Periode Tahunan Tahun {config.tahun}",
        config,
        unit,
        2 if trap == "judul_baris_10" else 0,
    )
    columns = list(PENILAIAN_COLUMNS)
    if trap == "kolom_diacak":
        columns = [c.upper() for c in reversed(columns)]
    if trap == "kolom_tambahan":
        columns.append("keterangan_admin")
    ws.append(columns)
    keys = [c.lower() for c in columns]
    rows = _penilaian_rows(unit)
    if trap is not None:
        cell, kode = _plant(trap, rows, header_row, keys)
        traps.append(Trap(trap, name, SHEET, cell, kode))
    for row in rows:
        ws.append([getattr(row, k) for k in keys])
    return _save(wb, folder, name)


def _penilaian_rows(unit: ExampleUnit) -> list[_PenilaianRow]:
    """The unit's people as e-Kinerja lists them: hasil akhir from the PermenPANRB matrix."""
    from kinerja_cli.scoring.pegawai import predikat_pegawai

    rows = []
    for n, e in enumerate(unit.pegawai, start=1):
        hasil = _hasil_kerja(e)
        akhir = predikat_pegawai(hasil, e.rating_perilaku).value.split("/")[0]
        jenis, jenis_jabatan = "PPPK" if e.pppk else "PNS", "JS" if n == 1 else "JF"
        # the cells in the order of PENILAIAN_COLUMNS
        cells = (n, e.nip, e.nama, unit.nama, unit.nama, e.jabatan, hasil, e.rating_perilaku)
        rows.append(_PenilaianRow(*cells, akhir, e.golongan, jenis, jenis_jabatan, 0))
    return rows


def _plant(
    trap: str, rows: list[_PenilaianRow], header_row: int, keys: list[str]
) -> tuple[str, str | None]:
    """Plant ``trap`` into ``rows`` (changed in place; most traps change the fourth person);
    the cell where the reader meets it and the issue kode it must report there (None: read
    silently)."""
    i = min(3, len(rows) - 1)
    target = rows[i]

    def cell(key: str, row: int = header_row + 1 + i) -> str:
        return f"{col_letter(keys.index(key) + 1)}{row}"

    sesuai = Rating.SESUAI.value
    if trap == "nip_angka":
        rows[i] = replace(target, nip=int(target.nip))
        return cell("nip"), "nip_berupa_angka"
    if trap == "baris_plt":
        jabatan = f"Plt. {rows[0].skp_jabatan}"
        acting = replace(rows[0], no=len(rows) + 1, nip=rows[1].nip, nama=rows[1].nama)
        rows.append(replace(acting, is_skp_plt_plh_pjb=1, skp_jabatan=jabatan))
        return cell("is_skp_plt_plh_pjb", header_row + len(rows)), "ek_plt_plh"
    if trap == "belum_dinilai":
        rows[i] = replace(target, hasil_kerja="-", perilaku_kerja="-", hasil_akhir="-")
        return cell("hasil_kerja"), None
    if trap == "rating_huruf":
        rows[i] = replace(
            target,
            hasil_kerja=f"  {target.hasil_kerja.upper()} ",
            perilaku_kerja=target.perilaku_kerja.lower().replace(" ", "  "),
            hasil_akhir=target.hasil_akhir.lower(),
        )
        return cell("hasil_kerja"), None
    if trap == "hasil_akhir_beda":
        rows[i] = replace(
            target, hasil_kerja=sesuai, perilaku_kerja=sesuai, hasil_akhir="Sangat Baik"
        )
        return cell("hasil_akhir"), "ek_hasil_akhir_beda"
    if trap in ("judul_baris_10", "kolom_diacak", "kolom_tambahan"):
        return f"A{header_row}", None  # the header moved, reordered or widened
    raise ValueError(trap)


def _skp_list(
    config: Config,
    unit: ExampleUnit,
    folder: Path,
    index: int,
    traps: list[Trap],
    excluded: list[tuple[str, str]],
) -> Path:
    from openpyxl import Workbook

    name = f"Laporan SKP {unit.kode} {config.tahun}.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    header_row = _title(ws, f"Laporan SKP Tahun {config.tahun}", config, unit, 0)
    ws.append(list(SKP_COLUMNS))
    rows = [
        [
            f"{unit.kode.lower()}-{n:04d}",
            e.nip,
            e.nama,
            e.jabatan,
            unit.nama,
            unit.nama,
            "persetujuan",
            f"{config.tahun}-12-31",
            0,
        ]
        for n, e in enumerate(unit.pegawai, start=1)
    ]
    if index == 1 and len(rows) > 4:
        rows[4][6] = SKP_DRAFT
        traps.append(Trap("skp_belum_disetujui", name, SHEET, f"G{header_row + 5}", None))
    if index == 2:
        for n, (nama, alasan) in enumerate(
            (("Drs. Bonar Simanjuntak", "pensiun"), ("Lamhot Hutapea, S.E.", None)), start=1
        ):
            nip = f"19650{n}01{1990}03100{n}"
            extra = [f"{unit.kode.lower()}-x{n}", nip, nama, "Pelaksana", unit.nama, unit.nama]
            rows.append([*extra, "persetujuan", f"{config.tahun}-12-31", 0])
            traps.append(
                Trap(
                    f"tanpa_penilaian_{alasan or 'belum'}",
                    name,
                    SHEET,
                    f"B{header_row + len(rows)}",
                    None,
                )
            )
            if alasan:
                excluded.append((nip, alasan))
    if index == 0 and len(rows) > 2:
        moved = list(rows[2])
        moved[0] = f"{unit.kode.lower()}-lama"
        moved[4] = moved[5] = "Unit asal sebelum mutasi"
        moved[7] = f"{config.tahun}-06-30"
        rows.insert(2, moved)
        traps.append(
            Trap("nip_ganda_mutasi", name, SHEET, f"B{header_row + 3}", "ek_nip_ganda_mutasi")
        )
    for row in rows:
        ws.append(row)
    return _save(wb, folder, name)


def _save(wb: Any, folder: Path, name: str) -> Path:
    """``wb`` as ``folder/name``, atomically and only inside ``folder``."""
    from kinerja_cli.atomic import atomic_path

    path = folder / name
    with atomic_path(path, root=folder) as tmp:
        wb.save(tmp)
    return path
