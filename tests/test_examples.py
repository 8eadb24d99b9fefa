"""``kinerja contoh``: deterministic, realistic example workbooks with planted mistakes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kinerja_cli.config import parse_config_text
from kinerja_cli.examples import (
    EXPECTED_KODE,
    MANIFEST_NAME,
    MISTAKES,
    SIMPAN_ULANG_ODS,
    SIMPAN_ULANG_XLS,
    build_example_units,
    generate_examples,
    read_manifest,
)
from kinerja_cli.layout import SHEET_META, SHEET_PEGAWAI, SHEET_SKP
from kinerja_cli.values import check_nip
from tests.conftest import ROOT, needs_soffice

COMMITTED = ROOT / "examples" / "masuk"
REGENERATE = "regenerate with: .venv/bin/kinerja contoh examples/masuk"


# ---- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def units(config):
    return build_example_units(config)


@pytest.fixture(scope="module")
def generated(config, tmp_path_factory):
    """A full run without LibreOffice: every unit as .xlsx (the same data as examples/)."""
    out = tmp_path_factory.mktemp("contoh") / "masuk"
    files = generate_examples(config, out, convert=False)
    return out, files


@pytest.fixture(scope="module")
def report(config):
    """The committed examples, validated together (cross-file checks included)."""
    from kinerja_cli.validate.report import validate_paths

    return validate_paths([COMMITTED], config)


def sheet_values(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet's values, normalised so .xlsx, .ods and .xls compare equal."""
    from python_calamine import CalamineWorkbook

    def norm(v: object) -> object:
        if v == "" or v is None:
            return None
        if isinstance(v, bool):
            return v
        if isinstance(v, int | float):
            return round(float(v), 9)
        if isinstance(v, datetime):
            return v.date()
        return v

    wb = CalamineWorkbook.from_path(str(path))
    out = {}
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        cleaned = [[norm(v) for v in row] for row in rows]
        while cleaned and all(v is None for v in cleaned[-1]):
            cleaned.pop()
        out[name] = [
            row[: max((i + 1 for i, v in enumerate(row) if v is not None), default=0)]
            for row in cleaned
        ]
    return out


# ---- the data ---------------------------------------------------------------------------------


def test_every_unit_gets_a_file_with_realistic_sizes(units, config):
    assert [u.kode for u in units] == [u.kode for u in config.unit]
    sizes = {u.kode: len(u.pegawai) for u in units}
    assert max(sizes.values()) >= 100
    assert sum(1 for n in sizes.values() if 20 <= n <= 60) >= 5
    assert sizes["DISDIK"] >= 100 and sizes["DINKES"] >= 100


def test_nips_are_valid_unique_and_match_the_person(units, config):
    seen: dict[str, set[str]] = {}
    pppk = 0
    for u in units:
        for e in u.pegawai:
            check = check_nip(e.nip)
            assert check.nip == e.nip, (u.kode, e.nip, check)
            assert e.nip[14] == ("2" if e.perempuan else "1")
            birth = int(e.nip[:4])
            assert birth + 18 <= int(e.nip[8:12]) <= config.tahun
            if e.pppk:
                pppk += 1
                assert check.jenis == "pppk" and e.golongan in ("V", "VII", "IX", "X")
            else:
                assert "/" in e.golongan
            seen.setdefault(e.nip, set()).add(u.kode)
    assert 3 <= pppk <= 60
    twice = {nip: sorted(kodes) for nip, kodes in seen.items() if len(kodes) > 1}
    planted = [u for u in units if u.duplicate_of]
    assert len(planted) == 1  # only the planted duplicate, in exactly two units
    assert twice == {
        planted[0].duplicate_of[1]: sorted([planted[0].kode, planted[0].duplicate_of[0]])
    }


