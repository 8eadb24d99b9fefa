"""Scoring: golden figures (regulation examples, published LKjIP numbers, the matrix, the
distribution rules) and the assembled ScoreResult. Records are built directly here."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from kinerja_cli.config import Config, Target, parse_config_text
from kinerja_cli.domain import Periode, PredikatPegawai, Rating
from kinerja_cli.errors import UsageError
from kinerja_cli.messages import render
from kinerja_cli.model import (
    Identitas,
    IkuRecord,
    PegawaiRecord,
    SkpRecord,
    Submission,
    make_issue,
)
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring import (
    PREDIKAT_MATRIX,
    aggregate_realisasi,
    capaian_bulat,
    check_kurva,
    competition_ranks,
    employee_rank_key,
    format_percent,
    kepala_rating,
    missing_quarters,
    nilai_capaian_8_2021,
    normalised_weights,
    parse_periode,
    period_target,
    predikat_8_2021,
    predikat_organisasi_from_capaian,
    predikat_pegawai,
    rating_from_nilai,
    required_quarters,
    row_capaian,
    score,
    unit_rank_key,
    weighted_nilai,
)

CONFIG_YAML = """\
instansi: Pemerintah Kota Uji
tahun: 2026
penilaian:
  metode: {metode}
  batas_capaian: {batas}
  kurva_distribusi: {kurva}
  kurva_pembulatan: {pembulatan}
  kurva_minimal_pegawai: {minimal}
unit:
  - {{kode: "A", nama: Dinas A}}
  - {{kode: "B", nama: Dinas B}}
  - {{kode: "C", nama: Dinas C}}
indikator:
  - {{kode: "POS", nama: Cakupan, satuan: "%", polaritas: positif, agregasi: terakhir,
     tingkat: pegawai, unit: semua, bobot: 60}}
  - {{kode: "NEG", nama: Waktu layanan, satuan: hari, polaritas: negatif, agregasi: rata-rata,
     tingkat: pegawai, unit: semua, bobot: 40}}
  - {{kode: "JML", nama: Layanan selesai, satuan: dokumen, polaritas: positif,
     agregasi: jumlah, tingkat: pegawai, unit: semua}}
  - {{kode: "RATA", nama: Rata-rata skor, satuan: skor, polaritas: positif,
     agregasi: rata-rata, tingkat: pegawai, unit: semua}}
  - {{kode: "IKU-1", nama: IKM, satuan: indeks, polaritas: positif, agregasi: terakhir,
     tingkat: unit, unit: semua}}
  - {{kode: "IKU-2", nama: Realisasi anggaran, satuan: "%", polaritas: positif,
     agregasi: terakhir, tingkat: unit, unit: semua}}
