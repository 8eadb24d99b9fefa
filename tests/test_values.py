"""The strict value normaliser and the NIP rules (kinerja_cli.values)."""

from __future__ import annotations

import math
import string
from datetime import date, datetime, time

import pytest
from hypothesis import assume, example, given, settings, strategies as st

from kinerja_cli import values as v
from kinerja_cli.config import Target
from kinerja_cli.messages import CATALOGUE, format_number, render
from kinerja_cli.values import check_nip, is_blank, parse_number, parse_target

# ---- examples --------------------------------------------------------------------------------

NUMBERS = [
    ("85,5", 85.5),
    ("85.5", 85.5),
    ("1.234,5", 1234.5),
    ("1,234.5", 1234.5),
    ("1.234.567,89", 1234567.89),
    ("1,234,567.89", 1234567.89),
    ("1.500.000", 1500000.0),
    (" 90 ", 90.0),
    ("\u00a090\u00a0", 90.0),
    ("9\u200b0", 90.0),
    ("\u200990\u202f", 90.0),
    ("-5", -5.0),
    ("\u22125", -5.0),
    ("+5", 5.0),
    ("0,123", 0.123),
    ("0.5", 0.5),
    (",5", 0.5),
    ("1234.567", 1234.567),
    ("1,2340", 1.234),
    ("007", 7.0),
    ("'85", 85.0),
    (85, 85.0),
    (85.5, 85.5),
    (-3, -3.0),
]


@pytest.mark.parametrize(("raw", "expected"), NUMBERS)
def test_numbers_read(raw, expected):
    got = parse_number(raw)
    assert got.ok, got
    assert got.value == expected


WITH_SATUAN = [
    ("2005 Orang", ("orang",), 2005.0),
    ("2005 ORANG", ("orang",), 2005.0),
    ("2005orang", ("orang",), 2005.0),
    ("2005\u00a0Orang\u00a0", ("orang",), 2005.0),
    ("2005 jiwa", ("orang", "jiwa"), 2005.0),
    ("23 Ponpes", ("ponpes",), 23.0),
    ("12 hari kerja", ("hari", "hari kerja"), 12.0),
    ("12 HariKerja", ("hari", "hari kerja"), 12.0),
    ("50 m2", ("m2",), 50.0),
    ("305 per 100.000 kelahiran hidup", ("per 100.000 kelahiran hidup",), 305.0),
    ("2,5 miliar rupiah", ("miliar rupiah",), 2.5),
    ("2,5 milyar", ("miliar rupiah", "milyar"), 2.5),
    ("18 % penduduk", ("% penduduk",), 18.0),
    ("Rp 1.500.000", ("rupiah",), 1500000.0),
    ("Rp. 1.500.000,-", ("rupiah",), 1500000.0),
    ("IDR 2.500,00", ("Rupiah",), 2500.0),
    ("Rp 1.500.000 rupiah", ("rupiah",), 1500000.0),
]


@pytest.mark.parametrize(("raw", "satuan", "expected"), WITH_SATUAN)
def test_numbers_with_their_satuan_read(raw, satuan, expected):
    got = parse_number(raw, satuan=satuan)
    assert got.ok, got
    assert got.value == expected


