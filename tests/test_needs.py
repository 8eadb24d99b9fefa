"""Competency-based development needs (issue 13): the config, the Kompetensi sheet at the
cell, gaps and priorities by hand, the programmes' seats (property tests), ``kinerja
kebutuhan`` through the CLI (JSON = heat map = seats), the workbook in LibreOffice, the
documents' recommendations, and configs without competencies left exactly as they were."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest
import yaml
from hypothesis import given, settings, strategies as st

from kinerja_cli.config import parse_config_text
from kinerja_cli.errors import ConfigError
from kinerja_cli.model import EmployeeScore, KompetensiRecord, RowScore, ScoreResult
from kinerja_cli.scoring.needs import compute_needs, match_standard
from tests.conftest import BUNDLED_CONFIG, ROOT, json_out, needs_soffice, soffice_convert

SMALL = """
instansi: Kota Uji
tahun: 2026
unit:
  - {kode: A, nama: Dinas A}
  - {kode: B, nama: Dinas B}
indikator:
  - {kode: X-01, nama: Layanan, satuan: dokumen, polaritas: positif, agregasi: jumlah,
     tingkat: pegawai, unit: semua, kompetensi: [T-1]}
  - {kode: X-02, nama: Data, satuan: "%", polaritas: positif, agregasi: rata-rata,
     tingkat: pegawai, unit: semua}
kompetensi:
  - {kode: T-1, nama: Teknis satu, jenis: teknis, pelatihan: [Diklat T1, Bimtek Bersama]}
  - {kode: M-1, nama: Kerja sama, jenis: manajerial, pelatihan: [Bimtek Bersama]}
  - {kode: S-1, nama: Perekat bangsa, jenis: sosial_kultural}
standar_kompetensi:
  - {jabatan: Analis Layanan, alias: [Penata Layanan], unit: semua, level: {T-1: 3, M-1: 2, S-1: 2}}
  - {jabatan: Kepala Dinas, unit: [A], level: {M-1: 4, S-1: 4}}