def test_head_is_first_and_names_carry_fitting_gelar(units):
    for u in units:
        assert u.kepala.jabatan.startswith("Kepala ")
        assert u.pegawai[1].jabatan == "Sekretaris"
    dinkes = next(u for u in units if u.kode == "DINKES")
    assert any(e.nama.startswith("dr. ") for e in dinkes.pegawai if "Dokter" in e.jabatan)
    assert any(e.nama.startswith("Ns. ") and "S.Kep." in e.nama for e in dinkes.pegawai)
    assert all(e.perempuan for e in dinkes.pegawai if e.jabatan.startswith("Bidan"))
    names = [e.nama for u in units for e in u.pegawai]
    assert any("br. " in n for n in names)
    assert any(
        n.split(",")[0].endswith(
            (
                "Zebua",
                "Gulo",
                "Harefa",
                "Telaumbanua",
                "Halawa",
                "Waruwu",
                "Laoli",
                "Zalukhu",
                "Lase",
                "Hia",
            )
        )
        for n in names
    )


def test_skp_rows_cover_the_units_indicators_with_weights_summing_to_100(units, config):
    for u in units:
        expected = [i.kode for i in config.indicators_for(u.kode, "pegawai")]
        by_nip: dict[str, list] = {}
        for r in u.skp:
            by_nip.setdefault(r.nip, []).append(r)
        assert set(by_nip) == {e.nip for e in u.pegawai}
        for nip, rows in by_nip.items():
            assert sum(float(r.bobot or 0) for r in rows) == pytest.approx(100), (u.kode, nip)
            codes = [r.kode for r in rows]
            if u.unknown_code_row is None or u.skp[u.unknown_code_row].nip != nip:
                assert codes == expected


def test_values_stay_inside_batas_and_iku_is_filled(units, config):
    for u in units:
        for r in u.skp:
            ind = config.indicators_by_code.get(r.kode)
            if ind is None or ind.batas is None:
                continue
            for v in r.realisasi:
                assert ind.batas.contains(float(v)), (u.kode, r)
        assert [row.kode for row in u.iku] == [
            i.kode for i in config.indicators_for(u.kode, "unit")
        ]
        assert all(len(row.realisasi) == 4 for row in u.iku)
        assert u.tanggal.year == config.tahun + 1 and u.tanggal.month == 1
        assert u.tanggal.weekday() < 5


def test_ratings_are_varied_mostly_derived(units):
    hasil = Counter(e.rating_hasil_kerja for u in units for e in u.pegawai)
    perilaku = Counter(e.rating_perilaku for u in units for e in u.pegawai)
    total = sum(hasil.values())
    assert hasil[None] / total > 0.8  # mostly left blank: derived from nilai
    assert len(hasil) == 4  # and some overrides of each word
    assert (
        perilaku["Sesuai Ekspektasi"]
        > perilaku["Di Atas Ekspektasi"]
        > perilaku["Di Bawah Ekspektasi"]
        > 0
    )
    kinerja = [e.kinerja for u in units for e in u.pegawai]
    near = sum(1 for p in kinerja if 0.9 <= p <= 1.1)
    assert near / len(kinerja) > 0.55
    assert any(p < 0.85 for p in kinerja) and any(p > 1.15 for p in kinerja)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**31))
@pytest.mark.slow(reason="hypothesis examples through whole runs, ~2 s on 2 busy cores")
def test_any_seed_gives_valid_nips_and_weights(config, seed):
    for u in build_example_units(config, seed=seed):
        for e in u.pegawai:
            assert check_nip(e.nip).nip == e.nip
        weights: dict[str, float] = {}
        for r in u.skp:
            weights[r.nip] = weights.get(r.nip, 0) + float(r.bobot or 0)
        assert all(w == pytest.approx(100) for w in weights.values())


