"""The config model: the bundled file loads; every kind of mistake names its key and line."""

from __future__ import annotations

import pytest

from kinerja_cli.config import bundled_config_text, load_config, parse_config_text
from kinerja_cli.errors import ConfigError
from tests.conftest import BUNDLED_CONFIG

BASE = """\
instansi: Pemerintah Kota Contoh
tahun: 2026
unit:
  - {kode: "A", nama: Dinas A}
  - {kode: "B", nama: Dinas B}
indikator:
  - kode: "X-01"
    nama: Waktu layanan
    satuan: hari
    polaritas: negatif
    agregasi: rata-rata
    tingkat: pegawai
    unit: ["A"]
    bobot: 50
    batas: {min: 0, max: 60}
"""


def problems_of(text: str):
    with pytest.raises(ConfigError) as info:
        parse_config_text(text, "uji.yaml")
    return info.value


def test_bundled_config_loads_and_matches_package_copy():
    cfg = load_config(BUNDLED_CONFIG)
    assert cfg.instansi == "Pemerintah Kota Medan"
    assert cfg.tahun == 2026
    assert len(cfg.unit) >= 8
    for kode in ("DISDUKCAPIL", "DINKES", "DISDIK", "DISPAR", "BKD"):
        assert cfg.unit_by_code(kode) is not None
    assert {i.polaritas for i in cfg.indikator} == {"positif", "negatif"}
    assert {i.agregasi for i in cfg.indikator} == {"jumlah", "rata-rata", "terakhir"}
    assert {i.tingkat for i in cfg.indikator} == {"pegawai", "unit"}
    assert any(i.target is not None and i.target.is_range for i in cfg.indikator)
    # the repo's config/ file and the copy shipped in the package are the same text
    assert BUNDLED_CONFIG.read_text(encoding="utf-8") == bundled_config_text()


def test_every_unit_has_employee_indicators_weighing_100(config):
    for unit in config.unit:
        inds = config.indicators_for(unit.kode, "pegawai")
        assert inds, unit.kode
        assert sum(i.bobot or 0 for i in inds) == pytest.approx(100), unit.kode


def test_minimal_config_parses():
    cfg = parse_config_text(BASE)
    assert cfg.penilaian.metode == "permenpan-6-2022"
    assert cfg.penilaian.rating_hasil_kerja.di_atas == 110
    assert [i.kode for i in cfg.indicators_for("a")] == ["X-01"]


def test_fingerprint_is_stable_and_ignores_formatting_and_scoring():
    a = parse_config_text(BASE)
    b = parse_config_text(
        "# komentar\n" + BASE.replace('{kode: "A", nama: Dinas A}', '{nama: Dinas A, kode: "A"}')
    )
    c = parse_config_text(BASE + "penilaian: {batas_capaian: 120}\n")
    d = parse_config_text(BASE.replace("Waktu layanan", "Waktu pelayanan"))
    assert a.fingerprint() == b.fingerprint() == c.fingerprint()
    assert a.fingerprint() != d.fingerprint()
    assert len(a.fingerprint()) == 16