NOT_THE_SATUAN = [
    # issue 18: text after a number was dropped silently
    ("1 laporan per triwulan", ("laporan",), v.ANGKA_SATUAN_SALAH),
    ("10 dokumen per bulan", ("dokumen",), v.ANGKA_SATUAN_SALAH),
    ("100 ribu", ("orang",), v.ANGKA_PENGALI),
    ("1.5 juta", ("rupiah",), v.ANGKA_PENGALI),
    ("1,5 jt", ("rupiah",), v.ANGKA_PENGALI),
    ("100 ribu orang", ("orang",), v.ANGKA_PENGALI),
    ("2005 Orang", (), v.ANGKA_SATUAN_SALAH),
    ("2005 Orang", ("jiwa",), v.ANGKA_SATUAN_SALAH),
    ("23 Ponpes", ("orang",), v.ANGKA_SATUAN_SALAH),
    ("12 hari kerja", ("hari",), v.ANGKA_SATUAN_SALAH),
    ("2,5 miliar", ("miliar rupiah",), v.ANGKA_PENGALI),
    ("2005 Orang.", ("orang",), v.ANGKA_SATUAN_SALAH),
    ("10 orang 5 ponpes", ("orang",), v.ANGKA_GANDA),
    ("1 laporan per 3 bulan", ("laporan",), v.ANGKA_GANDA),
    # a currency prefix or ",-" only for a rupiah satuan: "Rp 1.500.000" is not 1.5 miliar
    ("Rp 1.500.000", ("miliar rupiah",), v.ANGKA_TIDAK_SAH),
    ("Rp 1.500.000", (), v.ANGKA_TIDAK_SAH),
    ("1.500.000,-", ("orang",), v.ANGKA_TIDAK_SAH),
]


@pytest.mark.parametrize(("raw", "satuan", "kode"), NOT_THE_SATUAN)
def test_words_that_are_not_the_satuan_are_errors(raw, satuan, kode):
    got = parse_number(raw, satuan=satuan)
    assert got.value is None
    assert got.kode == kode
    _assert_renders(got)


def test_not_the_satuan_message_names_the_words_the_satuan_and_the_number():
    got = parse_number("1 laporan per triwulan", satuan=("laporan", "lap"))
    assert got.param_dict == {
        "teks": "1 laporan per triwulan",
        "kata": "laporan per triwulan",
        "satuan": "laporan, lap",
        "angka": 1,
    }
    msg = render(got.kode, "id", **got.param_dict)
    assert "'laporan per triwulan'" in msg and "(laporan, lap)" in msg and "satuan_alias" in msg


@pytest.mark.parametrize(
    ("raw", "kata", "saran"),
    [
        ("100 ribu", "ribu", "100000"),
        ("1.5 juta", "juta", "1500000"),
        ("1,25 rb", "rb", "1250"),
        ("2,5 Miliar", "miliar", "2500000000"),
        ("-3 juta", "juta", "-3000000"),
        ("0,1234 ribu", "ribu", "123,4"),
    ],
)
def test_multiplier_word_message_gives_the_full_number(raw, kata, saran):
    got = parse_number(raw, satuan=("orang",))
    assert got.kode == v.ANGKA_PENGALI
    assert got.param_dict["kata"] == kata and format_number(got.param_dict["saran"]) == saran
    assert parse_number(saran).value == pytest.approx(float(saran.replace(",", ".")))
    assert saran in render(got.kode, "id", **got.param_dict)


@pytest.mark.parametrize(
    ("raw", "satuan", "percent", "expected"),
    [
        ("85,5", ("Orang",), False, 85.5),
        ("1.234,5", ("Orang",), False, 1234.5),
        ("90%", ("%",), True, 90.0),
        ("90 %", ("%",), True, 90.0),
        (" 90 ", ("Orang",), False, 90.0),
        ("\u00a090\u00a0", ("Orang",), False, 90.0),
        ("2005 Orang", ("Orang",), False, 2005.0),
        ("2005 orang", ("Orang",), False, 2005.0),
    ],
)
def test_what_the_product_spec_requires_accepting_is_still_read(raw, satuan, percent, expected):
    """docs/product.md "Reading and validation": these read as numbers with the strict rule
    (satuan Orang: "2005 Orang")."""
    assert parse_number(raw, satuan=satuan, percent_indicator=percent).value == expected
    got = parse_target(raw, satuan=satuan, percent_indicator=percent)
    assert got.target == Target(low=expected, high=expected)