def test_same_seed_same_data_other_seed_other_data(config, units):
    again = build_example_units(config)
    assert [(e.nip, e.nama) for u in again for e in u.pegawai] == [
        (e.nip, e.nama) for u in units for e in u.pegawai
    ]
    assert [r.realisasi for u in again for r in u.skp] == [
        r.realisasi for u in units for r in u.skp
    ]
    other = build_example_units(config, seed=7)
    assert [e.nip for e in other[0].pegawai] != [e.nip for e in units[0].pegawai]


GENERIC = """
instansi: Pemerintah Kabupaten Contoh
tahun: 2027
unit:
  - {kode: "DINAS-A", nama: Dinas Pertanian}
  - {kode: "DINAS-B", nama: Badan Pendapatan Daerah}
  - {kode: "DINAS-C", nama: Kantor Kesatuan Bangsa}
  - {kode: "DINAS-D", nama: Dinas Perikanan}
indikator:
  - {kode: "A-1", nama: Produksi padi, satuan: ton, polaritas: positif, agregasi: jumlah,
     tingkat: pegawai, unit: semua, batas: {min: 0, max: 100000}}
  - {kode: "A-2", nama: Waktu layanan, satuan: hari, polaritas: negatif, agregasi: rata-rata,
     tingkat: pegawai, unit: semua, bobot: 50, batas: {min: 0, max: 30}}
  - {kode: "A-3", nama: Cakupan, satuan: "%", polaritas: positif, agregasi: terakhir,
     tingkat: pegawai, unit: ["DINAS-A", "DINAS-B"]}
  - {kode: "U-1", nama: Kepuasan, satuan: indeks, polaritas: positif, agregasi: terakhir,
     tingkat: unit, unit: semua, batas: {min: 0, max: 100}}
"""


def test_another_config_gets_the_same_kinds_of_data_and_mistakes():
    cfg = parse_config_text(GENERIC)
    units = build_example_units(cfg, seed=1)
    assert len(units[0].pegawai) >= 100
    assert units[0].mistakes == () and units[0].kepala.jabatan == "Kepala Dinas"
    assert units[1].kepala.jabatan == "Kepala Badan"
    planted = {m for u in units for m in u.mistakes}
    assert {"nip_angka", "kode_tak_dikenal", "nip_ganda_antarunit"} <= planted
    for u in units:
        weights: dict[str, float] = {}
        for r in u.skp:
            weights[r.nip] = weights.get(r.nip, 0) + float(r.bobot or 0)
        assert all(w == pytest.approx(100) for w in weights.values())
        assert all(row.target is not None for row in u.iku)  # no default: the unit fills it


# ---- the workbooks ------------------------------------------------------------------------------


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_one_file_per_unit_and_a_manifest(generated, config):
    out, files = generated
    assert [f.unit for f in files] == [u.kode for u in config.unit]
    on_disk = sorted(p.name for p in out.iterdir())
    assert on_disk == sorted([MANIFEST_NAME, *(f.path.name for f in files)])
    manifest = read_manifest(out)
    assert manifest["seed"] == 2026 and manifest["tahun"] == config.tahun
    assert manifest["sidik_jari_konfigurasi"] == config.fingerprint()
    assert list(manifest["berkas"]) == [f.path.name for f in files]
    for f in files:
        entry = manifest["berkas"][f.path.name]
        assert entry["unit"] == f.unit
        assert entry["kesalahan"] == [asdict(m) for m in f.mistakes]
    # without LibreOffice the .ods/.xls units are .xlsx, and the manifest says why
    notes = [e["catatan"] for e in manifest["berkas"].values() if e["catatan"]]
    assert len(notes) == 2 and all(".xlsx" in n for n in notes)


