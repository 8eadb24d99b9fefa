"""The e-Kinerja BKN export reader (issue 17, first part): recognised by content, header
variants, and every known trap reported at its cell."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kinerja_cli.examples.ekinerja import PENILAIAN_COLUMNS as EXPORT_COLUMNS
from kinerja_cli.formats.ekinerja import PENILAIAN, SKP, read_export
from kinerja_cli.readers import read_workbook

PENILAIAN_COLUMNS = list(EXPORT_COLUMNS)
TITLE = [
    ["Laporan Penilaian SKP Periode Tahunan Tahun 2026"],
    ["Instansi Pemerintah Kota Medan"],
    ["Periode : Januari - Desember 2026"],
    ["Unor Induk : Dinas Kesehatan"],
    ["Unor : ALL"],
    ["Data ditarik pada : 2027-01-15 09:12:44"],
    [],
]


def write(tmp_path, rows, *, name="unduhan.xlsx", extra_title=0):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r in [*TITLE[:-1], *([["Catatan: data sementara"]] * extra_title), TITLE[-1], *rows]:
        ws.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def person(no, nip, hasil="Sesuai Ekspektasi", perilaku="Sesuai Ekspektasi", akhir="Baik", plt=0):
    return [
        no,
        nip,
        f"Pegawai {no}",
        "Puskesmas Padang Bulan",
        "Dinas Kesehatan",
        "Perawat Terampil",
        hasil,
        perilaku,
        akhir,
        "II/c",
        "PNS",
        "JF",
        plt,
    ]


def cells(export, kode):
    return [i.cell for i in export.issues if i.kode == kode]


def test_penilaian_is_recognised_by_content_with_its_title(tmp_path):
    path = write(
        tmp_path,
        [
            PENILAIAN_COLUMNS,
            person(1, "198501012010011001"),
            person(
                2, "198502022010012002", "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"
            ),
        ],
        name="apa-saja.xlsx",
    )
    export = read_export(read_workbook(path))
    assert export is not None and export.kind == PENILAIAN and export.header_row == 8
    assert export.header.tahun == 2026 and export.header.unor_induk == "Dinas Kesehatan"
    assert export.header.instansi == "Pemerintah Kota Medan"
    assert export.header.ditarik == "2027-01-15 09:12:44"
    assert [(r.nip, r.hasil_akhir, r.valid) for r in export.rows] == [
        ("198501012010011001", "Baik", True),
        ("198502022010012002", "Sangat Baik", True),
    ]
    assert export.issues == []


def test_header_at_row_10_reordered_upper_case_extra_columns(tmp_path):
    header = [h.upper() for h in reversed(PENILAIAN_COLUMNS)] + ["kolom_tambahan"]
    row = [*reversed(person(1, "198501012010011001")), "x"]
    path = write(tmp_path, [header, row], extra_title=2)
    export = read_export(read_workbook(path))
    assert export.header_row == 10 and export.issues == []
    assert export.rows[0].nip == "198501012010011001" and export.rows[0].hasil_akhir == "Baik"


def test_a_required_column_missing_is_named_at_the_header_row(tmp_path):
    header = [h for h in PENILAIAN_COLUMNS if h != "perilaku_kerja"]
    path = write(tmp_path, [header, person(1, "198501012010011001")[:-1]])
    # without perilaku_kerja the sheet still looks like a Penilaian export (hasil_akhir, ...)
    export = read_export(read_workbook(path))
    (issue,) = export.issues
    assert (issue.kode, issue.sheet, issue.cell, issue.is_error) == (
        "ek_kolom_tidak_ada",
        "Sheet1",
        "A8",
        True,
    )
    assert "perilaku_kerja" in issue.pesan() and export.rows == []


def test_an_acting_flag_that_is_neither_yes_nor_no_is_an_error_at_its_cell(tmp_path):
    """Issue 25: any text in is_skp_plt_plh_pjb made the row an acting official's, so the
    employee vanished with only a warning that says scores do not change."""
    rows = [
        PENILAIAN_COLUMNS,
        person(1, "198501012010011001", plt="Baik Sekali"),
        person(2, "198502022010012002", plt="ya"),
        person(3, "198503032010011003", plt="tidak"),
    ]
    export = read_export(read_workbook(write(tmp_path, rows)))
    assert cells(export, "ek_plt_tidak_dikenal") == ["M9"]
    by_row = {r.row: r for r in export.rows}
    assert (by_row[9].plt_plh, by_row[9].valid) == (False, False)
    assert by_row[10].plt_plh and not by_row[11].plt_plh and by_row[11].valid
    # row 10's employee has no row of their own: not assessed at all, and said so
    assert cells(export, "ek_plt_tanpa_definitif") == ["M10"]
    assert {i.kode: i.changes_score for i in export.issues}["ek_plt_tanpa_definitif"]


def test_rows_numbered_out_of_order_are_reported_at_the_number(tmp_path):
    """e-Kinerja numbers rows 1, 2, 3, ...: a gap or a repeat is a row deleted or pasted
    after the download (issue 25); an export numbered with text is not checked."""
    rows = [
        PENILAIAN_COLUMNS,
        person(1, "198501012010011001"),
        person(3, "198502022010012002"),  # row 2 deleted
        person(4, "198503032010011003"),
        person(4, "198504042010012004"),  # pasted twice, NIP changed
    ]
    export = read_export(read_workbook(write(tmp_path, rows)))
    assert cells(export, "ek_nomor_loncat") == ["A10", "A12"]
    assert all(r.valid for r in export.rows)  # a warning: every row still read
    rows = [PENILAIAN_COLUMNS, person("a", "198501012010011001"), person(3, "198502022010012002")]
    export = read_export(read_workbook(write(tmp_path, rows, name="teks.xlsx")))
    assert cells(export, "ek_nomor_loncat") == []


def test_traps_each_at_its_cell(tmp_path):
    rows = [
        PENILAIAN_COLUMNS,
        person(1, 198501012010011001),  # NIP became a number
        person(2, "198502022010012002", "  sesuai   EKSPEKTASI ", "di atas ekspektasi", "baik"),
        person(3, "198503032010011003", "Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Baik"),
        person(4, "198504042010012004", "Hebat", "Sesuai Ekspektasi", "Baik"),
        person(5, "198504042010012004", plt=1),  # acting official: not a second assessment
        person(6, "198506062010011006", "-", "-", "-"),  # not assessed yet
        person(7, "198507072010012007", akhir="Luar Biasa"),
        person(8, "198508082010011008", hasil="-"),  # one result lost (a merge, a delete)
        person(9, "198509092010012009", perilaku=None, akhir=None),
    ]
    export = read_export(read_workbook(write(tmp_path, rows)))
    # all three blank is "not yet assessed" (row 14, no issue); some blank is cut short
    assert cells(export, "ek_penilaian_tidak_lengkap") == ["G16", "H17", "I17"]
    assert cells(export, "nip_berupa_angka") == ["B9"]
    assert cells(export, "ek_hasil_akhir_beda") == ["I11"]  # Sesuai x Di Bawah is Kurang
    assert cells(export, "ek_rating_tidak_dikenal") == ["G12"]
    assert cells(export, "ek_plt_plh") == ["M13"]
    assert cells(export, "ek_predikat_tidak_dikenal") == ["I15"]
    by_row = {r.row: r for r in export.rows}
    assert by_row[10].hasil_kerja == "Sesuai Ekspektasi" and by_row[10].valid
    assert by_row[13].plt_plh and not by_row[12].plt_plh
    assert (by_row[14].hasil_kerja, by_row[14].hasil_akhir, by_row[14].valid) == (None, None, True)
    assert not by_row[9].valid and not by_row[12].valid and by_row[11].valid
    tingkat = {i.kode: i.tingkat for i in export.issues}
    assert tingkat["ek_hasil_akhir_beda"] == "warning" and tingkat["ek_plt_plh"] == "warning"


SKP_LIST_HEADER = [
    "id", "nip", "nama", "skp_jabatan", "skp_unor", "skp_unor_induk", "skp_status",
    "periode_akhir", "is_plt_plh",
]  # fmt: skip
"""The header row of a hand-made Laporan SKP (one SKP a row)."""


def test_skp_list_duplicate_after_transfer_keeps_the_latest(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Laporan SKP Tahun 2026"])
    ws.append(["Instansi Pemerintah Kota Medan"])
    ws.append([])
    ws.append(SKP_LIST_HEADER)
    ws.append(
        ["a1", "198501012010011001", "A", "Analis", "X", "BKD", "persetujuan", "2026-06-30", 0]
    )
    ws.append(
        [
            "a2",
            "198501012010011001",
            "A",
            "Analis",
            "Y",
            "DINKES",
            "Persetujuan",
            datetime(2026, 12, 31),
            0,
        ]
    )
    ws.append(
        ["a3", "198502022010012002", "B", "Kepala", "Y", "DINKES", "draft", "31-12-2026", "1"]
    )
    ws.append(
        ["a4", "198503032010011003", "C", "Analis", "Y", "DINKES", "persetujuan", "akhir tahun", 0]
    )
    path = tmp_path / "skp.xlsx"
    wb.save(path)
    export = read_export(read_workbook(path))
    assert export.kind == SKP and export.header_row == 4
    rows = {r.id: r for r in export.rows}
    assert rows["a1"].superseded and not rows["a2"].superseded
    assert cells(export, "ek_nip_ganda_mutasi") == ["B5"]
    assert "baris 6" in next(i for i in export.issues if i.kode == "ek_nip_ganda_mutasi").pesan()
    assert rows["a3"].plt_plh and cells(export, "ek_plt_plh") == ["I7"]
    assert cells(export, "ek_tanggal_tidak_sah") == ["H8"]
    assert rows["a2"].status == "persetujuan" and rows["a3"].status == "draft"


@pytest.mark.parametrize("content", ["our own template", "a recap"])
def test_other_workbooks_are_not_taken_for_exports(tmp_path, content, config):
    if content == "our own template":
        from kinerja_cli.template import write_template

        path = write_template(config, "BKD", tmp_path / "t.xlsx")
    else:
        from tests.conftest import ROOT

        path = ROOT / "examples" / "keluaran" / "REKAP-2026-tahunan.xlsx"
    assert read_export(read_workbook(path)) is None


def test_unor_names_map_to_units_and_unmapped_ones_name_the_closest(config):
    from kinerja_cli.formats.ekinerja import unit_for_unor

    cfg = config.model_copy(
        update={
            "unit": [
                u.model_copy(update={"unor": ["DINAS KESEHATAN KOTA MEDAN"]})
                if u.kode == "DINKES"
                else u
                for u in config.unit
            ]
        }
    )
    assert cfg.fingerprint() == config.fingerprint()  # a reading rule, not the template's
    assert unit_for_unor(cfg, "  dinas kesehatan ")[0].kode == "DINKES"
    assert unit_for_unor(cfg, "Dinas Kesehatan Kota Medan")[0].kode == "DINKES"
    assert unit_for_unor(cfg, "bkd")[0].kode == "BKD"
    unit, close = unit_for_unor(cfg, "Dinas Kesehatn")
    assert unit is None and close[0] == "Dinas Kesehatan"
    assert unit_for_unor(cfg, "Sekretariat DPRD") == (None, [])


@pytest.mark.parametrize("second", ["2026-12-31", None])
def test_a_transfer_the_dates_cannot_tell_is_not_guessed(tmp_path, second):
    """Two SKP rows of one NIP with the same latest periode_akhir (or one without a date):
    no row is chosen; both are errors at their NIP cells and neither counts."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Laporan SKP Tahun 2026"])
    ws.append([])
    ws.append(SKP_LIST_HEADER)
    for n, end in enumerate(("2026-12-31", second), start=1):
        nip = "198501012010011001"
        ws.append([f"b{n}", nip, "A", "Analis", "X", "BKD", "persetujuan", end, 0])
    path = tmp_path / "skp.xlsx"
    wb.save(path)
    export = read_export(read_workbook(path))
    assert cells(export, "nip_ganda") == ["B4"]  # one issue naming both rows
    assert "(baris 4, 5)" in next(i for i in export.issues if i.kode == "nip_ganda").pesan()
    assert cells(export, "ek_nip_ganda_mutasi") == []
    assert not any(r.valid for r in export.rows)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    order=st.permutations(range(len(EXPORT_COLUMNS))),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    extra_title=st.integers(0, 11),
    extra_columns=st.integers(0, 3),
)
def test_header_variants_read_the_same_rows(tmp_path, order, case, extra_title, extra_columns):
    """Any column order, any case, extra columns, the header anywhere in the first 20 rows:
    the same employees with the same recorded ratings, and nothing reported."""
    people = [
        person(1, "198501012010011001"),
        person(2, "198502022010012002", "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"),
        person(
            3, "198503032010011003", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"
        ),
    ]
    header = [case(PENILAIAN_COLUMNS[i]) for i in order]
    header += [f"kolom_lain_{n}" for n in range(extra_columns)]
    rows = [[p[i] for i in order] + ["x"] * extra_columns for p in people]
    path = write(tmp_path, [header, *rows], name="v.xlsx", extra_title=extra_title)
    export = read_export(read_workbook(path))
    assert export is not None and export.kind == PENILAIAN
    assert export.header_row == 8 + extra_title
    assert export.issues == []
    assert [(r.nip, r.hasil_kerja, r.perilaku_kerja, r.hasil_akhir) for r in export.rows] == [
        ("198501012010011001", "Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"),
        ("198502022010012002", "Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"),
        ("198503032010011003", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"),
    ]


@pytest.mark.parametrize(
    ("title", "code", "years"),
    [
        ("Laporan Penilaian SKP Periode Tahunan Tahun 2026", "tahunan", (2026,)),
        ("Laporan Penilaian SKP Periode Tahun 2026", "tahunan", (2026,)),
        ("Laporan Penilaian SKP Periode TW II Tahun 2026", "TW2", (2026,)),
        ("Laporan Penilaian SKP Periode TW2 2026", "TW2", (2026,)),
        ("Laporan Penilaian SKP Periode TWIII Tahun 2026", "TW3", (2026,)),
        ("Laporan Penilaian SKP Periode Triwulan 4 T.A. 2026", "TW4", (2026,)),
        ("Laporan Penilaian SKP Periode Triwulan Kedua Tahun 2026", "TW2", (2026,)),
        ("Laporan Penilaian SKP Periode Triwulan ke-1 Tahun 2026", "TW1", (2026,)),
        ("LAPORAN PENILAIAN SKP PERIODE TRIWULAN KEEMPAT TAHUN 2026", "TW4", (2026,)),
        ("Laporan Penilaian SKP Periode Semester I Tahun 2026", "semester1", (2026,)),
        ("Laporan Penilaian SKP Periode Semester Kedua 2026", "semester2", (2026,)),
        ("Laporan Penilaian SKP Periode Bulanan JUNI Tahun 2026", "bulanan", (2026,)),
        ("Laporan Penilaian SKP Periode Tahunan 2025", "tahunan", (2025,)),
        ("Laporan Penilaian SKP Tahunan 2025", "tahunan", (2025,)),
        ("Laporan SKP Tahun 2026", "tahunan", (2026,)),
    ],
)
def test_period_words_agencies_use(title, code, years):
    from kinerja_cli.period_words import read_title

    found = read_title(title)
    assert found.unknown == () and found.period is not None
    assert (found.period.code, found.years) == (code, years)
    # what is stored and shown ("Triwulan II Tahun 2026") reads back as the same period
    from kinerja_cli.period_words import export_period

    assert export_period(f"{found.period.label()} Tahun {years[0]}") == code


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("1 Januari 2026 - 31 Desember 2026", "tahunan"),
        ("Januari - Desember 2026", "tahunan"),
        ("01/01/2026 s.d. 31/12/2026", "tahunan"),
        ("01/04/2026-30/06/2026", "TW2"),
        ("2026-07-01 - 2026-09-30", "TW3"),
        ("1 Januari 2026 sampai dengan 30 Juni 2026", "semester1"),
        ("Juni 2026", "bulanan"),
        ("Triwulan II 2026", "TW2"),
        ("1 Januari 2026 - 30 Juni 2027", None),  # not one period of one year
        ("1 Januari 2026 - 15 Desember 2026", None),
    ],
)
def test_periode_line_is_a_range_of_exactly_one_period(line, code):
    from kinerja_cli.period_words import read_periode_line

    found = read_periode_line(line)
    assert (found.period.code if found.period else None) == code
    assert bool(found.unknown) == (code is None)


@pytest.mark.parametrize(
    "title",
    [
        "Laporan Penilaian SKP Periode Mingguan Tahun 2026",
        "Laporan Penilaian SKP Periode Triwulan V Tahun 2026",
        "Laporan Penilaian SKP Periode Semester III Tahun 2026",
        "Laporan Penilaian SKP Periode Tahunan Tahun 2026 (sementara)",
    ],
)
def test_period_words_not_known_are_never_a_default(title):
    from kinerja_cli.period_words import read_title

    found = read_title(title)
    assert found.period is None and found.unknown