def test_unit_words_unjudged_only_when_the_indicator_is_unknown():
    # satuan=None: the row's indicator is unknown (already an error), words are not judged
    assert parse_number("2005 Orang", satuan=None).value == 2005.0
    assert parse_number("1 laporan per triwulan", satuan=None).value == 1.0
    assert parse_number("10 orang 5 ponpes", satuan=None).kode == v.ANGKA_GANDA
    # the default is strict: a bare number only
    assert parse_number("2005 Orang").kode == v.ANGKA_SATUAN_SALAH


def test_targets_with_the_satuan():
    assert parse_target("7-8 bulan", satuan=("bulan",)).target == Target(low=7, high=8)
    assert parse_target("7 bulan - 8 bulan", satuan=("bulan",)).target == Target(low=7, high=8)
    assert parse_target("2005 Orang", satuan=("orang",)).target == Target(low=2005, high=2005)
    got = parse_target("1 laporan per triwulan", satuan=("laporan",))
    assert got.kode == v.ANGKA_SATUAN_SALAH
    got = parse_target("100-200 ribu", satuan=("orang",))
    assert got.kode == v.ANGKA_PENGALI and got.param_dict["teks"] == "100-200 ribu"
    assert parse_target("7-8 minggu", satuan=("bulan",)).kode == v.ANGKA_SATUAN_SALAH


PROBLEMS = [
    (None, v.ANGKA_KOSONG),
    ("", v.ANGKA_KOSONG),
    ("  \u00a0 ", v.ANGKA_KOSONG),
    (float("nan"), v.ANGKA_KOSONG),
    ("1.234", v.ANGKA_AMBIGU),
    ("1,234", v.ANGKA_AMBIGU),
    ("-1.234", v.ANGKA_AMBIGU),
    ("999,000 orang", v.ANGKA_AMBIGU),
    ("85..5", v.ANGKA_TIDAK_SAH),
    ("1.2.3", v.ANGKA_TIDAK_SAH),
    ("1.23.456", v.ANGKA_TIDAK_SAH),
    ("1.234.5", v.ANGKA_TIDAK_SAH),
    ("1,23.5", v.ANGKA_TIDAK_SAH),
    ("1.234,5,6", v.ANGKA_TIDAK_SAH),
    ("85.", v.ANGKA_TIDAK_SAH),
    ("1e5", v.ANGKA_TIDAK_SAH),
    ("1.98609262015051E+17", v.ANGKA_TIDAK_SAH),
    ("sekitar 90", v.ANGKA_TIDAK_SAH),
    ("(5)", v.ANGKA_TIDAK_SAH),
    ("90 *", v.ANGKA_TIDAK_SAH),
    ("80/90", v.ANGKA_GANDA),
    ("80 - 90", v.ANGKA_GANDA),
    ("10 orang 5 ponpes", v.ANGKA_GANDA),
    ("1 234", v.ANGKA_GANDA),
    ("nihil", v.ANGKA_BUKAN_ANGKA),
    ("-", v.ANGKA_BUKAN_ANGKA),
    ("tidak ada", v.ANGKA_BUKAN_ANGKA),
    (True, v.ANGKA_BUKAN_ANGKA),
    (False, v.ANGKA_BUKAN_ANGKA),
    (float("inf"), v.ANGKA_TIDAK_HINGGA),
    (float("-inf"), v.ANGKA_TIDAK_HINGGA),
    ("9" * 400, v.ANGKA_TIDAK_HINGGA),
    (date(2026, 8, 7), v.ANGKA_BERUPA_TANGGAL),
    (datetime(2026, 8, 7, 10, 0), v.ANGKA_BERUPA_TANGGAL),
    (time(7, 8), v.ANGKA_BERUPA_TANGGAL),
    ("90%", v.PERSEN_SATUAN_LAIN),
    ("90 persen", v.PERSEN_SATUAN_LAIN),
    ("Rp 90%", v.ANGKA_TIDAK_SAH),
    (object(), v.ANGKA_TIDAK_SAH),
]