def test_manifest_lists_every_planted_mistake_with_its_place():
    manifest = json.loads((COMMITTED / MANIFEST_NAME).read_text(encoding="utf-8"))
    found = {m["mistake"] for e in manifest["berkas"].values() for m in e["kesalahan"]}
    assert found == set(MISTAKES), f"missing {set(MISTAKES) - found}; {REGENERATE}"
    for entry in manifest["berkas"].values():
        for m in entry["kesalahan"]:
            if m["mistake"] in (SIMPAN_ULANG_ODS, SIMPAN_ULANG_XLS):
                assert m["cell"] is None
            else:
                assert m["sheet"] and m["cell"], m
            assert [m["kode"], m["tingkat"]] == list(EXPECTED_KODE[m["mistake"]])
            assert m["keterangan"]
    clean = [n for n, e in manifest["berkas"].items() if not e["kesalahan"]]
    assert len(clean) >= 3
    assert {e["format"] for e in manifest["berkas"].values()} == {"xlsx", "ods", "xls"}


@pytest.mark.slow(reason="a full kinerja contoh run (module fixture, ~8 s)")
def test_committed_examples_are_current(generated):
    """examples/masuk is what `kinerja contoh examples/masuk` writes today (semantically:
    every sheet's values; the .ods and .xls against the regenerated .xlsx)."""
    out, files = generated
    committed = json.loads((COMMITTED / MANIFEST_NAME).read_text(encoding="utf-8"))
    regenerated = read_manifest(out)
    by_unit = {f.unit: f for f in files}
    assert sorted(e["unit"] for e in committed["berkas"].values()) == sorted(by_unit), REGENERATE
    for name, entry in committed["berkas"].items():
        fresh = by_unit[entry["unit"]]
        assert (COMMITTED / name).is_file(), f"{name} missing; {REGENERATE}"
        old, new = sheet_values(COMMITTED / name), sheet_values(fresh.path)
        if entry["format"] != "xlsx":
            old.pop(SHEET_META, None), new.pop(SHEET_META, None)  # LibreOffice keeps it
        assert old.keys() == new.keys(), f"{name}: sheets differ; {REGENERATE}"
        for sheet in old:
            assert old[sheet] == new[sheet], f"{name}!{sheet} is stale; {REGENERATE}"
        fresh_entry = regenerated["berkas"][fresh.path.name]
        planted = [
            m
            for m in entry["kesalahan"]
            if m["mistake"] not in (SIMPAN_ULANG_ODS, SIMPAN_ULANG_XLS)
        ]
        assert planted == fresh_entry["kesalahan"], f"{name}: manifest stale; {REGENERATE}"
    assert {k: v for k, v in committed.items() if k != "berkas"} == {
        k: v for k, v in regenerated.items() if k != "berkas"
    }, REGENERATE


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_generation_is_deterministic_and_unit_selection_changes_nothing(
    generated, config, tmp_path
):
    out, _files = generated
    picked = generate_examples(config, tmp_path, units=["dpmptsp", "BAPPEDA"], convert=False)
    assert [f.unit for f in picked] == ["BAPPEDA", "DPMPTSP"]
    for f in picked:
        full = out / f.path.name
        assert f.path.read_bytes() == full.read_bytes()  # fixed zip times, no save stamp
    manifest = read_manifest(tmp_path)
    assert list(manifest["berkas"]) == [f.path.name for f in picked]