@pytest.mark.parametrize(
    ("old", "new", "path", "kode", "line"),
    [
        ("satuan: hari", "satuann: hari", "indikator[0].satuann", "konfig_kunci_tak_dikenal", 9),
        ("tahun: 2026", 'tahun: "2026"', "tahun", "konfig_harus_bulat", 2),
        (
            "polaritas: negatif",
            "polaritas: negativ",
            "indikator[0].polaritas",
            "konfig_pilihan",
            10,
        ),
        ("agregasi: rata-rata", "agregasi: rerata", "indikator[0].agregasi", "konfig_pilihan", 11),
        ("tingkat: pegawai", "tingkat: staf", "indikator[0].tingkat", "konfig_pilihan", 12),
        ("min: 0, max: 60", "min: 70, max: 60", "indikator[0].batas", "konfig_batas_terbalik", 15),
        ('unit: ["A"]', 'unit: ["Z"]', "indikator[0].unit[0]", "konfig_unit_tak_dikenal", 13),
        (
            '{kode: "B", nama: Dinas B}',
            '{kode: "A", nama: Dinas B}',
            "unit[1].kode",
            "konfig_unit_ganda",
            5,
        ),
        ("bobot: 50", "bobot: 150", "indikator[0].bobot", "konfig_rentang", 14),
        ("bobot: 50", "bobot: banyak", "indikator[0].bobot", "konfig_harus_angka", 14),
        ("    nama: Waktu layanan\n", "", "indikator[0].nama", "konfig_wajib", 7),
        ('kode: "X-01"', "kode: 1.10", "indikator[0].kode", "konfig_harus_teks", 7),
    ],
)
def test_each_mistake_names_key_path_and_line(old, new, path, kode, line):
    assert old in BASE
    err = problems_of(BASE.replace(old, new, 1))
    assert err.exit_code == 2
    found = {(p.path, p.kode): p for p in err.problems}
    assert (path, kode) in found, [(p.path, p.kode, p.line) for p in err.problems]
    assert found[(path, kode)].line == line
    assert found[(path, kode)].message("id")
    assert found[(path, kode)].message("en")


def test_duplicate_indicator_code():
    extra = BASE.split("indikator:\n", 1)[1]
    err = problems_of(BASE + extra)
    assert [(p.path, p.kode) for p in err.problems] == [
        ("indikator[1].kode", "konfig_indikator_ganda")
    ]


def test_thresholds_out_of_order():
    err = problems_of(BASE + "penilaian:\n  rating_hasil_kerja: {di_atas: 80, sesuai: 90}\n")
    assert err.problems[0].kode == "konfig_ambang_urutan"
    assert err.problems[0].path == "penilaian.rating_hasil_kerja"
    err = problems_of(
        BASE + "penilaian:\n  predikat_organisasi: {istimewa: 110, baik: 90, "
        "butuh_perbaikan: 95, kurang: 50}\n"
    )
    assert err.problems[0].kode == "konfig_ambang_urutan"


def test_bad_range_target():
    err = problems_of(BASE.replace("bobot: 50", 'bobot: 50\n    target: "90 sampai"'))
    assert err.problems[0].kode == "konfig_target_tidak_sah"


def test_range_target_parses():
    cfg = parse_config_text(BASE.replace("bobot: 50", 'bobot: 50\n    target: "7-8"'))
    t = cfg.indikator[0].target
    assert (t.low, t.high, t.is_range, str(t)) == (7.0, 8.0, True, "7-8")


def test_duplicate_key_is_refused_with_both_lines():
    err = problems_of(BASE.replace("tahun: 2026", "tahun: 2026\ntahun: 2027"))
    assert err.kode == "konfig_kunci_ganda"
    assert err.params["baris"] == 3 and err.params["baris_pertama"] == 2


def test_yaml_syntax_error_names_line():
    err = problems_of(BASE.replace("satuan: hari", "satuan: [hari"))
    assert err.kode == "konfig_yaml_rusak"


def test_alias_bomb_is_refused_quickly():
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n"
    prev = "a"
    for i in range(1, 9):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        prev = chr(97 + i)
    err = problems_of(bomb)
    assert err.kode == "konfig_terlalu_besar"


def test_deep_nesting_is_refused():
    err = problems_of("a: " + "[" * 200 + "]" * 200 + "\n")
    assert err.kode in ("konfig_terlalu_dalam", "konfig_yaml_rusak")


def test_not_a_mapping_and_empty():
    assert problems_of("- a\n- b\n").kode == "konfig_bukan_peta"
    assert problems_of("").kode == "konfig_kosong"


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "tidak-ada.yaml")
    assert info.value.kode == "konfig_tidak_ada"


# ---- satuan_alias (issue 18) ------------------------------------------------------------------


def test_satuan_alias_is_optional_and_lists_the_unit_words():
    assert parse_config_text(BASE).indikator[0].unit_words == ("hari",)
    cfg = parse_config_text(
        BASE.replace("satuan: hari\n", "satuan: hari\n    satuan_alias: [hari kerja, hr]\n")
    )
    assert cfg.indikator[0].satuan_alias == ["hari kerja", "hr"]
    assert cfg.indikator[0].unit_words == ("hari", "hari kerja", "hr")