@pytest.mark.parametrize(("raw", "kode"), PROBLEMS)
def test_number_problems(raw, kode):
    got = parse_number(raw)
    assert got.value is None
    assert got.kode == kode


def test_ambiguous_suggests_both_readings():
    got = parse_number("1.234")
    assert got.param_dict == {"teks": "1.234", "ribuan": "1234", "saran_pecahan": "1,2340"}
    msg = render(got.kode, "id", **got.param_dict)
    assert "1234" in msg and "1,2340" in msg
    # the suggested fraction reads back as the fraction, and the thousands as thousands
    assert parse_number("1,2340").value == 1.234
    assert parse_number("1234").value == 1234.0


def test_percent_rules():
    # a % indicator: text "90%" and a percentage cell holding 0.9 both mean 90 percent points
    assert parse_number("90%", percent_indicator=True).value == 90.0
    assert parse_number("90 %", percent_indicator=True).value == 90.0
    assert parse_number("85,5 persen", percent_indicator=True).value == 85.5
    assert parse_number(0.9, percent_cell=True, percent_indicator=True).value == 90.0
    assert parse_number(0.855, percent_cell=True, percent_indicator=True).value == 85.5
    assert parse_number(1, percent_cell=True, percent_indicator=True).value == 100.0
    # a plain number for a % indicator is already percent points
    assert parse_number(90, percent_indicator=True).value == 90.0
    assert parse_number("0,9", percent_indicator=True).value == 0.9
    # not a % indicator: a percentage is an error, never silently divided by 100
    got = parse_number(0.9, percent_cell=True)
    assert got.kode == v.PERSEN_SATUAN_LAIN
    assert got.param_dict["teks"] == "90%"
    assert parse_number("18%").kode == v.PERSEN_SATUAN_LAIN
    # text in a percentage cell is read as the text it shows
    assert parse_number("90", percent_cell=True, percent_indicator=True).value == 90.0


# ---- targets ---------------------------------------------------------------------------------

TARGETS = [
    ("80-90", (80, 90)),
    ("80 - 90", (80, 90)),
    ("80–90", (80, 90)),
    ("80—90", (80, 90)),
    ("80 s.d. 90", (80, 90)),
    ("80 s.d 90", (80, 90)),
    ("80 sd 90", (80, 90)),
    ("80 s/d 90", (80, 90)),
    ("80 sampai 90", (80, 90)),
    ("80 sampai dengan 90", (80, 90)),
    ("7,5-8,5", (7.5, 8.5)),
    ("80%-90%", (80, 90)),
    ("90", (90, 90)),
    ("85,5", (85.5, 85.5)),
    (85, (85, 85)),
    ("0-10", (0, 10)),
]


@pytest.mark.parametrize(("raw", "bounds"), TARGETS)
def test_targets_read(raw, bounds):
    got = parse_target(raw, percent_indicator=True)
    assert got.ok, got
    assert got.target == Target(low=bounds[0], high=bounds[1])


def test_target_percent_cell():
    got = parse_target(0.85, percent_cell=True, percent_indicator=True)
    assert got.target == Target(low=85, high=85)


TARGET_PROBLEMS = [
    ("90-80", v.TARGET_TERBALIK),
    ("0", v.TARGET_NOL),
    (0, v.TARGET_NOL),
    ("0-0", v.TARGET_NOL),
    ("80 dan 90", v.TARGET_TIDAK_SAH),
    ("80-90-100", v.TARGET_TIDAK_SAH),
    ("antara 80-90", v.TARGET_TIDAK_SAH),
    ("1.000-2.000", v.ANGKA_AMBIGU),
    ("", v.ANGKA_KOSONG),
    (None, v.ANGKA_KOSONG),
    ("banyak", v.ANGKA_BUKAN_ANGKA),
    ("1.234", v.ANGKA_AMBIGU),
]


