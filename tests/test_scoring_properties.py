"""Scoring invariants (hypothesis): capaian is monotone in realisasi by polarity, never
negative and capped; weights normalise; ranks form a total order consistent with the key."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings, strategies as st

from kinerja_cli.domain import PREDIKAT_PEGAWAI_ORDER
from kinerja_cli.scoring import (
    aggregate_realisasi,
    check_kurva,
    competition_ranks,
    employee_rank_key,
    nilai_capaian_8_2021,
    period_target,
    row_capaian,
    weighted_nilai,
)

PROPS = settings(max_examples=150, deadline=None)
"""Applied per test (never as a global profile, which would change other modules' tests)."""

values = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
targets = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
caps = st.one_of(st.none(), st.floats(min_value=1, max_value=500))


@st.composite
def target_ranges(draw):
    low = draw(targets)
    width = draw(st.one_of(st.just(0.0), st.floats(min_value=0, max_value=1e5)))
    return low, low + width


@PROPS
@given(target_ranges(), values, values, caps, st.sampled_from(["positif", "negatif"]))
def test_capaian_monotone_in_realisasi(t, r1, r2, cap, polaritas):
    """positif: non-decreasing in realisasi; negatif: non-increasing."""
    lo, hi = t
    a, b = sorted((r1, r2))
    ca = row_capaian(a, lo, hi, polaritas, cap)[0]
    cb = row_capaian(b, lo, hi, polaritas, cap)[0]
    assert ca is not None and cb is not None
    low_end, high_end = (ca, cb) if polaritas == "positif" else (cb, ca)
    assert low_end <= high_end + 1e-9 * max(1.0, abs(high_end))


@PROPS
@given(
    target_ranges(),
    st.floats(min_value=-1e6, max_value=1e6),
    caps,
    st.sampled_from(["positif", "negatif"]),
)
def test_capaian_never_negative_and_capped(t, r, cap, polaritas):
    c, used = row_capaian(r, t[0], t[1], polaritas, cap)
    assert c is not None and c >= 0
    assert used in t
    if cap is not None:
        assert c <= cap


@PROPS
@given(st.floats(min_value=0, max_value=1000))
def test_nilai_capaian_8_2021_bounded(c):
    n = nilai_capaian_8_2021(c)
    assert 0 <= n <= 120


@PROPS
@given(st.floats(min_value=0, max_value=1000), st.floats(min_value=0, max_value=1000))
def test_nilai_capaian_8_2021_monotone(c1, c2):
    a, b = sorted((c1, c2))
    assert nilai_capaian_8_2021(a) <= nilai_capaian_8_2021(b)


pairs = st.lists(
    st.tuples(st.floats(min_value=0, max_value=200), st.floats(min_value=0.5, max_value=100)),
    min_size=1,
    max_size=12,
)


@PROPS
@given(pairs, st.floats(min_value=0.01, max_value=1000))
def test_weights_normalise(rows, factor):
    vals = [v for v, _ in rows]
    weights = [w for _, w in rows]
    n1 = weighted_nilai(vals, weights)
    n2 = weighted_nilai(vals, [w * factor for w in weights])
    assert math.isclose(n1, n2, rel_tol=1e-9, abs_tol=1e-9)
    assert min(vals) <= n1 <= max(vals)


@PROPS
@given(st.lists(st.floats(min_value=0, max_value=200), min_size=1, max_size=12))
def test_equal_weights_are_the_plain_mean(vals):
    n = weighted_nilai(vals, [None] * len(vals))
    assert math.isclose(n, sum(vals) / len(vals), rel_tol=1e-9, abs_tol=1e-9)
    assert min(vals) <= n <= max(vals)


employees = st.lists(
    st.tuples(
        st.one_of(st.none(), st.sampled_from([p.value for p in PREDIKAT_PEGAWAI_ORDER])),
        st.one_of(
            st.none(),
            st.sampled_from([80.0, 90.0, 100.0, 110.0]),
            st.floats(min_value=0, max_value=150),
        ),
        st.integers(min_value=0, max_value=999),
    ),
    max_size=40,
)


@PROPS
@given(employees)
def test_ranks_are_a_total_order_consistent_with_the_key(emps):
    items = [(p, n, p is not None, f"{i:018d}") for p, n, i in emps]

    def key(e):
        return employee_rank_key(e[0], e[1], e[2])

    ranked = competition_ranks(items, key, lambda e: e[3])
    assert sorted(id(e) for _, e in ranked) == sorted(id(e) for e in items)
    keys = [key(e) for _, e in ranked]
    assert keys == sorted(keys)
    for rank, e in ranked:
        k = key(e)
        # competition rank: 1 + how many have a strictly better key
        assert rank == 1 + sum(1 for x in items if key(x) < k)
    for (r1, e1), (r2, e2) in itertools.pairwise(ranked):
        assert (r1 == r2) == (key(e1) == key(e2))
        assert r1 <= r2
        if r1 == r2:
            assert e1[3] <= e2[3]  # ties ordered by NIP
    complete = [r for r, e in ranked if e[2]]
    incomplete = [r for r, e in ranked if not e[2]]
    if complete and incomplete:
        assert max(complete) < min(incomplete)


count_lists = st.lists(st.integers(min_value=0, max_value=30), min_size=5, max_size=5)


@PROPS
@given(
    st.sampled_from(["Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"]), count_lists
)
def test_longgar_never_stricter_than_ketat(org, c):
    counts = {p.value: n for p, n in zip(PREDIKAT_PEGAWAI_ORDER, c, strict=True)}
    ketat = check_kurva(org, counts, "ketat")
    longgar = check_kurva(org, counts, "longgar")
    assert {v.rule for v in longgar} <= {v.rule for v in ketat}


@PROPS
@given(st.integers(min_value=1, max_value=4), st.floats(min_value=1, max_value=1e5))
def test_even_quarterly_progress_scores_100_in_every_period(quarters, annual):
    q = annual / 4
    r, reason = aggregate_realisasi((q, q, q, q), "jumlah", quarters)
    assert reason is None and r is not None
    lo, hi = period_target(annual, annual, "jumlah", quarters)
    c = row_capaian(r, lo, hi, "positif")[0]
    assert c is not None and math.isclose(c, 100.0, rel_tol=1e-9)


@PROPS
@given(
    st.lists(st.one_of(st.none(), values), min_size=4, max_size=4),
    st.integers(min_value=1, max_value=4),
)
def test_aggregation_reads_only_the_period(q, quarters):
    later = [*q[:quarters], *([123456.0] * (4 - quarters))]
    for agg in ("jumlah", "rata-rata", "terakhir"):
        assert aggregate_realisasi(q, agg, quarters) == aggregate_realisasi(later, agg, quarters)
    r, _ = aggregate_realisasi(q, "rata-rata", quarters)
    present = [v for v in q[:quarters] if v is not None]
    # every quarter of the period, or no value (a row is never scored from part of it)
    assert (r is not None) == (len(present) == quarters)
    if r is not None:
        assert min(present) <= r + 1e-9 and r <= max(present) + 1e-9
    last, _ = aggregate_realisasi(q, "terakhir", quarters)
    assert last == q[quarters - 1]


@PROPS
@given(st.integers(min_value=0, max_value=100_000), st.integers(min_value=0, max_value=6))
def test_whole_capaian_rounding_is_half_away_from_zero(units, places):
    from kinerja_cli.rounding import round_half_up
    from kinerja_cli.scoring import capaian_bulat

    c = units / 10**places if places else float(units)
    assert capaian_bulat(c) == round_half_up(c, 0)


@PROPS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "B", "C"]),
            st.one_of(st.none(), st.sampled_from([p.value for p in PREDIKAT_PEGAWAI_ORDER])),
            st.sampled_from([None, 90.0, 100.0, 110.0]),
        ),
        max_size=30,
    )
)
def test_unit_and_overall_ranks_agree_with_the_key(spec):
    from kinerja_cli.model import EmployeeScore
    from kinerja_cli.scoring import rank_employees

    emps = [
        EmployeeScore(
            nip=f"{i:018d}",
            nama=None,
            unit=u,
            jabatan=None,
            golongan=None,
            nilai=n,
            rating_hasil_kerja=None,
            rating_hasil_kerja_derived=False,
            rating_perilaku=None,
            predikat=p,
            lengkap=p is not None,
        )
        for i, (u, p, n) in enumerate(spec)
    ]
    ordered = rank_employees(emps)
    assert len(ordered) == len(emps)

    def key(e):
        return employee_rank_key(e.predikat, e.nilai, e.lengkap)

    for e in emps:
        if not e.lengkap:  # incomplete: listed (last) without a rank
            assert e.rank_overall is None and e.rank_unit is None
            continue
        assert e.rank_overall == 1 + sum(1 for x in emps if key(x) < key(e))
        assert e.rank_unit == 1 + sum(1 for x in emps if x.unit == e.unit and key(x) < key(e))
    assert [key(e) for e in ordered] == sorted(key(e) for e in emps)