def test_satuan_alias_leaves_the_fingerprint_alone():
    """Aliases change how cells are read, not the template: adding one must not make every
    filled workbook a template of an older config."""
    a = parse_config_text(BASE)
    b = parse_config_text(BASE.replace("satuan: hari\n", "satuan: hari\n    satuan_alias: [hr]\n"))
    assert a.fingerprint() == b.fingerprint()


@pytest.mark.parametrize(
    ("alias", "path", "kode"),
    [
        ("[ribu]", "indikator[0]", "konfig_alias_pengali"),
        ("[hari, juta hari]", "indikator[0]", "konfig_alias_pengali"),
        ('["2"]', "indikator[0].satuan_alias[0]", "konfig_alias_tidak_sah"),
        ('["-hari"]', "indikator[0].satuan_alias[0]", "konfig_alias_tidak_sah"),
        ('[""]', "indikator[0].satuan_alias[0]", "konfig_terlalu_pendek"),
        ("[1]", "indikator[0].satuan_alias[0]", "konfig_harus_teks"),
        ("hari kerja", "indikator[0].satuan_alias", "konfig_harus_daftar"),
    ],
)
def test_satuan_alias_mistakes_name_the_key(alias, path, kode):
    text = BASE.replace("satuan: hari\n", f"satuan: hari\n    satuan_alias: {alias}\n")
    err = problems_of(text)
    found = [(p.path, p.kode) for p in err.problems]
    assert (path, kode) in found, found
    assert all(p.message("id") and p.message("en") for p in err.problems)


def test_satuan_alias_may_repeat_the_satuans_own_multiplier():
    text = BASE.replace("satuan: hari\n", "satuan: miliar rupiah\n    satuan_alias: [miliar]\n")
    assert parse_config_text(text).indikator[0].unit_words == ("miliar rupiah", "miliar")


def test_satuan_alias_typo_is_an_unknown_key():
    err = problems_of(BASE.replace("satuan: hari\n", "satuan: hari\n    satuan_alias_: [hr]\n"))
    assert [(p.path, p.kode) for p in err.problems] == [
        ("indikator[0].satuan_alias_", "konfig_kunci_tak_dikenal")
    ]


@pytest.mark.parametrize(
    ("a", "b", "path", "line", "other"),
    [
        # a unor equal to another unit's nama or kode (case and spaces ignored, as matched)
        ('{kode: "A", nama: Dinas A, unor: ["dinas  B"]}', None, "unit[0].unor[0]", 4, "B"),
        ('{kode: "A", nama: Dinas A, unor: [" b "]}', None, "unit[0].unor[0]", 4, "B"),
        # one unor listed for two units: reported at the second
        (
            '{kode: "A", nama: Dinas A, unor: [Dinas Gabungan]}',
            '{kode: "B", nama: Dinas B, unor: [Kantor X, DINAS GABUNGAN]}',
            "unit[1].unor[1]",
            5,
            "A",
        ),
    ],
)
def test_a_unor_that_means_two_units_is_a_config_error(a, b, path, line, other):
    text = BASE.replace('{kode: "A", nama: Dinas A}', a)
    if b is not None:
        text = text.replace('{kode: "B", nama: Dinas B}', b)
    err = problems_of(text)
    assert err.exit_code == 2
    (problem,) = err.problems
    assert (problem.path, problem.kode, problem.line) == (path, "konfig_unor_ganda", line)
    assert f"unit {other}" in problem.message("id") and f"unit {other}" in problem.message("en")


def test_a_units_own_names_may_repeat_and_units_may_share_a_nama():
    cfg = parse_config_text(
        BASE.replace(
            '{kode: "A", nama: Dinas A}', '{kode: "A", nama: Dinas A, unor: [dinas a, A]}'
        ).replace("nama: Dinas B}", "nama: Dinas A}")
    )
    assert [u.unor for u in cfg.unit] == [["dinas a", "A"], []]