@pytest.mark.parametrize(("raw", "kode"), TARGET_PROBLEMS)
def test_target_problems(raw, kode):
    got = parse_target(raw, percent_indicator=True)
    assert got.target is None
    assert got.kode == kode


def test_target_reversed_message_says_what_to_write():
    got = parse_target("90-80")
    assert got.param_dict["rendah"] == "90" and got.param_dict["tinggi"] == "80"
    assert "80-90" in render(got.kode, "id", **got.param_dict)


def test_percent_range_for_non_percent_indicator():
    assert parse_target("80%-90%").kode == v.PERSEN_SATUAN_LAIN


# ---- NIP -------------------------------------------------------------------------------------

NIPS = [
    ("198609262015051001", "pns"),
    ("19860926 201505 1 001", "pns"),
    ("19860926.201505.1.001", "pns"),
    ("19860926-201505-1-001", "pns"),
    ("NIP. 19860926 201505 1 001", "pns"),
    ("'198609262015051001", "pns"),
    ("\u00a0198609262015051001\u00a0", "pns"),
    ("199001012023212001", "pppk"),  # NI PPPK: appointment 2023, digits 13-14 "21"
]


@pytest.mark.parametrize(("raw", "jenis"), NIPS)
def test_valid_nips(raw, jenis):
    got = check_nip(raw)
    assert got.ok, got
    assert got.nip == "198609262015051001" or jenis == "pppk"
    assert got.jenis == jenis


NIP_PROBLEMS = [
    (None, v.NIP_KOSONG),
    ("  ", v.NIP_KOSONG),
    (1.98609262015051e17, v.NIP_BERUPA_ANGKA),
    (198609262015051001, v.NIP_BERUPA_ANGKA),
    ("1.98609262015051E+17", v.NIP_BERUPA_ANGKA),
    ("1,98609262015051E+17", v.NIP_BERUPA_ANGKA),
    ("198609262015051001.0", v.NIP_BERUPA_ANGKA),
    ("19860926201505100", v.NIP_PANJANG_SALAH),
    ("1986092620150510011", v.NIP_PANJANG_SALAH),
    ("19860926 2015O5 1 001", v.NIP_KARAKTER_SALAH),
    ("abc", v.NIP_KARAKTER_SALAH),
    (True, v.NIP_KARAKTER_SALAH),
    (float("nan"), v.NIP_KOSONG),
    ("198613262015051001", v.NIP_TANGGAL_LAHIR_SALAH),  # month 13
    ("198602302015051001", v.NIP_TANGGAL_LAHIR_SALAH),  # 30 February
    ("188609262015051001", v.NIP_TANGGAL_LAHIR_SALAH),  # before 1900
    ("198609262015131001", v.NIP_TMT_SALAH),  # TMT month 13 before PPPK existed
    ("198609262000051001", v.NIP_TMT_SALAH),  # TMT at age 14
    ("198609262050051001", v.NIP_TMT_SALAH),  # TMT at age 64
    ("198609262015053001", v.NIP_JENIS_KELAMIN_SALAH),
    ("198609262015050001", v.NIP_JENIS_KELAMIN_SALAH),
]


@pytest.mark.parametrize(("raw", "kode"), NIP_PROBLEMS)
def test_nip_problems(raw, kode):
    got = check_nip(raw)
    assert not got.ok and got.nip is None
    assert got.kode == kode
    assert got.kodes[0] == kode


def test_float_nip_message_explains_excel_and_the_fix():
    got = check_nip(1.98609262015051e17)
    assert got.param_dict["teks"] == "1.98609262015051E+17"
    msg = render(got.kode, "id", **got.param_dict)
    assert "1.98609262015051E+17" in msg and "15 digit" in msg and "Teks" in msg and "'" in msg
    assert "Text" in render(got.kode, "en", **got.param_dict)


def test_nip_reports_every_problem():
    got = check_nip("198613262015133001")
    assert got.kodes == (v.NIP_TANGGAL_LAHIR_SALAH, v.NIP_TMT_SALAH, v.NIP_JENIS_KELAMIN_SALAH)
    assert got.digits == "198613262015133001"