@pytest.mark.slow(reason="a full kinerja contoh run (module fixture, ~8 s)")
def test_filled_cells_are_typed_as_a_careful_dinas_types_them(generated):
    from openpyxl import load_workbook

    _out, files = generated
    f = next(f for f in files if f.unit == "DINKES")
    wb = load_workbook(f.path)
    peg, skp = wb[SHEET_PEGAWAI], wb[SHEET_SKP]
    assert peg["A5"].data_type == "s" and len(peg["A5"].value) == 18
    assert skp["A5"].value == peg["A5"].value  # the head's first SKP row
    assert isinstance(skp["F5"].value, str)  # Target typed into a text cell
    assert isinstance(skp["G5"].value, int | float) and isinstance(skp["H5"].value, int | float)
    ident = wb["Identitas"]
    values = {ident.cell(r, 1).value: ident.cell(r, 2).value for r in range(1, 20)}
    assert values["NIP Kepala Unit"] == peg["A5"].value
    assert values["Nama Kepala Unit"] == peg["B5"].value
    tanggal = values["Tanggal"]
    assert isinstance(tanggal, datetime | date) and tanggal.year == 2027


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_stale_sibling_of_another_format_is_replaced(config, tmp_path):
    first = generate_examples(config, tmp_path, units=["DINSOS"], convert=False)
    assert first[0].path.suffix == ".xlsx"
    (tmp_path / "catatan-saya.xlsx").write_bytes(b"not ours")
    # pretend the earlier run wrote an .ods: the manifest now lists a file that we replace
    manifest = read_manifest(tmp_path)
    entry = manifest["berkas"].pop(first[0].path.name)
    manifest["berkas"]["RENCANA-DINSOS-2026.ods"] = entry
    (tmp_path / "RENCANA-DINSOS-2026.ods").write_bytes(b"old")
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    generate_examples(config, tmp_path, units=["DINSOS"], convert=False)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["MANIFEST.json", "RENCANA-DINSOS-2026.xlsx", "catatan-saya.xlsx"]


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_without_soffice_the_units_are_xlsx_with_a_note(config, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "which", lambda name: None)
    (f,) = generate_examples(config, tmp_path, units=["DISPAR"])
    assert f.format == "xlsx" and f.path.suffix == ".xlsx"
    assert f.note and "LibreOffice" in f.note and ".xls" in f.note
    assert f.mistakes == ()


@needs_soffice
def test_soffice_resave_keeps_the_content(config, tmp_path, generated):
    """The .xls path (the .ods one differs only by the filter name; both committed files are
    compared in test_committed_examples_are_current)."""
    from kinerja_cli.validate.report import validate_paths

    out, _files = generated
    (f,) = generate_examples(config, tmp_path, units=["DISPAR"])
    assert f.path.name == "RENCANA-DISPAR-2026.xls" and f.format == "xls"
    assert f.note is None and [m.mistake for m in f.mistakes] == [SIMPAN_ULANG_XLS]
    converted = sheet_values(f.path)
    original = sheet_values(out / "RENCANA-DISPAR-2026.xlsx")
    converted.pop(SHEET_META), original.pop(SHEET_META)
    assert converted == original
    rep = validate_paths([tmp_path], config)
    assert rep.submissions[0].issues == []


# ---- validation of the committed examples -------------------------------------------------------


def test_clean_examples_give_no_issues_and_mistakes_give_their_kode(report):
    manifest = json.loads((COMMITTED / MANIFEST_NAME).read_text(encoding="utf-8"))
    subs = {Path(s.path).name: s for s in report.submissions}
    assert set(subs) == set(manifest["berkas"])
    assert report.missing_units == []
    assert not report.unreadable
    for name, entry in manifest["berkas"].items():
        sub = subs[name]
        expected = {(m["sheet"], m["cell"], m["kode"]) for m in entry["kesalahan"] if m["kode"]}
        got = {(i.sheet, i.cell, i.kode) for i in sub.issues}
        assert got == expected, f"{name}: unexpected {got - expected}, missing {expected - got}"
        for m in entry["kesalahan"]:
            if m["kode"]:
                issue = next(i for i in sub.issues if (i.sheet, i.cell) == (m["sheet"], m["cell"]))
                assert issue.tingkat == m["tingkat"]
        if not any(m["tingkat"] for m in entry["kesalahan"]):
            assert sub.error_count == 0 and sub.warning_count == 0, name


