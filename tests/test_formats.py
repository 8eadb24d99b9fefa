"""The input formats' registry (:mod:`kinerja_cli.formats`): which format takes a workbook,
the suffix lists derived from one declaration, and the registry's import cost."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kinerja_cli import containers, formats, layout, prestart
from kinerja_cli.model import SUMBER_EKINERJA, SUMBER_TEMPLAT, Submission
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.validate.files import SUPPORTED_SUFFIXES
from kinerja_cli.validate.workbook import validate_workbook

EXPORT_ROWS = [
    ["Laporan Penilaian SKP Periode Tahunan Tahun 2026"],
    ["Unor Induk : Dinas Pendidikan"],
    ["no", "nip", "nama", "skp_unor_induk", "hasil_kerja", "perilaku_kerja", "hasil_akhir"],
    [1, "198501012010011001", "Ani", "Dinas Pendidikan", "Sesuai Ekspektasi",
     "Sesuai Ekspektasi", "Baik"],
]  # fmt: skip


def workbook(sheets: dict[str, list[list[object]]], fmt: str = "xlsx") -> RawWorkbook:
    return RawWorkbook(
        path=Path(f"berkas.{fmt}"),
        display_name=f"berkas.{fmt}",
        format=fmt,
        sha256="0" * 64,
        size=1,
        mtime=None,
        sheets={name: RawSheet(name=name, rows=rows) for name, rows in sheets.items()},
    )


def test_every_entry_names_a_reader_of_its_name():
    assert [f.name for f in formats.REGISTRY] == ["plan", "ekinerja"]
    assert formats.DEFAULT in formats.REGISTRY
    for fmt in formats.REGISTRY:
        assert formats.reader(fmt).name == fmt.name
        assert set(fmt.containers) <= set(containers.KINDS)


def test_suffix_lists_come_from_one_declaration():
    assert formats.SUFFIXES == containers.SUFFIXES == SUPPORTED_SUFFIXES
    assert prestart.SUFFIXES is containers.SUFFIXES
    assert containers.SUFFIXES == (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
    assert containers.suffixes_of(("csv", "xlsx")) == (".xlsx", ".csv")


def test_an_export_goes_to_the_ekinerja_format(config):
    sub = formats.parse(workbook({"Sheet1": EXPORT_ROWS}), config, tahun=2026)
    assert sub.sumber == SUMBER_EKINERJA
    assert [p.nip for p in sub.pegawai] == ["198501012010011001"]
    # re-saved as .csv by a BKD: the same format, told by the cells, not the container
    as_csv = formats.parse(workbook({layout.SHEET_SKP: EXPORT_ROWS}, "csv"), config, tahun=2026)
    assert as_csv.sumber == SUMBER_EKINERJA
    assert validate_workbook(workbook({"Sheet1": EXPORT_ROWS}), config, tahun=2026) == sub


def test_the_plan_metadata_sheet_wins_and_the_plan_is_the_default(config):
    with_meta = workbook({layout.SHEET_META: [], "Sheet1": EXPORT_ROWS})
    sub = formats.parse(with_meta, config)
    assert sub.sumber == SUMBER_TEMPLAT
    assert "lembar_tidak_ada" in {i.kode for i in sub.issues}
    unknown = formats.parse(workbook({layout.SHEET_SKP: [["apa", "ini"]]}, "csv"), config)
    assert unknown.sumber == SUMBER_TEMPLAT
    assert "kolom_tidak_ada" in {i.kode for i in unknown.issues}


class _Survey:
    """A format added the way the recipe in docs/arsitektur.md says: one READER."""

    name = "survei"

    def detect(self, raw: RawWorkbook) -> bool:
        return "Survei" in raw.sheets

    def parse(
        self, raw: RawWorkbook, config: object, *, tahun: int | None, hari_ini: date | None
    ) -> Submission:
        return Submission(
            path=raw.display_name, sha256=raw.sha256, size=raw.size, format=raw.format,
            mtime=raw.mtime, sumber="survei", periode_sumber=str(tahun),
        )  # fmt: skip


READER = _Survey()


def test_a_new_format_is_one_registry_entry(config, monkeypatch):
    entry = formats.Format("survei", __name__, ("xlsx", "csv"))
    monkeypatch.setattr(formats, "REGISTRY", (*formats.REGISTRY, entry))
    sub = formats.parse(workbook({"Survei": [["q1"]]}), config, tahun=2027)
    assert (sub.sumber, sub.periode_sumber) == ("survei", "2027")
    # its containers bound it: an .ods with the same sheet is not asked
    assert formats.parse(workbook({"Survei": [["q1"]]}, "ods"), config).sumber == SUMBER_TEMPLAT
    # an earlier format still wins what it takes
    assert formats.parse(workbook({"Survei": [], **{"E": EXPORT_ROWS}}), config).sumber == (
        SUMBER_EKINERJA
    )


@pytest.mark.parametrize(
    ("module", "loaded"),
    [
        ("kinerja_cli.formats", ["kinerja_cli", "kinerja_cli.containers", "kinerja_cli.formats"]),
        ("kinerja_cli.prestart", ["kinerja_cli", "kinerja_cli.containers", "kinerja_cli.prestart"]),
    ],
)
def test_the_registry_and_prestart_import_no_format(module, loaded):
    code = (
        f"import sys, {module}; "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('kinerja_cli'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == loaded