pengembangan: {jp_minimum: 20, peserta_per_kelas: 2}
"""


def small():
    return parse_config_text(SMALL, source="uji.yaml")


def employee(unit, nip, jabatan, predikat="Baik", capaian=None):
    rows = [
        RowScore(unit, kode, nip, 100.0, value, value) for kode, value in (capaian or {}).items()
    ]
    return EmployeeScore(
        nip=nip,
        nama=f"Pegawai {nip[-3:]}",
        unit=unit,
        jabatan=jabatan,
        golongan=None,
        nilai=90.0,
        rating_hasil_kerja=None,
        rating_hasil_kerja_derived=True,
        rating_perilaku="Sesuai Ekspektasi",
        predikat=predikat,
        lengkap=True,
        rows=rows,
    )


def assessed(levels, jp=24.0):
    return KompetensiRecord("x", None, levels, "asesmen", jp, "Kompetensi", 5)


def result_of(*employees):
    return ScoreResult(
        instansi="Kota Uji",
        tahun=2026,
        periode="tahunan",
        metode="permenpan-6-2022",
        units=[],
        employees=list(employees),
        issues=[],
    )


def test_gaps_priorities_seats_and_notes_by_hand():
    cfg = small()
    a1 = employee("A", "199001012015011001", "analis  LAYANAN", "Butuh Perbaikan")
    a2 = employee("A", "199001012015011002", "Penata Layanan", capaian={"X-01": 80.0})
    a3 = employee("A", "199001012015011003", "Analis Layanan")
    b1 = employee("B", "199001012015011004", "Kepala Dinas")  # no standard in B
    b2 = employee("B", "199001012015011005", "Analis Layanan")  # not assessed
    needs = compute_needs(
        cfg,
        result_of(a1, a2, a3, b1, b2),
        {
            ("A", a1.nip): assessed({"T-1": 2, "M-1": 2, "S-1": 2}, jp=8),
            ("A", a2.nip): assessed({"T-1": 2, "M-1": 2, "S-1": 1}),
            ("A", a3.nip): assessed({"T-1": 1, "M-1": 3, "S-1": 2}),
            ("B", b1.nip): assessed({"T-1": 3, "M-1": 3, "S-1": 3}, jp=None),
        },
    )
    got = [(n.nip[-1], n.kompetensi, n.gap, n.prioritas, n.skor_prioritas) for n in needs.needs]
    # a1: on the coaching list (30) + gap 1 (10): tinggi 40
    # a3: gap 2 on T-1 -> tinggi 20
    # a2: T-1 gap 1 with X-01 linked and at 80 < 90 -> sedang 15; S-1 gap 1 -> rendah 10
    assert got == [
        ("1", "T-1", 1, "tinggi", 40),
        ("3", "T-1", 2, "tinggi", 20),
        ("2", "T-1", 1, "sedang", 15),
        ("2", "S-1", 1, "rendah", 10),
    ]
    assert needs.needs[2].indikator_terkait == ("X-01",)
    # T-1 suggests Diklat T1 and Bimtek Bersama: a1, a2, a3 in both, once each
    programmes = {p["pelatihan"]: p for p in needs.programmes()}
    assert programmes["Diklat T1"]["peserta"] == 3 and programmes["Diklat T1"]["kelas"] == 2
    assert programmes["Bimtek Bersama"]["peserta"] == 3
    notes = {(n.jenis, n.nip[-1]): n for n in needs.notes}
    assert set(notes) == {
        ("jp_kurang", "1"),
        ("jabatan_tidak_cocok", "4"),
        ("jp_kurang", "4"),
        ("belum_dinilai", "5"),
    }
    assert notes[("jabatan_tidak_cocok", "4")].keterangan == "-"  # nothing close in B
    assert (
        notes[("jp_kurang", "1")].keterangan == "8" and notes[("jp_kurang", "4")].keterangan == "-"
    )
    assert (needs.employees, needs.assessed) == (5, 4)
    _codes, _units, counts = needs.heat_map()
    assert counts == {("T-1", "A"): 3, ("S-1", "A"): 1}


def test_jabatan_matching_and_close_matches():
    cfg = small()
    std, _ = match_standard(cfg, "A", "  kepala   DINAS ")
    assert std is not None and std.jabatan == "Kepala Dinas"
    none, close = match_standard(cfg, "B", "Kepala Dinas")  # that standard is for A only
    assert none is None
    none, close = match_standard(cfg, "A", "Analis Layanan Publik")
    assert none is None and close[0] == "Analis Layanan"


@pytest.mark.parametrize(
    ("change", "kode"),
    [
        (
            lambda d: d["standar_kompetensi"][0]["level"].update({"Z-9": 2}),
            "konfig_kompetensi_tak_dikenal",
        ),
        (
            lambda d: d["indikator"][0].update({"kompetensi": ["Q"]}),
            "konfig_kompetensi_tak_dikenal",
        ),
        (lambda d: d["kompetensi"].append(dict(d["kompetensi"][0])), "konfig_kompetensi_ganda"),
        (lambda d: d["standar_kompetensi"][0]["level"].update({"T-1": 6}), None),
    ],
)
def test_config_mistakes_are_named(change, kode):
    data = yaml.safe_load(SMALL)
    change(data)
    with pytest.raises(ConfigError) as caught:
        parse_config_text(yaml.safe_dump(data), source="uji.yaml")
    if kode is not None:
        assert kode in {p.kode for p in caught.value.problems}


@pytest.mark.slow(reason="end-to-end CLI runs, ~1 s on 2 busy cores")
def test_a_config_without_competencies_is_as_before(tmp_path):
    """Fingerprint and templates of the bundled config without its competencies are those of
    the config before issue 13 (70b2dec30dc845eb; no Kompetensi sheet)."""
    data = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    for key in ("kompetensi", "standar_kompetensi", "pengembangan"):
        data.pop(key)
    for ind in data["indikator"]:
        ind.pop("kompetensi", None)
    cfg = parse_config_text(yaml.safe_dump(data, allow_unicode=True), source="lama.yaml")
    assert cfg.fingerprint() == "70b2dec30dc845eb"
    from kinerja_cli.template import write_template

    path = write_template(cfg, "BKD", tmp_path / "t.xlsx")
    assert "Kompetensi" not in openpyxl.load_workbook(path).sheetnames
    # byte for byte the template committed before issue 13 (templates/xlsx at 740cabc)
    import hashlib

    assert hashlib.sha256(path.read_bytes()).hexdigest().startswith("1299ad13b116c9b6")
    with_them = write_template(
        parse_config_text(BUNDLED_CONFIG.read_text(encoding="utf-8")), "BKD", tmp_path / "k.xlsx"
    )
    assert "Kompetensi" in openpyxl.load_workbook(with_them).sheetnames


# ---- property tests ----------------------------------------------------------------------------

LEVELS = st.integers(min_value=1, max_value=5)


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(
        st.tuples(
            st.sampled_from(["Analis Layanan", "Penata Layanan", "Kepala Dinas", "Lain"]),
            st.sampled_from(["Baik", "Butuh Perbaikan", "Sangat Baik"]),
            st.fixed_dictionaries({"T-1": LEVELS, "M-1": LEVELS, "S-1": LEVELS}),
            st.booleans(),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_no_gap_at_or_above_standard_and_each_seat_once(people):
    cfg = small()
    employees, records = [], {}
    for i, (jabatan, predikat, levels, has) in enumerate(people):
        e = employee("A", f"1990010120150110{i:02d}", jabatan, predikat)
        employees.append(e)
        if has:
            records[("A", e.nip)] = assessed(levels)
    needs = compute_needs(cfg, result_of(*employees), records)
    for n in needs.needs:
        assert n.level < n.standar and n.gap == n.standar - n.level
    below: dict[str, set[tuple[str, str]]] = {}
    for e in employees:
        rec = records.get(("A", e.nip))
        std, _ = match_standard(cfg, "A", e.jabatan)
        if rec is None or std is None:
            continue
        for code, need in std.level.items():
            if rec.levels[code] < need:
                for p in cfg.competencies_by_code[code].pelatihan:
                    below.setdefault(p, set()).add((e.unit, e.nip))
            else:
                assert not any(n.nip == e.nip and n.kompetensi == code for n in needs.needs)
    seats: dict[str, list[tuple[str, str]]] = {}
    for s in needs.seats:
        seats.setdefault(s.pelatihan, []).append((s.unit, s.nip))
    assert {p: sorted(v) for p, v in seats.items()} == {p: sorted(v) for p, v in below.items()}
    assert all(len(v) == len(set(v)) for v in seats.values())


# ---- through the CLI, on the bundled examples --------------------------------------------------


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    tmp = tmp_path_factory.mktemp("kebutuhan")

    def run(*args):
        return CliRunner().invoke(
            app, ["--config", str(BUNDLED_CONFIG), "--db", str(tmp / "k.db"), *map(str, args)]
        )

    assert run("impor", ROOT / "examples" / "masuk").exit_code == 1
    return tmp, run


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_kebutuhan_json_equals_the_workbook(city):
    tmp, run = city
    rows = json_out(run("kebutuhan", "-f", "json"))
    assert rows and set(rows[0]) == {
        "nip", "nama", "unit", "jabatan", "kompetensi", "nama_kompetensi", "jenis", "standar",
        "level", "gap", "prioritas", "skor_prioritas", "predikat", "indikator_terkait",
        "pelatihan",
    }  # fmt: skip
    assert all(r["gap"] == r["standar"] - r["level"] > 0 for r in rows)
    out = tmp / "KEBUTUHAN.xlsx"
    made = run("kebutuhan", "-f", "xlsx", "-o", out, "--tanggal", "2026-12-04")
    assert made.exit_code == 0, made.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ringkasan", "Pegawai", "Usulan Pelatihan", "Catatan"]
    table = list(wb["Ringkasan"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(table) if r[0] == "Kompetensi")
    units = [c for c in table[head][2:-1] if c]
    heat = {}
    for r in table[head + 1 :]:
        if not r[0]:
            break
        for u, v in zip(units, r[2:], strict=False):
            if v:
                heat[(r[0], u)] = v
    counted: dict[tuple[str, str], int] = {}
    for r in rows:
        counted[(r["kompetensi"], r["unit"])] = counted.get((r["kompetensi"], r["unit"]), 0) + 1
    assert heat == counted
    assert len(wb["Ringkasan"]._charts) == 1
    pegawai = list(wb["Pegawai"].iter_rows(values_only=True))
    assert sum(1 for r in pegawai if r and r[2] and str(r[2]).isdigit()) == len(rows)
    # seats: every (programme, employee) of the JSON once
    usulan = list(wb["Usulan Pelatihan"].iter_rows(values_only=True))
    seat_head = max(i for i, r in enumerate(usulan) if r and r[0] == "Pelatihan")
    seats = [(r[0], r[3]) for r in usulan[seat_head + 1 :] if r and r[0]]
    expected = {(p, r["nip"]) for r in rows for p in r["pelatihan"]}
    assert sorted(seats) == sorted(expected)
    # the notes: the jabatan without a standard and the employees not assessed are named
    catatan = [r for r in wb["Catatan"].iter_rows(values_only=True) if r and r[2]]
    kinds = {r[0] for r in catatan}
    assert {"Jabatan tanpa standar", "Belum dinilai", "JP di bawah minimum"} <= kinds


def test_kebutuhan_unit_filter_csv_and_a_config_without_competencies(city, tmp_path):
    _, run = city
    csv = run("kebutuhan", "--unit", "dinkes", "-f", "csv")
    assert csv.exit_code == 0
    lines = csv.stdout.strip().splitlines()
    assert lines[0].startswith("nip,nama,unit") and all(",DINKES," in x for x in lines[1:])
    table = run("kebutuhan")
    assert table.exit_code == 0 and "kesenjangan pada" in " ".join(table.stderr.split())
    data = yaml.safe_load(BUNDLED_CONFIG.read_text(encoding="utf-8"))
    del data["kompetensi"], data["standar_kompetensi"]
    for ind in data["indikator"]:
        ind.pop("kompetensi", None)
    plain = tmp_path / "tanpa.yaml"
    plain.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    refused = CliRunner().invoke(app, ["--config", str(plain), "kebutuhan"])
    assert refused.exit_code == 2 and "tidak memuat daftar kompetensi" in refused.stderr


def test_the_documents_name_the_largest_gaps(city):
    tmp, run = city
    rows = json.loads(run("kebutuhan", "--unit", "BKD", "-f", "json").stdout)
    nip = rows[0]["nip"]
    made = run("dokumen", "--nip", nip, "--tanggal", "2026-12-04", "-o", tmp / "dok")
    assert made.exit_code == 0, made.output
    from pypdf import PdfReader

    (pdf,) = (tmp / "dok").glob("*.pdf")
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Pengembangan kompetensi:" in text
    mine = sorted((r for r in rows if r["nip"] == nip), key=lambda r: -r["gap"])
    assert mine[0]["kompetensi"] in text and mine[0]["pelatihan"][0] in text


@needs_soffice
def test_the_workbook_opens_in_libreoffice(city, tmp_path):
    """The workbook test_kebutuhan_json_equals_the_workbook checks, written here too (that
    test is in make test-fast, this one only in make test, maybe on another worker)."""
    _, run = city
    out = tmp_path / "KEBUTUHAN.xlsx"
    made = run("kebutuhan", "-f", "xlsx", "-o", out, "--tanggal", "2026-12-04")
    assert made.exit_code == 0, made.output
    from pypdf import PdfReader

    pages = PdfReader(soffice_convert(out, "pdf", tmp_path)).pages
    first = " ".join(pages[0].extract_text().split())
    assert "KEBUTUHAN PENGEMBANGAN KOMPETENSI 2026" in first and len(pages) > 3


# ---- the Kompetensi sheet at the cell ---------------------------------------------------------


def test_the_kompetensi_sheet_is_checked_at_the_cell(tmp_path):
    """A small city's template filled by hand: each problem at its cell, and none changes
    a score (the SKP rows stay valid)."""
    from kinerja_cli.template import write_template
    from kinerja_cli.validate import validate_file

    cfg = small()
    path = write_template(cfg, "A", tmp_path / "RENCANA-A-2026.xlsx")
    wb = openpyxl.load_workbook(path)
    peg, skp, kom = wb["Pegawai"], wb["SKP"], wb["Kompetensi"]
    wb["Identitas"]["B9"] = None
    people = ["199001012015011001", "199001012015011002", "199001012015011003"]
    for i, nip in enumerate(people):
        peg.cell(5 + i, 1).value = nip
        peg.cell(5 + i, 2).value = f"Pegawai {i}"
        peg.cell(5 + i, 3).value = "Analis Layanan"
        peg.cell(5 + i, 6).value = "Sesuai Ekspektasi"
        for j, kode in enumerate(("X-01", "X-02")):
            r = 5 + 2 * i + j
            for c, v in enumerate([nip, f"Pegawai {i}", kode, None, None, "10", 50, 3, 3, 3, 3], 1):
                if v is not None:
                    skp.cell(r, c).value = v
    rows = [
        (people[0], 3, 2, 2, "asesmen", 24),
        (people[1], 7, "dua", 2, "wawancara", -5),
        ("199001012015011009", 3, 3, 3, "asesmen", 20),
    ]
    for i, values in enumerate(rows):
        for c, v in enumerate(values, start=1):
            kom.cell(5 + i, c if c == 1 else c + 1).value = v
    wb.save(path)
    sub = validate_file(path, cfg)
    found = {
        (i.sheet, i.cell, i.kode, i.tingkat) for i in sub.issues if i.kode.startswith("kompetensi")
    }
    assert found == {
        ("Kompetensi", "C6", "kompetensi_level_tidak_sah", "error"),
        ("Kompetensi", "D6", "kompetensi_level_tidak_sah", "error"),
        ("Kompetensi", "F6", "kompetensi_metode_tidak_dikenal", "warning"),
        ("Kompetensi", "G6", "kompetensi_jp_tidak_sah", "error"),
        ("Kompetensi", "A7", "kompetensi_nip_bukan_pegawai", "error"),
        ("Pegawai", "A7", "kompetensi_belum_dinilai", "warning"),
    }
    assert all(r.valid for r in sub.skp)
    good = next(r for r in sub.kompetensi if r.nip == people[0])
    assert (good.levels, good.metode, good.jp, good.valid) == (
        {"T-1": 3, "M-1": 2, "S-1": 2},
        "asesmen",
        24.0,
        True,
    )


def test_a_nip_twice_on_the_kompetensi_sheet_is_one_error_and_neither_row_is_used(
    invoke, tmp_path
) -> None:
    """An employee assessed on two rows of the Kompetensi sheet (a copied row, or a second
    assessment added below): which levels are right cannot be known, so, as on the Pegawai
    sheet, one nip_ganda at the first row naming both, and neither row reaches the needs
    (the store used to keep the first row without a word)."""
    from openpyxl import load_workbook

    from kinerja_cli.config import load_config
    from kinerja_cli.validate import validate_file

    src = ROOT / "examples" / "masuk" / "RENCANA-DINKES-2026.xlsx"
    path = tmp_path / src.name
    shutil.copy(src, path)
    wb = load_workbook(path)
    kom = wb["Kompetensi"]
    first = next(r for r in range(1, 40) if str(kom.cell(r, 1).value or "").isdigit())
    last = max(r for r in range(first, kom.max_row + 1) if kom.cell(r, 1).value)
    nip = kom.cell(first, 1).value
    for c in range(1, kom.max_column + 1):
        kom.cell(last + 1, c).value = kom.cell(first, c).value
    kom.cell(last + 1, 2).value = "baris kedua yang sama"
    wb.save(path)
    res = invoke("--config", BUNDLED_CONFIG, "validasi", path, "--format", "json")
    assert res.exit_code == 1, res.output
    issues = json.loads(res.stdout)["issues"]
    twice = [i for i in issues if i["kode"] == "nip_ganda"]
    assert [(i["sheet"], i["cell"], i["tingkat"]) for i in twice] == [
        ("Kompetensi", f"A{first}", "error")
    ], twice
    assert f"baris {first}, {last + 1}" in twice[0]["pesan"], twice[0]["pesan"]
    sub = validate_file(path, load_config(BUNDLED_CONFIG))
    kept = [r for r in sub.kompetensi if r.nip == str(nip)]
    assert len(kept) == 2 and not any(r.valid for r in kept)


def test_kompetensi_rows_round_trip_on_both_backends(store_target, tmp_path):
    from kinerja_cli.store import Store
    from tests.test_store_support import make_submission

    sub, data = make_submission("DINKES", seed=3)
    sub.kompetensi = [
        KompetensiRecord(
            "199001012015011001", "A", {"T-1": 3, "M-1": None}, "asesmen", 12.5, "Kompetensi", 5
        ),
        KompetensiRecord("x", None, {}, None, None, "Kompetensi", 6, valid=False),
    ]
    with Store.open(store_target) as store:
        store.ingest(sub, data)
        (back,) = store.current_submissions(2026)
    assert back.kompetensi == sub.kompetensi