# ---- every problem renders completely --------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_value_kode_has_a_message():
    kodes = [
        getattr(v, name)
        for name in v.__all__
        if name.isupper() and name.startswith(("ANGKA_", "NIP_", "TARGET_", "PERSEN_"))
    ]
    assert len(kodes) == 22  # 20, then angka_terlalu_kecil/_besar (issue 25)
    for kode in kodes:
        assert kode in CATALOGUE, kode


def _assert_renders(result) -> None:
    if result.kode is None:
        return
    params = result.param_dict
    assert "nilai" not in params  # would clash with make_issue(nilai=...)
    for lang in ("id", "en"):
        assert _placeholders(CATALOGUE[result.kode][lang]) <= set(params), result
        assert render(result.kode, lang, **params).strip()


# ---- properties ------------------------------------------------------------------------------


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


@given(
    whole=st.integers(min_value=0, max_value=10**13),
    frac=st.text(alphabet="0123456789", min_size=1, max_size=6),
    negative=st.booleans(),
    style=st.sampled_from(["id", "en"]),
)
@example(whole=1234, frac="5", negative=False, style="id")
@example(whole=12, frac="345", negative=False, style="id")
def test_formatted_numbers_round_trip(whole, frac, negative, style):
    thou, dec = (".", ",") if style == "id" else (",", ".")
    text = ("-" if negative else "") + _group(str(whole), thou) + dec + frac
    expected = float(f"{'-' if negative else ''}{whole}.{frac}")
    got = parse_number(text)
    lone_three = whole < 1000 and whole != 0 and len(frac) == 3
    if lone_three:
        assert got.kode == v.ANGKA_AMBIGU
    else:
        assert got.ok, (text, got)
        assert got.value == expected


@given(
    whole=st.integers(min_value=1000, max_value=10**13),
    frac=st.text(alphabet="0123456789", min_size=1, max_size=6),
    style=st.sampled_from(["id", "en"]),
)
def test_both_separators_always_round_trip(whole, frac, style):
    thou, dec = (".", ",") if style == "id" else (",", ".")
    got = parse_number(_group(str(whole), thou) + dec + frac)
    assert got.value == float(f"{whole}.{frac}")


@given(
    whole=st.integers(min_value=1, max_value=999),
    frac=st.integers(0, 999),
    sep=st.sampled_from(".,"),
    sign=st.sampled_from(["", "-", "+"]),
    unit=st.sampled_from(["", " orang", " Ponpes", "%"]),
)
def test_lone_three_digit_group_is_ambiguous(whole, frac, sep, sign, unit):
    got = parse_number(f"{sign}{whole}{sep}{frac:03d}{unit}", percent_indicator=True)
    assert got.kode == v.ANGKA_AMBIGU


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_whole_numbers_with_grouping_round_trip(n):
    for sep in ".,":
        text = ("-" if n < 0 else "") + _group(str(abs(n)), sep)
        got = parse_number(text)
        if abs(n) >= 1000 and abs(n) < 10**6:
            assert got.kode == v.ANGKA_AMBIGU  # "12.345": one lone group of three
        else:
            assert got.value == float(n)


ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789.,-+% Rp\u00a0\u2009sdeE/"),
    st.dates(),
    st.datetimes(),
)


SATUANS = st.sampled_from([(), None, ("orang", "jiwa"), ("%",), ("rupiah",), ("miliar rupiah",)])