def test_tolerated_variants_are_read_as_their_value(report):
    """Decimal comma, "90%" text, renamed headers and moved columns are read, not guessed."""
    manifest = json.loads((COMMITTED / MANIFEST_NAME).read_text(encoding="utf-8"))
    subs = {Path(s.path).name: s for s in report.submissions}
    checked = 0
    for name, entry in manifest["berkas"].items():
        sub = subs[name]
        for m in entry["kesalahan"]:
            if m["mistake"] not in ("koma_desimal", "persen_teks"):
                continue
            row = int("".join(ch for ch in m["cell"] if ch.isdigit()))
            col = "".join(ch for ch in m["cell"] if ch.isalpha())
            quarter = "HIJK".index(col)
            rec = next(r for r in sub.skp if r.row == row)
            assert rec.realisasi[quarter] == pytest.approx(m["dibaca"]), (name, m)
            checked += 1
    assert checked >= 6
    moved = subs["RENCANA-DISHUB-2026.xlsx"]
    assert len(moved.skp) == 152 and all(r.nip.isdigit() and len(r.nip) == 18 for r in moved.skp)
    assert {r.bobot for r in moved.skp} <= {10, 20, 30, 40}
    renamed = subs["RENCANA-BKD-2026.xlsx"]
    assert all(r.realisasi[3] is not None for r in renamed.skp)
    assert all(p.golongan for p in renamed.pegawai)


def test_the_recap_of_the_examples_is_meaningful(report, config):
    from kinerja_cli.scoring import score

    result = score(report.submissions, config)
    predikat = Counter(e.predikat for e in result.employees)
    assert {"Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct"} <= set(predikat)
    org = {u.kode: u.predikat_organisasi for u in result.units}
    assert org["DISPAR"] == "Istimewa" and org["DINSOS"] == "Butuh Perbaikan"
    assert Counter(org.values())["Baik"] >= 6
    breaking = sorted(u.kode for u in result.units if u.kurva_ok is False)
    assert breaking == ["BPKAD", "DINSOS"]


# ---- the command ------------------------------------------------------------------------------


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_cli_contoh_writes_selected_units(invoke, tmp_path):
    out = tmp_path / "masuk"
    result = invoke("contoh", out, "--unit", "BAPPEDA", "-u", "dpmptsp", "--seed", "11")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "MANIFEST.json",
        "RENCANA-BAPPEDA-2026.xlsx",
        "RENCANA-DPMPTSP-2026.xlsx",
    ]
    err = result.stderr
    assert "[1/2] RENCANA-BAPPEDA-2026.xlsx: BAPPEDA, 27 pegawai" in err
    assert "kode_tak_dikenal" in err and "bersih" in err
    assert "kinerja validasi" in err
    assert result.stdout == ""
    assert read_manifest(out)["seed"] == 11


def test_cli_demo_alias_quiet_and_errors(invoke, tmp_path):
    result = invoke("demo", tmp_path / "d", "--unit", "DISDUKCAPIL", "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert (tmp_path / "d" / "RENCANA-DISDUKCAPIL-2026.xlsx").is_file()
    unknown = invoke("contoh", tmp_path / "e", "--unit", "NOPE")
    assert unknown.exit_code == 2 and "NOPE" in unknown.stderr
    assert not (tmp_path / "e").exists()
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("x", encoding="utf-8")
    not_dir = invoke("contoh", a_file)
    assert not_dir.exit_code == 2 and "bukan folder" in not_dir.stderr
    english = invoke("contoh", a_file, "--lang", "en")
    assert "not a folder" in english.stderr


def test_bundled_unit_profiles_are_consistent(config):
    """``kinerja_cli/data/contoh_unit.yaml`` is edited by hand: every unit of the bundled config
    has a profile, every jabatan names a known level and degree, every band a known band."""
    from kinerja_cli.examples import data

    assert set(data.UNIT_PROFILES) == {u.kode for u in config.unit}
    bands = {band for band, _ in data.SEBARAN_BAKU}
    for kode, profile in data.UNIT_PROFILES.items():
        for jab in profile.jabatan:
            assert jab.level in data.LEVELS and jab.degree in data.ENTRY_AGE, (kode, jab)
        assert {band for band, _ in profile.sebaran} <= bands, kode
        assert profile.size > 0 and profile.bidang and profile.seksi, kode