"""


@functools.cache
def make_config(
    metode: str = "permenpan-6-2022",
    batas: Any = "null",
    kurva: bool = True,
    pembulatan: str = "ketat",
    minimal: int = 1,
) -> Config:
    return parse_config_text(
        CONFIG_YAML.format(
            metode=metode,
            batas=batas,
            kurva=str(kurva).lower(),
            pembulatan=pembulatan,
            minimal=minimal,
        )
    )


def nip(i: int) -> str:
    """A distinct, well-shaped 18-digit NIP."""
    return f"19800101200501{1 + i % 2}{i:03d}"


def target(value: float | str) -> Target:
    if isinstance(value, str):
        lo, hi = (float(x) for x in value.split("-"))
        return Target(low=lo, high=hi)
    return Target(low=float(value), high=float(value))


def rz(*values: float | None) -> tuple[float | None, float | None, float | None, float | None]:
    """The four quarters; one value stands for a year reported the same every quarter (the
    shorthand of the single-number cases: ``terakhir`` and ``rata-rata`` read it as is)."""
    if len(values) == 1:
        return (values[0], values[0], values[0], values[0])
    padded = (list(values) + [None] * 4)[:4]
    return (padded[0], padded[1], padded[2], padded[3])


_row = iter(range(10, 10_000_000))


def skp(
    nip_: str,
    kode: str,
    t: float | str | None,
    *realisasi: float | None,
    bobot: float | None = None,
    valid: bool = True,
) -> SkpRecord:
    return SkpRecord(
        nip=nip_,
        nama=None,
        kode=kode,
        target=None if t is None else target(t),
        bobot=bobot,
        realisasi=rz(*realisasi),
        sheet="SKP",
        row=next(_row),
        valid=valid,
    )


def iku(
    kode: str, t: float | str | None, *realisasi: float | None, valid: bool = True
) -> IkuRecord:
    return IkuRecord(
        kode=kode,
        nama=None,
        satuan=None,
        target=None if t is None else target(t),
        realisasi=rz(*realisasi),
        keterangan=None,
        sheet="IKU",
        row=next(_row),
        valid=valid,
    )


def pegawai(
    nip_: str,
    hasil: str | None = None,
    perilaku: str | None = "Sesuai Ekspektasi",
    valid: bool = True,
    nama: str | None = None,
) -> PegawaiRecord:
    return PegawaiRecord(
        nip=nip_,
        nama=nama or f"Pegawai {nip_[-3:]}",
        jabatan="Pelaksana",
        golongan="III/a",
        rating_hasil_kerja=hasil,
        rating_perilaku=perilaku,
        catatan=None,
        sheet="Pegawai",
        row=next(_row),
        valid=valid,
    )


def submission(
    unit: str = "A",
    *,
    pegawai_: list[PegawaiRecord] | None = None,
    skp_: list[SkpRecord] | None = None,
    iku_: list[IkuRecord] | None = None,
    predikat_org: str | None = None,
    nip_kepala: str | None = None,
    tahun: int = 2026,
    structural_error: bool = False,
) -> Submission:
    path = f"RENCANA-{unit}-{tahun}.xlsx"
    sub = Submission(
        path=path,
        sha256="0" * 64,
        size=1,
        format="xlsx",
        identitas=Identitas(
            kode_unit=unit, tahun=tahun, nip_kepala=nip_kepala, predikat_organisasi=predikat_org
        ),
        pegawai=list(pegawai_ or []),
        skp=list(skp_ or []),
        iku=list(iku_ or []),
    )
    if structural_error:
        sub.issues.append(make_issue("skor_baris_tidak_valid", path, sheet="SKP"))
    return sub


def simple_employee(
    i: int, capaian: float, hasil: str | None = None, perilaku: str | None = "Sesuai Ekspektasi"
) -> tuple[PegawaiRecord, list[SkpRecord]]:
    """An employee with one positif row whose capaian is ``capaian`` (target 100)."""
    n = nip(i)
    return pegawai(n, hasil, perilaku), [skp(n, "POS", 100, capaian)]


# ---- row capaian: golden figures --------------------------------------------------------


def test_positif_and_negatif_formulas():
    assert row_capaian(90, 100, 100, "positif") == (90.0, 100)
    assert row_capaian(90, 100, 100, "negatif") == (pytest.approx(110.0), 100)  # 2 - 0.9
    # negatif is (2 - R/T), not T/R: T 10, R 20 -> 0, while T/R would give 50
    assert row_capaian(20, 10, 10, "negatif")[0] == 0.0
    assert row_capaian(5, 10, 10, "negatif")[0] == pytest.approx(150.0)


def test_permenpan_8_2021_range_examples():
    assert row_capaian(70, 80, 90, "positif") == (87.5, 80)
    cap, t = row_capaian(6.5, 7, 8, "negatif")
    assert t == 7 and round_half_up(cap) == 107.14 and round_half_up(cap, 0) == 107
    assert row_capaian(9, 7, 8, "negatif") == (87.5, 8)
    # inside the range -> 100, both polarities
    assert row_capaian(85, 80, 90, "positif")[0] == 100.0
    assert row_capaian(7.5, 7, 8, "negatif")[0] == 100.0
    assert row_capaian(80, 80, 90, "positif")[0] == 100.0
    # above a positif range: the upper bound is T
    assert row_capaian(99, 80, 90, "positif") == (110.0, 90)


@pytest.mark.parametrize(
    ("t", "r", "published"),
    [(98.68, 99.44, 100.77), (85.00, 69.38, 81.62), (98.84, 98.86, 100.02), (80, 84.2, 105.25)],
)
def test_published_lkjip_figures(t, r, published):
    cap, _ = row_capaian(r, t, t, "positif")
    assert cap == pytest.approx(published, abs=0.01)
    assert round_half_up(cap) == published


def test_floor_cap_and_uncomputable_target():
    assert row_capaian(300, 100, 100, "negatif")[0] == 0.0  # floored at 0
    assert row_capaian(-5, 100, 100, "positif")[0] == 0.0
    assert row_capaian(200, 100, 100, "positif", batas_capaian=120)[0] == 120.0
    assert row_capaian(10, 100, 100, "negatif", batas_capaian=120)[0] == 120.0
    assert row_capaian(50, 100, 100, "positif", batas_capaian=120)[0] == 50.0
    assert row_capaian(85, 80, 90, "positif", batas_capaian=90)[0] == 90.0
    # T zero: not computable, never a crash and never 0
    assert row_capaian(5, 0, 0, "positif") == (None, 0)
    assert row_capaian(5, 0, 0, "negatif") == (None, 0)
    assert row_capaian(0, 0, 5, "negatif")[0] == 100.0  # inside "0-5": fine
    assert row_capaian(-1, 0, 5, "positif")[0] is None  # below: the lower bound 0 is T


# ---- period aggregation ---------------------------------------------------------------------


def test_aggregation_rules():
    q = (10.0, 20.0, None, 40.0)
    assert aggregate_realisasi(q, "jumlah", 2) == (30.0, None)
    assert aggregate_realisasi(q, "jumlah", 4) == (None, "skor_triwulan_kosong")
    # one rule of reporting gaps (issue 12): rata-rata needs every quarter of the period,
    # terakhir the period's last quarter; a row is never scored from the quarters that came in
    assert aggregate_realisasi(q, "rata-rata", 4) == (None, "skor_triwulan_kosong")
    assert aggregate_realisasi(q, "rata-rata", 3) == (None, "skor_triwulan_kosong")
    assert aggregate_realisasi(q, "rata-rata", 2) == (15.0, None)
    assert aggregate_realisasi(q, "terakhir", 3) == (None, "skor_triwulan_kosong")
    assert aggregate_realisasi(q, "terakhir", 4) == (40.0, None)
    assert aggregate_realisasi(q, "terakhir", 2) == (20.0, None)
    assert aggregate_realisasi(q, "terakhir", 1) == (10.0, None)
    assert missing_quarters(q, "jumlah", 4) == (3,)
    assert missing_quarters(q, "rata-rata", 4) == (3,)
    assert missing_quarters(q, "terakhir", 4) == ()
    assert missing_quarters((1.0, None, None, None), "terakhir", 3) == (3,)
    assert required_quarters("terakhir", 3) == (3,)
    assert required_quarters("rata-rata", 2) == (1, 2)
    blank = (None, None, None, 5.0)
    for agg in ("jumlah", "rata-rata", "terakhir"):
        assert aggregate_realisasi(blank, agg, 3) == (None, "skor_realisasi_kosong")
    # a real 0 is a value, not a blank
    assert aggregate_realisasi((0.0, 0.0, None, None), "jumlah", 2) == (0.0, None)


def test_jumlah_target_scaled_for_periodic_recap():
    assert period_target(400, 400, "jumlah", 2) == (200, 200)
    assert period_target(400, 400, "jumlah", 1) == (100, 100)
    assert period_target(400, 400, "jumlah", 4) == (400, 400)
    assert period_target(80, 120, "jumlah", 3) == (60, 90)
    assert period_target(95, 95, "terakhir", 2) == (95, 95)
    assert period_target(7, 8, "rata-rata", 1) == (7, 8)


def test_periodic_recap_end_to_end():
    cfg = make_config()
    n = nip(1)
    sub = submission(
        pegawai_=[pegawai(n)],
        skp_=[
            skp(n, "JML", 400, 90, 110, 100, None, bobot=50),  # TW2: 200 of 200 -> 100
            skp(n, "NEG", 10, 8, 12, None, None, bobot=50),  # rata-rata TW1..2: 10 -> 100
        ],
    )
    res = score([sub], cfg, "TW2")
    assert res.periode == "TW2"
    e = res.employees[0]
    jml, neg = e.rows
    assert (jml.realisasi, jml.target, jml.capaian) == (200.0, 200.0, 100.0)
    assert (neg.realisasi, neg.capaian) == (10.0, 100.0)
    assert e.nilai == pytest.approx(100.0) and e.lengkap
    # the annual recap of the same file: TW4 of the jumlah row is blank -> incomplete
    annual = score([sub], cfg, "tahunan").employees[0]
    assert annual.rows[0].capaian is None and annual.rows[0].catatan == "skor_triwulan_kosong"
    assert annual.nilai is None and not annual.lengkap and annual.predikat is None
    assert "skor_triwulan_kosong" in annual.catatan
    # TW3 recap: 300 of 300
    tw3 = score([sub], cfg, Periode.TW3).employees[0]
    assert tw3.rows[0].target == 300 and tw3.rows[0].capaian == 100.0


def test_periode_parsing():
    assert parse_periode("tw3") is Periode.TW3
    assert parse_periode("Tahunan") is Periode.TAHUNAN
    with pytest.raises(UsageError) as info:
        parse_periode("semester")
    assert info.value.kode == "skor_periode_tidak_sah"
    assert "semester" in info.value.message()


# ---- PermenPANRB 8/2021 ---------------------------------------------------------------------


def test_nilai_capaian_official_examples():
    cap = row_capaian(93, 95, 95, "positif")[0]
    assert capaian_bulat(cap) == 98
    assert nilai_capaian_8_2021(cap) == 88
    assert nilai_capaian_8_2021(row_capaian(85, 85, 85, "positif")[0]) == 109


@pytest.mark.parametrize(
    ("capaian", "nilai"),
    [
        (0, 0),
        (59, 49),
        (29.5, 30 / 59 * 49),
        (60, 50),
        (79, 69),
        (80, 70),
        (99, 89),
        (100, 109),
        (101, 110),
        (105, 110 + 40 / 9),
        (110, 120),
        (111, 120),
        (250, 120),
        # the gaps between the bands close by rounding capaian to a whole number first
        (99.5, 109),
        (99.49, 89),
        (100.4, 109),
        (100.5, 110),
        (110.4, 120),
        (79.5, 70),
        (59.5, 50),
        (59.49, 49),
    ],
)
def test_nilai_capaian_table(capaian, nilai):
    assert nilai_capaian_8_2021(capaian) == pytest.approx(nilai)


def test_regime_8_2021_employee_nilai_and_predikat():
    cfg = make_config(metode="permenpan-8-2021")
    a, b, c = nip(1), nip(2), nip(3)
    sub = submission(
        pegawai_=[pegawai(a, perilaku=None), pegawai(b), pegawai(c)],
        skp_=[
            skp(a, "POS", 95, 93, bobot=50),
            skp(a, "NEG", 85, 85, bobot=50),  # 88, 109
            skp(b, "POS", 100, 120),
            skp(b, "NEG", 10, 9),  # 120 and 110 -> 118 (60/40 bobot)
            skp(c, "POS", 100, 40),  # 40 -> 40/59*49
        ],
    )
    res = score([sub], cfg)
    e = {x.nip: x for x in res.employees}
    assert e[a].rows[0].nilai_capaian == 88 and e[a].rows[1].nilai_capaian == 109
    assert e[a].nilai == pytest.approx(98.5)
    assert e[a].predikat == "Baik" and e[a].lengkap  # perilaku is not part of 8/2021 here
    assert e[b].nilai == pytest.approx(0.6 * 120 + 0.4 * 120)
    assert e[b].predikat == "Sangat Baik"
    assert e[c].predikat == "Sangat Kurang"
    assert res.metode == "permenpan-8-2021"


@pytest.mark.parametrize(
    ("nilai", "predikat"),
    [
        (120, "Sangat Baik"),
        (110.01, "Sangat Baik"),
        (110, "Baik"),
        (90, "Baik"),
        (89.99, "Butuh Perbaikan"),
        (70, "Butuh Perbaikan"),
        (69.9, "Kurang/Misconduct"),
        (50, "Kurang/Misconduct"),
        (49.99, "Sangat Kurang"),
        (0, "Sangat Kurang"),
        (109.99999999999999, "Baik"),
        (89.99999999999999, "Baik"),
    ],
)
def test_predikat_bands_8_2021(nilai, predikat):
    assert predikat_8_2021(nilai).value == predikat


# ---- the predikat matrix (all nine cells) -----------------------------------------------


@pytest.mark.parametrize(
    ("hasil", "perilaku", "predikat"),
    [
        ("Di Atas Ekspektasi", "Di Atas Ekspektasi", "Sangat Baik"),
        ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik"),
        ("Di Atas Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"),
        ("Sesuai Ekspektasi", "Di Atas Ekspektasi", "Baik"),
        ("Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"),
        ("Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Kurang/Misconduct"),
        ("Di Bawah Ekspektasi", "Di Atas Ekspektasi", "Butuh Perbaikan"),
        ("Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"),
        ("Di Bawah Ekspektasi", "Di Bawah Ekspektasi", "Sangat Kurang"),
    ],
)
def test_predikat_matrix_nine_cells(hasil, perilaku, predikat):
    assert predikat_pegawai(hasil, perilaku).value == predikat
    assert predikat_pegawai(Rating(hasil), Rating(perilaku)) is PredikatPegawai(predikat)
    assert len(PREDIKAT_MATRIX) == 9
    # and through the whole pipeline, with the rating given by the boss
    cfg = make_config()
    p, rows = simple_employee(1, 100, hasil=hasil, perilaku=perilaku)
    e = score([submission(pegawai_=[p], skp_=rows)], cfg).employees[0]
    assert e.predikat == predikat and not e.rating_hasil_kerja_derived


def test_rating_words_people_type_are_understood():
    assert predikat_pegawai("di atas", "SESUAI") is PredikatPegawai.BAIK


# ---- rating hasil kerja: override, derived, head of unit ---------------------------------


def test_rating_derived_from_nilai_thresholds():
    th = make_config().penilaian.rating_hasil_kerja
    assert rating_from_nilai(110, th) is Rating.DI_ATAS
    assert rating_from_nilai(109.99, th) is Rating.SESUAI
    assert rating_from_nilai(90, th) is Rating.SESUAI
    assert rating_from_nilai(89.99, th) is Rating.DI_BAWAH
    # three rows of 110 averaged is 110 even if floats say 109.99999999999999
    assert rating_from_nilai(sum([110 / 3] * 3), th) is Rating.DI_ATAS


def test_override_versus_derived():
    cfg = make_config()
    p1, r1 = simple_employee(1, 120, hasil=None, perilaku="Di Atas Ekspektasi")
    p2, r2 = simple_employee(2, 120, hasil="Sesuai Ekspektasi", perilaku="Di Atas Ekspektasi")
    p3, r3 = simple_employee(3, 80, hasil=None, perilaku="Di Atas Ekspektasi")
    res = score([submission(pegawai_=[p1, p2, p3], skp_=r1 + r2 + r3)], cfg)
    e = {x.nip: x for x in res.employees}
    assert e[nip(1)].rating_hasil_kerja == "Di Atas Ekspektasi"
    assert e[nip(1)].rating_hasil_kerja_derived and e[nip(1)].predikat == "Sangat Baik"
    assert e[nip(2)].rating_hasil_kerja == "Sesuai Ekspektasi"
    assert not e[nip(2)].rating_hasil_kerja_derived and e[nip(2)].predikat == "Baik"
    assert e[nip(2)].nilai == 120  # the nilai is still shown
    assert e[nip(3)].rating_hasil_kerja == "Di Bawah Ekspektasi"
    assert e[nip(3)].predikat == "Butuh Perbaikan"


@pytest.mark.parametrize(
    ("org", "rating"),
    [
        ("Istimewa", "Di Atas Ekspektasi"),
        ("Baik", "Sesuai Ekspektasi"),
        ("Butuh Perbaikan", "Di Bawah Ekspektasi"),
        ("Kurang", "Di Bawah Ekspektasi"),
        ("Sangat Kurang", "Di Bawah Ekspektasi"),
    ],
)
def test_head_of_unit_takes_the_unit_predikat(org, rating):
    assert kepala_rating(org).value == rating
    cfg = make_config(kurva=False)
    head, rows = simple_employee(1, 50, hasil="Di Atas Ekspektasi", perilaku="Di Atas Ekspektasi")
    other, rows2 = simple_employee(2, 50, perilaku="Di Atas Ekspektasi")
    sub = submission(pegawai_=[head, other], skp_=rows + rows2, predikat_org=org, nip_kepala=nip(1))
    res = score([sub], cfg)
    e = {x.nip: x for x in res.employees}
    assert e[nip(1)].is_kepala and not e[nip(2)].is_kepala
    assert e[nip(1)].rating_hasil_kerja == rating and e[nip(1)].rating_hasil_kerja_derived
    assert "skor_rating_kepala" in e[nip(1)].catatan
    if rating != "Di Atas Ekspektasi":
        assert "skor_kepala_isian_diabaikan" in e[nip(1)].catatan
    assert e[nip(1)].predikat == predikat_pegawai(rating, "Di Atas Ekspektasi").value
    assert e[nip(2)].rating_hasil_kerja == "Di Bawah Ekspektasi"  # 50 < 90, own nilai


def test_head_of_unit_with_derived_organisation_predikat_and_config_nip():
    cfg = make_config(kurva=False)
    head, rows = simple_employee(1, 50, perilaku="Sesuai Ekspektasi")
    sub = submission(
        pegawai_=[head], skp_=rows, iku_=[iku("IKU-1", 80, 90), iku("IKU-2", 100, 110)]
    )  # 112.5, 110
    sub.identitas.nip_kepala = nip(1)
    res = score([sub], cfg)
    u = res.units[0]
    assert u.capaian_iku == pytest.approx(111.25)
    assert u.predikat_organisasi == "Istimewa" and u.predikat_organisasi_derived
    e = res.employees[0]
    assert e.rating_hasil_kerja == "Di Atas Ekspektasi" and e.predikat == "Baik"


def test_head_without_organisation_predikat_is_scored_like_others():
    # A .csv holds no IKU sheet: nothing is missing, the predikat organisasi is unknown.
    cfg = make_config(kurva=False)
    head, rows = simple_employee(1, 100, perilaku="Sesuai Ekspektasi")
    sub = submission(pegawai_=[head], skp_=rows, nip_kepala=nip(1))
    sub.format = "csv"
    res = score([sub], cfg)
    e = res.employees[0]
    assert res.units[0].predikat_organisasi is None
    assert "skor_kepala_tanpa_predikat_organisasi" in e.catatan
    assert e.rating_hasil_kerja == "Sesuai Ekspektasi" and e.predikat == "Baik"


def test_head_of_a_unit_with_incomplete_iku_gets_no_rating():
    """Issue 18: a missing IKU row must not move the unit's capaian and its head's rating."""
    cfg = make_config(kurva=False)
    head, rows = simple_employee(1, 100, hasil="Di Atas Ekspektasi", perilaku="Di Atas Ekspektasi")
    staff, staff_rows = simple_employee(2, 100)
    full = [iku("IKU-1", 100, 120), iku("IKU-2", 100, 60)]
    complete = score(
        [submission(pegawai_=[head, staff], skp_=rows + staff_rows, iku_=full, nip_kepala=nip(1))],
        cfg,
    )
    assert complete.units[0].capaian_iku == 90 and complete.units[0].predikat_organisasi == "Baik"
    by_nip = {e.nip: e for e in complete.employees}
    assert by_nip[nip(1)].rating_hasil_kerja == "Sesuai Ekspektasi"
    assert by_nip[nip(1)].predikat == "Baik"

    cut = score(
        [
            submission(
                pegawai_=[head, staff], skp_=rows + staff_rows, iku_=full[:1], nip_kepala=nip(1)
            )
        ],
        cfg,
    )
    u = cut.units[0]
    assert u.capaian_iku is None and u.predikat_organisasi is None  # not 120 / Istimewa
    assert u.catatan == ["skor_iku_belum_lengkap"]
    by_nip = {e.nip: e for e in cut.employees}
    h = by_nip[nip(1)]
    assert h.rating_hasil_kerja is None and h.predikat is None and not h.lengkap
    assert "skor_kepala_iku_belum_lengkap" in h.catatan
    assert by_nip[nip(2)].predikat == "Baik"  # staff are scored as before

    # A predikat given on Identitas is the official's word: still used, head rated from it.
    given = score(
        [
            submission(
                pegawai_=[head],
                skp_=rows,
                iku_=full[:1],
                nip_kepala=nip(1),
                predikat_org="Istimewa",
            )
        ],
        cfg,
    )
    assert given.units[0].capaian_iku is None
    assert given.units[0].predikat_organisasi == "Istimewa"
    assert given.employees[0].predikat == "Sangat Baik"


def test_head_under_8_2021_takes_the_unit_predikat_word():
    cfg = make_config(metode="permenpan-8-2021", kurva=False)
    head, rows = simple_employee(1, 40)
    res = score(
        [submission(pegawai_=[head], skp_=rows, predikat_org="Istimewa", nip_kepala=nip(1))], cfg
    )
    assert res.employees[0].predikat == "Sangat Baik"


# ---- employee nilai and incomplete employees ----------------------------------------------


def test_weights_row_then_indicator_then_equal():
    cfg = make_config()
    a, b, c = nip(1), nip(2), nip(3)
    sub = submission(
        pegawai_=[pegawai(a), pegawai(b), pegawai(c)],
        skp_=[
            skp(a, "POS", 100, 100, bobot=25),
            skp(a, "NEG", 10, 8, bobot=75),  # 100, 120
            skp(b, "POS", 100, 100),
            skp(b, "NEG", 10, 8),  # indicator bobot 60/40
            skp(c, "POS", 100, 100),
            skp(c, "JML", 100, 20, 20, 20, 20),  # JML has no bobot
        ],
    )
    e = {x.nip: x for x in score([sub], cfg).employees}
    assert e[a].nilai == pytest.approx(0.25 * 100 + 0.75 * 120)
    assert e[b].nilai == pytest.approx(0.6 * 100 + 0.4 * 120)
    assert e[b].rows[0].bobot == 60
    assert e[c].nilai == pytest.approx((100 + 80) / 2)
    assert "skor_bobot_sama" in e[c].catatan


def test_normalised_weights():
    assert normalised_weights([20, 30, 50]) == ([0.2, 0.3, 0.5], False)
    assert normalised_weights([1, None]) == ([0.5, 0.5], True)
    assert normalised_weights([0, 0]) == ([0.5, 0.5], True)
    assert normalised_weights([]) == ([], False)
    assert weighted_nilai([100, 50], [3, 1]) == pytest.approx(87.5)


def test_incomplete_employee_is_not_scored_on_the_rest():
    cfg = make_config()
    a, b, c, d = nip(1), nip(2), nip(3), nip(4)
    sub = submission(
        pegawai_=[
            pegawai(a),
            pegawai(b),
            pegawai(c, perilaku=None),
            pegawai(d, valid=False),
            pegawai(nip(5)),
        ],
        skp_=[
            skp(a, "POS", 100, 120),
            skp(a, "NEG", 10, 5, valid=False),
            skp(b, "POS", 100, 100),
            skp(b, "NEG", 10, None),
            skp(c, "POS", 100, 100),
            skp(d, "POS", 100, 100),
        ],
    )
    e = {x.nip: x for x in score([sub], cfg).employees}
    assert e[a].nilai is None and not e[a].lengkap and e[a].predikat is None
    assert e[a].catatan == ["skor_baris_tidak_valid"]
    assert e[a].rows[0].capaian == 120 and e[a].rows[1].capaian is None
    assert e[b].nilai is None and e[b].catatan == ["skor_realisasi_kosong"]
    # perilaku missing: nilai and rating are known, predikat is not
    assert e[c].nilai == 100 and e[c].rating_hasil_kerja == "Sesuai Ekspektasi"
    assert e[c].predikat is None and not e[c].lengkap and e[c].catatan == ["skor_perilaku_kosong"]
    assert e[d].nilai is None and e[d].catatan == ["skor_pegawai_tidak_valid"]
    assert e[nip(5)].catatan == ["skor_tanpa_skp"] and e[nip(5)].nilai is None
    for x in e.values():
        assert not x.lengkap
    for kode in (
        "skor_baris_tidak_valid",
        "skor_realisasi_kosong",
        "skor_perilaku_kosong",
        "skor_pegawai_tidak_valid",
        "skor_tanpa_skp",
    ):
        assert render(kode, "id") and render(kode, "en")


def test_unknown_indicator_and_missing_target_rows():
    cfg = make_config()
    a = nip(1)
    sub = submission(
        pegawai_=[pegawai(a)],
        skp_=[skp(a, "XXX", 100, 50), skp(a, "POS", None, 50), skp(a, "pos", 0, 50)],
    )
    e = score([sub], cfg).employees[0]
    assert [r.catatan for r in e.rows] == [
        "skor_indikator_tak_dikenal",
        "skor_target_tidak_ada",
        "skor_target_tidak_ada",
    ]
    assert e.nilai is None


# ---- unit: capaian IKU, predikat organisasi --------------------------------------------


def test_unit_capaian_and_predikat_organisasi():
    cfg = make_config(kurva=False)
    sub = submission(
        iku_=[
            iku("IKU-1", 100, 90),
            iku("IKU-2", 100, 80),
            iku("IKU-2", 100, 10, valid=False),
            iku("IKU-1", 100),
        ]
    )
    u = score([sub], cfg).units[0]
    # Not scored from part of the IKU: a row with an error or no realisasi leaves the
    # capaian (and the derived predikat) empty, with a note.
    assert u.capaian_iku is None and u.predikat_organisasi is None
    assert u.catatan == ["skor_iku_belum_lengkap"]
    assert [r.catatan for r in u.iku_rows] == [
        None,
        None,
        "skor_baris_tidak_valid",
        "skor_realisasi_kosong",
    ]
    whole = submission(iku_=[iku("IKU-1", 100, 90), iku("IKU-2", 100, 80)])
    u1 = score([whole], cfg).units[0]
    assert u1.capaian_iku == pytest.approx(85) and u1.catatan == []
    assert u1.predikat_organisasi == "Butuh Perbaikan" and u1.predikat_organisasi_derived
    given = submission(iku_=[iku("IKU-1", 100, 90), iku("IKU-2", 100, 90)], predikat_org="Istimewa")
    u2 = score([given], cfg).units[0]
    assert u2.predikat_organisasi == "Istimewa" and not u2.predikat_organisasi_derived
    assert u2.capaian_iku == 90


@pytest.mark.parametrize(
    ("capaian", "predikat"),
    [
        (110, "Istimewa"),
        (109.99, "Baik"),
        (90, "Baik"),
        (70, "Butuh Perbaikan"),
        (50, "Kurang"),
        (49.99, "Sangat Kurang"),
        (0, "Sangat Kurang"),
    ],
)
def test_predikat_organisasi_bands(capaian, predikat):
    bands = make_config().penilaian.predikat_organisasi
    assert predikat_organisasi_from_capaian(capaian, bands).value == predikat


def test_units_missing_unusable_unknown_other_year():
    cfg = make_config()
    p, rows = simple_employee(1, 100)
    ok = submission("A", pegawai_=[p], skp_=rows, predikat_org="Baik")
    broken = submission("B", structural_error=True)
    stranger = submission("ZZZ")
    old = submission("C", tahun=2025)
    res = score([ok, broken, stranger, old], cfg, sources=[{"file": "x"}])
    a, b, c = res.units
    assert (a.submitted, a.scorable, a.rank, a.source) == (True, True, 1, ok.path)
    assert (b.submitted, b.scorable, b.rank) == (True, False, None)
    assert (c.submitted, c.scorable, c.rank) == (False, False, None)
    assert c.distribusi == {p.value: 0 for p in PredikatPegawai}
    kodes = [i.kode for i in res.issues]
    assert "skor_unit_tak_dikenal" in kodes and "skor_tahun_lain" in kodes
    assert "skor_baris_tidak_valid" in kodes  # the broken file's own issue is passed on
    assert res.sources == [{"file": "x"}] and res.instansi == "Pemerintah Kota Uji"
    assert len(res.employees) == 1
    with pytest.raises(UsageError) as info:
        score([ok, submission("a")], cfg)
    assert info.value.kode == "skor_unit_ganda"


# ---- distribution (kurva) -------------------------------------------------------------


def counts(sb=0, b=0, bp=0, k=0, sk=0):
    return {
        "Sangat Baik": sb,
        "Baik": b,
        "Butuh Perbaikan": bp,
        "Kurang/Misconduct": k,
        "Sangat Kurang": sk,
    }


def words(org, c, mode="ketat"):
    return [v.describe("id") for v in check_kurva(org, c, mode)]


def test_kurva_istimewa():
    assert words("Istimewa", counts(sb=7, b=3)) == []
    assert words("Istimewa", counts(sb=8, b=2)) == [
        "Predikat Sangat Baik 8 dari 10 pegawai (80%), melebihi batas 70% untuk organisasi "
        "Istimewa."
    ]
    # 3 employees: 70% of 3 = 2.1; ketat allows 2, longgar rounds the limit up to 3
    assert len(words("Istimewa", counts(sb=3))) == 1
    assert words("Istimewa", counts(sb=3), "longgar") == []
    assert words("Istimewa", counts(sb=3, b=0), "ketat")[0].startswith(
        "Predikat Sangat Baik 3 dari 3 pegawai (100%)"
    )
    assert "paling banyak 7 pegawai" in words("Istimewa", counts(sb=8, b=2), "longgar")[0]


def test_kurva_baik():
    assert words("Baik", counts(sb=2, b=7, bp=1)) == []
    assert words("Baik", counts(sb=2, b=7, k=1)) == []
    got = words("Baik", counts(sb=2, b=8))
    assert got == [
        "Predikat Baik 8 dari 10 pegawai (80%), melebihi batas 70% untuk organisasi Baik.",
        "Predikat Butuh Perbaikan atau Kurang/Misconduct 0 dari 10 pegawai (0%), padahal "
        "organisasi Baik harus memiliki paling sedikit 1 pegawai dengan predikat itu.",
    ]
    # the "at least one" rule holds in both roundings; 3 of 4 Baik = 75%: ketat breaks,
    # longgar allows ceil(2.8) = 3
    assert len(words("Baik", counts(b=3, bp=1))) == 1
    assert words("Baik", counts(b=3, bp=1), "longgar") == []
    assert len(words("Baik", counts(b=2, sb=2), "longgar")) == 1


def test_kurva_butuh_perbaikan():
    assert words("Butuh Perbaikan", counts(sb=1, b=3, bp=6)) == []
    got = words("Butuh Perbaikan", counts(sb=2, b=5, bp=3))
    assert got == [
        "Predikat Butuh Perbaikan 3 dari 10 pegawai (30%), kurang dari batas minimal 60% "
        "untuk organisasi Butuh Perbaikan.",
        "Predikat Sangat Baik 2 dari 10 pegawai (20%), melebihi batas 10% untuk organisasi "
        "Butuh Perbaikan.",
    ]
    # 3 employees, 1 BP, 1 SB: ketat breaks both (33% < 60%, 33% > 10%); longgar needs
    # floor(1.8) = 1 BP and allows ceil(0.3) = 1 SB
    assert len(words("Butuh Perbaikan", counts(sb=1, b=1, bp=1))) == 2
    assert words("Butuh Perbaikan", counts(sb=1, b=1, bp=1), "longgar") == []


def test_kurva_kurang():
    assert words("Kurang", counts(k=6, bp=1, b=3)) == []
    got = words("Kurang", counts(sb=2, k=5, b=3))
    assert len(got) == 3
    assert got[1] == (
        "Predikat Butuh Perbaikan 0 dari 10 pegawai (0%), kurang dari batas "
        "minimal 10% untuk organisasi Kurang."
    )
    # 5 employees: 10% of 5 = 0.5 -> longgar needs 0 BP; 60% of 5 = 3 K
    assert words("Kurang", counts(k=3, b=2), "longgar") == []
    assert len(words("Kurang", counts(k=3, b=2), "ketat")) == 1


def test_kurva_sangat_kurang():
    assert words("Sangat Kurang", counts(sk=6, k=1, b=3)) == []
    assert words("Sangat Kurang", counts(sk=6, bp=1, b=3)) == []
    got = words("Sangat Kurang", counts(sb=1, sk=5, b=4))
    assert got == [
        "Predikat Sangat Kurang 5 dari 10 pegawai (50%), kurang dari batas minimal 60% untuk "
        "organisasi Sangat Kurang.",
        "Predikat Kurang/Misconduct dan/atau Butuh Perbaikan 0 dari 10 pegawai (0%), kurang "
        "dari batas minimal 10% untuk organisasi Sangat Kurang.",
        "Predikat Sangat Baik 1 dari 10 pegawai (10%), padahal organisasi Sangat Kurang tidak "
        "boleh memiliki pegawai dengan predikat itu (batas 0%).",
    ]
    # longgar never allows a Sangat Baik here (0% of anything is 0)
    assert len(words("Sangat Kurang", counts(sb=1, sk=2), "longgar")) == 1
    assert words("Sangat Kurang", counts(sk=2, b=1), "longgar") == []


def test_kurva_percent_words_and_english():
    v = check_kurva("Butuh Perbaikan", counts(b=2, bp=1))
    assert "(33,33%)" in v[0].describe("id")
    assert "(33.33%)" in v[0].describe("en") and "below the 60% minimum" in v[0].describe("en")
    assert format_percent(12.5) == "12,5" and format_percent(100) == "100"


def test_kurva_in_the_unit_score():
    emps = [simple_employee(i, 120, perilaku="Di Atas Ekspektasi") for i in range(8)]
    emps += [simple_employee(i, 100) for i in range(8, 10)]
    peg = [p for p, _ in emps]
    rows = [r for _, rs in emps for r in rs]
    sub = submission(
        pegawai_=[*peg, pegawai(nip(99), perilaku=None)], skp_=rows, predikat_org="Istimewa"
    )
    u = score([sub], make_config()).units[0]
    assert u.distribusi == counts(sb=8, b=2)
    assert (u.pegawai_count, u.scored_count) == (11, 10)
    assert u.kurva_ok is False
    assert [v.describe() for v in u.kurva_pelanggaran] == [
        "Predikat Sangat Baik 8 dari 10 pegawai (80%), melebihi batas 70% untuk organisasi "
        "Istimewa."
    ]
    # switched off, or the unit too small for the configured minimum: not checked
    assert score([sub], make_config(kurva=False)).units[0].kurva_ok is None
    assert score([sub], make_config(minimal=11)).units[0].kurva_ok is None
    assert score([sub], make_config(minimal=10)).units[0].kurva_ok is False
    # no predikat organisasi: not checked
    sub.identitas.predikat_organisasi = None
    assert score([sub], make_config()).units[0].kurva_ok is None


# ---- ranking ----------------------------------------------------------------------------


def test_competition_ranks_1_2_2_4():
    items = [("d", 3), ("a", 1), ("c", 2), ("b", 2)]
    got = competition_ranks(items, key=lambda x: x[1], tiebreak=lambda x: x[0])
    assert [(r, x[0]) for r, x in got] == [(1, "a"), (2, "b"), (2, "c"), (4, "d")]


def test_employee_ranking_ties_order_and_incomplete_last():
    cfg = make_config(kurva=False)
    spec = [  # (i, capaian, perilaku)
        (1, 100, "Sesuai Ekspektasi"),  # Baik 100
        (2, 120, "Di Atas Ekspektasi"),  # Sangat Baik 120
        (3, 100, "Sesuai Ekspektasi"),  # Baik 100 (tie with 1)
        (4, 105, "Sesuai Ekspektasi"),  # Baik 105
        (5, 130, "Di Bawah Ekspektasi"),  # Kurang 130: predikat first, nilai second
        (6, 150, None),  # incomplete (no perilaku), highest nilai
    ]
    emps = [simple_employee(i, c, perilaku=p) for i, c, p in spec]
    sub = submission(pegawai_=[p for p, _ in emps], skp_=[r for _, rs in emps for r in rs])
    p2, r2 = simple_employee(7, 100)
    sub_b = submission("B", pegawai_=[p2], skp_=r2)
    res = score([sub, sub_b], cfg)
    order = [(e.rank_overall, e.nip[-3:]) for e in res.employees]
    assert order == [
        (1, "002"),
        (2, "004"),
        (3, "001"),
        (3, "003"),
        (3, "007"),
        (6, "005"),
        (None, "006"),  # incomplete: listed last, without a rank (issue 12)
    ]
    ranks_a = {e.nip[-3:]: e.rank_unit for e in res.employees if e.unit == "A"}
    assert ranks_a == {"002": 1, "004": 2, "001": 3, "003": 3, "005": 5, "006": None}
    assert [e.rank_unit for e in res.employees if e.unit == "B"] == [1]


def test_rank_keys():
    assert employee_rank_key("Sangat Baik", 90) < employee_rank_key("Baik", 120)
    assert employee_rank_key("Baik", 120) < employee_rank_key("Baik", 119.5)
    assert employee_rank_key("Sangat Kurang", 0) < employee_rank_key(None, 150, False)
    assert employee_rank_key(None, 150, False) < employee_rank_key(None, None, False)
    assert employee_rank_key("Baik", 110.0) == employee_rank_key("Baik", sum([110 / 3] * 3))
    assert unit_rank_key("Istimewa", 110) < unit_rank_key("Baik", 150)
    assert unit_rank_key("Baik", 100) < unit_rank_key(None, 200)


def test_unit_ranking():
    cfg = make_config(kurva=False)
    both = [iku("IKU-2", 100, 95)]
    a = submission("A", iku_=[iku("IKU-1", 100, 95), *both])  # Baik 95
    b = submission("B", iku_=[iku("IKU-1", 100, 95), *both])  # Baik 95 (tie)
    c = submission("C", iku_=[iku("IKU-1", 100, 80)], predikat_org="Istimewa")  # given counts
    res = score([a, b, c], cfg)
    assert [(u.kode, u.rank) for u in res.units] == [("A", 2), ("B", 2), ("C", 1)]
    # a unit with an incomplete IKU has no computed predikat: listed without a rank
    d = submission("B", iku_=[iku("IKU-1", 100, 95)])
    res = score([a, d], cfg)
    assert [(u.kode, u.rank, u.predikat_organisasi) for u in res.units][:2] == [
        ("A", 1, "Baik"),
        ("B", None, None),
    ]


def test_scoring_returns_full_precision():
    cfg = make_config()
    a = nip(1)
    sub = submission(
        pegawai_=[pegawai(a)], skp_=[skp(a, "POS", 3, 1, bobot=1), skp(a, "POS", 7, 5, bobot=2)]
    )
    e = score([sub], cfg).employees[0]
    assert e.rows[0].capaian == 100 / 3
    assert e.nilai == pytest.approx((100 / 3 + 2 * 500 / 7) / 3, rel=1e-15)
    assert e.nilai != round_half_up(e.nilai)


def test_result_serialises():
    p, rows = simple_employee(1, 100)
    res = score([submission(pegawai_=[p], skp_=rows)], make_config())
    d = res.to_dict()
    assert d["employees"][0]["predikat"] == "Baik"
    assert d["units"][0]["distribusi"]["Baik"] == 1


def test_batas_capaian_applies_to_skp_and_iku_rows():
    cfg = make_config(batas=120, kurva=False)
    p, rows = simple_employee(1, 150)
    sub = submission(pegawai_=[p], skp_=rows, iku_=[iku("IKU-1", 20, 30), iku("IKU-2", 20, 30)])
    res = score([sub], cfg)
    assert res.employees[0].rows[0].capaian == 120 and res.employees[0].nilai == 120
    assert res.units[0].capaian_iku == 120


def test_docs_worked_example_employee():
    cfg = make_config(kurva=False)
    a = nip(1)
    sub = submission(
        pegawai_=[pegawai(a, perilaku="Di Atas Ekspektasi")],
        skp_=[
            skp(a, "POS", 100, 100, bobot=40),
            skp(a, "NEG", 10, 8, bobot=30),
            skp(a, "RATA", 100, 70, 90, 70, 90, bobot=30),
        ],
    )
    e = score([sub], cfg).employees[0]
    assert [r.capaian for r in e.rows] == [100, pytest.approx(120), 80]
    assert e.nilai == pytest.approx(100)
    assert e.rating_hasil_kerja == "Sesuai Ekspektasi" and e.predikat == "Baik"


def test_kurva_violations_are_data_said_in_the_output_language_and_gc_state_is_restored():
    import gc

    emps = [simple_employee(i, 120, perilaku="Di Atas Ekspektasi") for i in range(3)]
    sub = submission(
        pegawai_=[p for p, _ in emps],
        skp_=[r for _, rs in emps for r in rs],
        predikat_org="Istimewa",
    )
    assert gc.isenabled()
    from kinerja_cli.scoring.unit import KurvaViolation
    from kinerja_cli.writers.shape import summary, violations_text

    result = score([sub], make_config())
    u = result.units[0]
    assert gc.isenabled()
    # the core holds the rule and its figures, no words (issue 15: language at the edge)
    (v,) = u.kurva_pelanggaran
    assert isinstance(v, KurvaViolation) and (v.jumlah, v.total) == (3, 3)
    assert violations_text(u, "en") == [
        "Predikat Sangat Baik: 3 of 3 employees (100%), above the 70% limit for a(n) "
        "Istimewa organisation."
    ]
    assert violations_text(u, "id") == [v.describe("id")] and "dari 3 pegawai" in v.describe()
    assert summary(result, "en")["unit"][0]["kurva_pelanggaran"] == violations_text(u, "en")
    assert score([sub], make_config(pembulatan="longgar")).units[0].kurva_ok is True
    gc.disable()
    try:
        score([sub], make_config())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_ranks_follow_the_printed_nilai():
    """94.7851 and 94.7949 both print 94.79: they share a rank (NIP orders them), while 94.7849
    prints 94.78 and comes after. Before, the hidden third decimal split the tie (issue 10)."""
    cfg = make_config(kurva=False)
    emps = [simple_employee(i, c) for i, c in ((3, 94.7851), (1, 94.7949), (2, 94.7849))]
    sub = submission(pegawai_=[p for p, _ in emps], skp_=[r for _, rs in emps for r in rs])
    res = score([sub], cfg)
    shown = [(e.nip[-3:], round_half_up(e.nilai), e.rank_overall) for e in res.employees]
    assert shown == [("001", 94.79, 1), ("003", 94.79, 1), ("002", 94.78, 3)]
    for periode in ("TW1", "TW4"):
        ranks = {e.nip[-3:]: e.rank_unit for e in score([sub], cfg, periode).employees}
        assert ranks["001"] == ranks["003"] != ranks["002"]
    # units: capaian 95.004 and 94.996 both print 95.00 and share rank 1
    a = submission("A", iku_=[iku("IKU-1", 100, 95.004), iku("IKU-2", 100, 95.004)])
    b = submission("B", iku_=[iku("IKU-1", 100, 94.996), iku("IKU-2", 100, 94.996)])
    units = [(u.kode, u.rank) for u in score([b, a], cfg).units if u.rank is not None]
    assert units == [("A", 1), ("B", 1)]
    assert employee_rank_key("Baik", 94.7851) == employee_rank_key("Baik", 94.7949)