@settings(max_examples=400)
@given(ANY_VALUE, st.booleans(), st.booleans(), SATUANS)
@example("1.000-", False, False, ())
@example("--5", False, False, ())
@example("5 s.d.", False, False, ())
@example("5 ribu", False, False, ("orang",))
def test_parsers_never_raise_and_problems_render(value, percent_cell, percent_indicator, satuan):
    got = parse_number(
        value, percent_cell=percent_cell, percent_indicator=percent_indicator, satuan=satuan
    )
    assert (got.value is None) != (got.kode is None)
    if got.value is not None:
        assert math.isfinite(got.value)
    _assert_renders(got)
    target = parse_target(
        value, percent_cell=percent_cell, percent_indicator=percent_indicator, satuan=satuan
    )
    assert (target.target is None) != (target.kode is None)
    if target.target is not None:
        assert target.target.low <= target.target.high and target.target.high != 0
    _assert_renders(target)
    nip = check_nip(value)
    assert (nip.nip is None) != (nip.kode is None)
    _assert_renders(nip)


_WORD = st.text(alphabet=string.ascii_letters + "éÉåñ", min_size=1, max_size=8)
_SPACE = st.sampled_from(["", " ", "  ", "\u00a0", "\u202f"])


@settings(max_examples=300)
@given(
    whole=st.integers(0, 10**6),
    frac=st.one_of(st.none(), st.integers(0, 99)),
    space=_SPACE,
    word=_WORD,
    satuan=_WORD,
    aliases=st.lists(_WORD, max_size=3),
    pick=st.integers(-1, 3),
    recase=st.booleans(),
)
@example(
    whole=1,
    frac=None,
    space=" ",
    word="laporan",
    satuan="laporan",
    aliases=[],
    pick=-1,
    recase=False,
)
@example(
    whole=100, frac=None, space=" ", word="ribu", satuan="orang", aliases=[], pick=-1, recase=False
)
def test_number_then_word_is_read_iff_the_word_is_the_satuan_or_an_alias(
    whole, frac, space, word, satuan, aliases, pick, recase
):
    """Issue 18: a number followed by a word is that number only when the word is the
    indicator's satuan or one of its aliases (case and spaces ignored); any other word is an
    error, never dropped."""
    words = (satuan, *aliases)
    if 0 <= pick < len(words):
        word = words[pick]  # often the satuan or an alias itself
        if recase:
            word = word.swapcase()
    assume(v.unit_key(word) not in ("persen", "prosen"))  # a percent word: the percent rules
    number = f"{whole}" if frac is None else f"{whole},{frac:02d}"
    expected = float(number.replace(",", "."))
    got = parse_number(f"{number}{space}{word}", satuan=words)
    if v.unit_key(word) in {v.unit_key(w) for w in words}:
        assert got.ok, got
        assert got.value == expected
    else:
        assert got.value is None
        assert got.kode in (v.ANGKA_SATUAN_SALAH, v.ANGKA_PENGALI), got
        _assert_renders(got)
    # the same as a target, and as the high end of a range
    as_target = parse_target(f"{number}{space}{word}", satuan=words)
    assert as_target.ok == got.ok or expected == 0
    ranged = parse_target(f"0,5-{number}{space}{word}", satuan=words)
    assert ranged.ok == (got.ok and expected >= 0.5), ranged


@st.composite
def pns_nips(draw):
    birth = draw(st.dates(min_value=date(1950, 1, 1), max_value=date(2005, 12, 31)))
    tmt_year = draw(st.integers(birth.year + 18, min(birth.year + 60, 2100)))
    tmt_month = draw(st.integers(1, 12))
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(1, 999))
    return f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{gender}{seq:03d}"


@st.composite
def pppk_nips(draw):
    birth = draw(st.dates(min_value=date(1962, 1, 1), max_value=date(2005, 12, 31)))
    year = draw(st.integers(max(birth.year + 18, v.PPPK_FIRST_YEAR), birth.year + 60))
    code = draw(st.integers(13, 99))
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(1, 999))
    return f"{birth:%Y%m%d}{year:04d}{code:02d}{gender}{seq:03d}"


@given(pns_nips(), st.sampled_from(["{}", "{:.8} {:.6} {:.1} {:.3}", "{:.8}.{:.6}.{:.1}.{:.3}"]))
def test_valid_pns_nips_pass(nip, shape):
    text = nip if shape == "{}" else shape.format(nip[:8], nip[8:14], nip[14], nip[15:])
    got = check_nip(text)
    assert got.ok, (text, got)
    assert got.nip == nip and got.jenis == "pns"


@given(pppk_nips())
def test_valid_pppk_nips_pass(nip):
    got = check_nip(nip)
    assert got.ok, (nip, got)
    assert got.jenis == "pppk"


def _real(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return y >= 1900


@given(pns_nips(), st.integers(0, 7), st.sampled_from("0123456789"))
def test_birth_date_mutation_into_invalid_date_fails(nip, pos, digit):
    mutated = nip[:pos] + digit + nip[pos + 1 :]
    assume(not _real(int(mutated[:4]), int(mutated[4:6]), int(mutated[6:8])))
    got = check_nip(mutated)
    assert not got.ok
    assert v.NIP_TANGGAL_LAHIR_SALAH in got.kodes


@given(pns_nips(), st.integers(8, 13), st.sampled_from("0123456789"))
def test_tmt_mutation_into_invalid_month_or_age_fails(nip, pos, digit):
    mutated = nip[:pos] + digit + nip[pos + 1 :]
    birth_year = int(mutated[:4])
    year, month = int(mutated[8:12]), int(mutated[12:14])
    age_ok = birth_year + 18 <= year <= birth_year + 60
    # an invalid month is still a valid NI PPPK shape from the first PPPK year on
    assume(not age_ok or (not 1 <= month <= 12 and year < v.PPPK_FIRST_YEAR))
    got = check_nip(mutated)
    assert not got.ok
    assert v.NIP_TMT_SALAH in got.kodes


@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers())
def test_numbers_never_pass_as_nip(value):
    got = check_nip(value)
    assert not got.ok and got.nip is None


@given(pns_nips())
def test_nip_printed_as_number_is_refused(nip):
    as_float = float(nip)
    assert check_nip(as_float).kode == v.NIP_BERUPA_ANGKA
    assert check_nip(f"{as_float:.14E}").kode == v.NIP_BERUPA_ANGKA
    assert check_nip(f"{nip}.0").kode == v.NIP_BERUPA_ANGKA


def test_is_blank():
    assert is_blank(None) and is_blank("") and is_blank(" \u00a0\u200b") and is_blank(math.nan)
    assert not is_blank(0) and not is_blank("0") and not is_blank(False)


# ---- one definition of a blank cell (issue 15) ----------------------------------------------

_INVISIBLE = st.sampled_from(
    list(" \t\n\u00a0\u2009\u202f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\x85")
)


@given(st.text(_INVISIBLE, max_size=6) | st.text(max_size=6))
@example("\u200b")
@example("\u00ad\u00a0")
def test_blank_is_exactly_the_text_clean_text_empties(text):
    assert is_blank(text) == (not v.clean_text(text))


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_zero_width_only_cell_is_blank_in_validation_as_in_values(config, tmp_path):
    """A target cell holding only a zero-width space and a non-breaking space is checked
    as the empty cell a person sees, not as unreadable text (validate used its own is_blank
    that did not know zero-width characters)."""
    from openpyxl import load_workbook

    from kinerja_cli.examples import generate_examples
    from kinerja_cli.validate import validate_paths

    (ex,) = generate_examples(config, tmp_path / "contoh", units=["BKD"], convert=False)

    def issues_with(value):
        wb = load_workbook(ex.path)
        wb["SKP"]["F5"] = value
        out = tmp_path / f"{len(list(tmp_path.iterdir()))}.xlsx"
        wb.save(out)
        report = validate_paths([out], config)
        return [(i.kode, i.tingkat, i.sheet, i.cell) for i in report.all_issues()]

    empty = issues_with(None)
    assert empty  # an empty target is reported
    assert issues_with("\u200b\u00a0") == empty
