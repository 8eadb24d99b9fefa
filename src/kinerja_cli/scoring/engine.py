"""``score()``: validated submissions + config -> :class:`~kinerja_cli.model.ScoreResult`.

Pure: no I/O, no rounding (writers round on output), the config passed in; the only
process state touched is the garbage collector, paused while scoring and restored after
(:func:`kinerja_cli.gcpause.gc_paused`). The rules themselves live in :mod:`.capaian`, :mod:`.pegawai`,
:mod:`.unit` and :mod:`.ranking`; this module only walks the records and assembles the
result. Speed: a city (96k SKP rows, 16k employees) took 0.55-0.8 s of CPU on a shared,
busy 2-core machine (the collector pause saves about a third).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kinerja_cli.config import Config, Indikator, Penilaian
from kinerja_cli.domain import (
    Periode,
    PredikatOrganisasi,
    PredikatPegawai,
    Rating,
    parse_predikat_organisasi,
)
from kinerja_cli.errors import UsageError
from kinerja_cli.gcpause import gc_paused
from kinerja_cli.model import (
    SUMBER_EKINERJA,
    SUMBER_TEMPLAT,
    EmployeeScore,
    IkuRecord,
    Issue,
    PegawaiRecord,
    RowScore,
    ScoreResult,
    SkpRecord,
    SourceRow,
    Submission,
    UnitScore,
    make_issue,
)
from kinerja_cli.scoring.capaian import (
    ROW_INVALID,
    ROW_NO_TARGET,
    ROW_UNKNOWN_INDICATOR,
    aggregate_realisasi,
    nilai_capaian_8_2021,
    parse_periode,
    period_target,
    row_capaian,
)
from kinerja_cli.scoring.gaps import reporting_gaps
from kinerja_cli.scoring.pegawai import (
    KEPALA_PREDIKAT_8_2021,
    kepala_rating,
    normalised_weights,
    predikat_8_2021,
    predikat_pegawai,
    rating_from_nilai,
    rating_or_none,
    weighted_mean,
)
from kinerja_cli.scoring.ranking import competition_ranks, employee_rank_key, unit_rank_key
from kinerja_cli.scoring.sources import same_period
from kinerja_cli.scoring.unit import (
    KurvaViolation,
    capaian_iku,
    check_kurva,
    distribution,
    kurva_applies,
    predikat_organisasi_from_capaian,
)

METODE_8_2021 = "permenpan-8-2021"

# Employee notes (message kodes in messages/scoring.py).
EMP_INVALID = "skor_pegawai_tidak_valid"
EMP_NO_SKP = "skor_tanpa_skp"
EMP_NO_PERILAKU = "skor_perilaku_kosong"
EMP_EQUAL_WEIGHTS = "skor_bobot_sama"
EMP_KEPALA = "skor_rating_kepala"
EMP_KEPALA_OVERRIDE_IGNORED = "skor_kepala_isian_diabaikan"
EMP_KEPALA_NO_ORG = "skor_kepala_tanpa_predikat_organisasi"
EMP_KEPALA_IKU_INCOMPLETE = "skor_kepala_iku_belum_lengkap"

EMP_EKINERJA_NO_PREDIKAT = "skor_ekinerja_tanpa_hasil_akhir"

# Unit notes.
UNIT_IKU_INCOMPLETE = "skor_iku_belum_lengkap"
UNIT_EKINERJA = "skor_sumber_ekinerja"
UNIT_EKINERJA_NO_ORG = "skor_ekinerja_tanpa_predikat_organisasi"
UNIT_FAILED = "skor_unit_gagal"


def unit_failed(path: str, unit: str, exc: BaseException) -> Issue:
    """The issue (an error) of a unit whose scoring raised ``exc``: the unit is listed
    unscored, every other unit is scored as before (a bug or a value no rule foresaw; the
    exception is kept on :attr:`ScoreResult.failures` for ``--debug``)."""
    return make_issue(UNIT_FAILED, path, unit=unit, galat=type(exc).__name__)


class _Indicators:
    """Indicator lookup by code (:meth:`Config.indicator_by_code`)."""

    def __init__(self, config: Config) -> None:
        self.get = config.indicator_by_code


def score_row(
    record: SkpRecord | IkuRecord,
    indicator: Indikator | None,
    quarters: int,
    penilaian: Penilaian,
    unit: str,
    nip: str | None,
) -> RowScore:
    """The :class:`RowScore` of one SKP row (``nip`` given) or IKU row (``nip`` None)."""
    bobot = record.bobot if isinstance(record, SkpRecord) else None
    if bobot is None and indicator is not None and nip is not None:
        bobot = indicator.bobot
    target: float | None = None
    realisasi: float | None = None
    capaian: float | None = None
    nilai: float | None = None
    reason: str | None = None
    if not record.valid:
        reason = ROW_INVALID
    elif indicator is None:
        reason = ROW_UNKNOWN_INDICATOR
    elif record.target is None:
        reason = ROW_NO_TARGET
    else:
        agregasi = indicator.agregasi
        realisasi, reason = aggregate_realisasi(record.realisasi, agregasi, quarters)
        low, high = record.target.low, record.target.high
        if agregasi == "jumlah" and quarters < 4:
            low, high = period_target(low, high, agregasi, quarters)
        if realisasi is None:
            target = low if low == high else None
        else:
            wajar = penilaian.capaian_wajar
            capaian, target = row_capaian(
                realisasi,
                low,
                high,
                indicator.polaritas,
                penilaian.batas_capaian,
                (wajar.min, wajar.max),
            )
            if capaian is None:
                reason = ROW_NO_TARGET
            elif penilaian.metode == METODE_8_2021:
                nilai = nilai_capaian_8_2021(capaian)
    return RowScore(
        unit,
        record.kode,
        nip,
        target,
        realisasi,
        capaian,
        nilai,
        bobot,
        record.sheet,
        record.row,
        reason,
    )


class _Notes:
    """Appends a message kode to a list once (notes keep their first-seen order)."""

    __slots__ = ("notes",)

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes

    def __call__(self, kode: str | None) -> None:
        if kode and kode not in self.notes:
            self.notes.append(kode)


def score_employee(
    pegawai: PegawaiRecord,
    rows: list[RowScore],
    *,
    unit: str,
    penilaian: Penilaian,
    is_kepala: bool,
    predikat_organisasi: PredikatOrganisasi | None,
    iku_incomplete: bool = False,
) -> EmployeeScore:
    """One employee from their scored SKP rows (see docs/penilaian.md for every rule).

    ``iku_incomplete``: the unit's IKU could not be scored in full (a row missing, with an
    error or without realisasi), so no predikat organisasi was computed; the unit head then
    gets no results rating at all rather than one from their own SKP rows."""
    notes: list[str] = []
    note = _Notes(notes)
    regime_8 = penilaian.metode == METODE_8_2021
    nilai, data_ok = _weighted_nilai(pegawai, rows, regime_8, note)
    perilaku = rating_or_none(pegawai.rating_perilaku)
    kepala_org = predikat_organisasi if is_kepala else None
    rating, derived = _results_rating(
        rating_or_none(pegawai.rating_hasil_kerja),
        nilai,
        penilaian,
        is_kepala=is_kepala,
        predikat_organisasi=kepala_org,
        iku_incomplete=iku_incomplete,
        note=note,
    )
    predikat: PredikatPegawai | None = None
    if regime_8:
        if data_ok and nilai is not None:
            predikat = (
                KEPALA_PREDIKAT_8_2021[kepala_org]
                if kepala_org is not None
                else predikat_8_2021(nilai)
            )
    else:
        if perilaku is None:
            note(EMP_NO_PERILAKU)
        if data_ok and rating is not None and perilaku is not None:
            predikat = predikat_pegawai(rating, perilaku)

    return _employee(
        pegawai,
        unit,
        is_kepala,
        nilai=nilai,
        rating_hasil_kerja=rating.value if rating is not None else None,
        rating_hasil_kerja_derived=derived,
        rating_perilaku=perilaku.value if perilaku is not None else None,
        predikat=predikat.value if predikat is not None else None,
        rows=rows,
        catatan=notes,
    )


def _weighted_nilai(
    pegawai: PegawaiRecord, rows: list[RowScore], regime_8: bool, note: _Notes
) -> tuple[float | None, bool]:
    """(nilai, whether the data is complete): the weighted mean of the rows' capaian (nilai
    capaian under 8/2021), None unless the record is valid and every row is scored."""
    if not pegawai.valid:
        note(EMP_INVALID)
    if not rows:
        note(EMP_NO_SKP)
    values: list[float] = []
    weights: list[float | None] = []
    for r in rows:
        v = r.nilai_capaian if regime_8 else r.capaian
        if v is None:
            note(r.catatan)
        else:
            values.append(v)
            weights.append(r.bobot)
    data_ok = pegawai.valid and bool(rows) and len(values) == len(rows)
    if not data_ok:
        return None, False
    norm, equal = normalised_weights(weights)
    if equal and len(rows) > 1:
        note(EMP_EQUAL_WEIGHTS)
    return weighted_mean(values, norm), True


def _results_rating(
    override: Rating | None,
    nilai: float | None,
    penilaian: Penilaian,
    *,
    is_kepala: bool,
    predikat_organisasi: PredikatOrganisasi | None,
    iku_incomplete: bool,
    note: _Notes,
) -> tuple[Rating | None, bool]:
    """(rating hasil kerja, whether it was derived rather than given): a unit head's follows
    the predikat organisasi; anyone else's is the workbook's, else derived from ``nilai``."""
    if predikat_organisasi is not None:
        rating = kepala_rating(predikat_organisasi)
        note(EMP_KEPALA)
        if override is not None and override != rating:
            note(EMP_KEPALA_OVERRIDE_IGNORED)
        return rating, True
    if is_kepala and iku_incomplete:
        # No rating at all: the head's rating is the unit's result, which is not known.
        note(EMP_KEPALA_IKU_INCOMPLETE)
        return None, False
    if is_kepala:
        note(EMP_KEPALA_NO_ORG)
    if override is not None:
        return override, False
    if nilai is not None:
        return rating_from_nilai(nilai, penilaian.rating_hasil_kerja), True
    return None, False


def _employee(
    pegawai: PegawaiRecord,
    unit: str,
    is_kepala: bool,
    *,
    nilai: float | None,
    rating_hasil_kerja: str | None,
    rating_hasil_kerja_derived: bool,
    rating_perilaku: str | None,
    predikat: str | None,
    catatan: list[str],
    rows: list[RowScore] | None = None,
) -> EmployeeScore:
    """An :class:`EmployeeScore` with who the employee is taken from the Pegawai record;
    complete exactly when there is a predikat."""
    return EmployeeScore(
        nip=pegawai.nip,
        nama=pegawai.nama,
        unit=unit,
        jabatan=pegawai.jabatan,
        golongan=pegawai.golongan,
        nilai=nilai,
        rating_hasil_kerja=rating_hasil_kerja,
        rating_hasil_kerja_derived=rating_hasil_kerja_derived,
        rating_perilaku=rating_perilaku,
        predikat=predikat,
        lengkap=predikat is not None,
        is_kepala=is_kepala,
        rows=rows if rows is not None else [],
        catatan=catatan,
        nip_penilai=pegawai.nip_penilai,
    )


def recorded_employee(pegawai: PegawaiRecord, *, unit: str, is_kepala: bool) -> EmployeeScore:
    """One employee of an e-Kinerja assessment export: the ratings and the predikat
    (``hasil_akhir``) e-Kinerja recorded, no nilai (the export has no capaian). A row with
    an error, or without a recorded predikat, leaves the employee incomplete."""
    notes: list[str] = []
    if not pegawai.valid:
        notes.append(EMP_INVALID)
    elif pegawai.predikat is None:
        notes.append(EMP_EKINERJA_NO_PREDIKAT)
    return _employee(
        pegawai,
        unit,
        is_kepala,
        nilai=None,
        rating_hasil_kerja=pegawai.rating_hasil_kerja,
        rating_hasil_kerja_derived=False,
        rating_perilaku=pegawai.rating_perilaku,
        predikat=pegawai.predikat if pegawai.valid else None,
        catatan=notes,
    )


def _predikat_given(sub: Submission) -> PredikatOrganisasi | None:
    text = sub.identitas.predikat_organisasi if sub.identitas else None
    if not text:
        return None
    try:
        return PredikatOrganisasi(text)
    except ValueError:
        return parse_predikat_organisasi(text)


def _nip_key(nip: str | None) -> str:
    return (nip or "").strip()


def score_unit(
    sub: Submission,
    unit_kode: str,
    unit_nama: str,
    config: Config,
    quarters: int,
    indicators: _Indicators | None = None,
) -> tuple[UnitScore, list[EmployeeScore]]:
    """Scores of one unit's (structurally usable) submission; ranks are not set here."""
    if sub.sumber == SUMBER_EKINERJA:
        return _score_recorded(sub, unit_kode, unit_nama, config)
    pen = config.penilaian
    inds = indicators or _Indicators(config)
    iku_rows = [score_row(r, inds.get(r.kode), quarters, pen, unit_kode, None) for r in sub.iku]
    # The unit is not scored from part of its IKU (as an employee is not from part of the
    # SKP): every IKU the config assigns must have a row, and every row a capaian.
    iku_incomplete = any(r.capaian is None for r in iku_rows) or bool(
        missing_iku(sub, unit_kode, config)
    )
    cap_iku = None if iku_incomplete else capaian_iku(r.capaian for r in iku_rows)
    given = _predikat_given(sub)
    if given is not None:
        org: PredikatOrganisasi | None = given
        org_derived = False
    elif cap_iku is not None:
        org = predikat_organisasi_from_capaian(cap_iku, pen.predikat_organisasi)
        org_derived = True
    else:
        org, org_derived = None, False

    unit_cfg = config.unit_by_code(unit_kode)
    kepala_nip = _nip_key(sub.identitas.nip_kepala if sub.identitas else None)
    if not kepala_nip and unit_cfg is not None:
        kepala_nip = _nip_key(unit_cfg.nip_kepala)

    skp_by_nip: dict[str, list[SkpRecord]] = defaultdict(list)
    for rec in sub.skp:
        skp_by_nip[_nip_key(rec.nip)].append(rec)

    employees: list[EmployeeScore] = []
    for peg in sub.pegawai:
        nip = _nip_key(peg.nip)
        rows = [
            score_row(r, inds.get(r.kode), quarters, pen, unit_kode, nip)
            for r in skp_by_nip.get(nip, ())
        ]
        employees.append(
            score_employee(
                peg,
                rows,
                unit=unit_kode,
                penilaian=pen,
                is_kepala=bool(kepala_nip) and nip == kepala_nip,
                predikat_organisasi=org,
                iku_incomplete=iku_incomplete,
            )
        )

    unit_score = _unit_score(
        sub,
        unit_kode,
        unit_nama,
        pen,
        employees,
        org,
        capaian_iku=cap_iku,
        org_derived=org_derived,
        iku_rows=iku_rows,
        notes=[UNIT_IKU_INCOMPLETE] if iku_incomplete else [],
    )
    return unit_score, employees


def _unit_score(
    sub: Submission,
    unit_kode: str,
    unit_nama: str,
    pen: Penilaian,
    employees: list[EmployeeScore],
    org: PredikatOrganisasi | None,
    *,
    capaian_iku: float | None,
    org_derived: bool,
    iku_rows: list[RowScore],
    notes: list[str],
    sumber: str = SUMBER_TEMPLAT,
) -> UnitScore:
    """The unit's figures from its scored employees: the distribution, and the kurva check
    against ``org`` when enabled and the unit is large enough."""
    counts = distribution(e.predikat for e in employees)
    scored = sum(counts.values())
    kurva_ok: bool | None = None
    pelanggaran: list[KurvaViolation] = []
    if (
        pen.kurva_distribusi
        and org is not None
        and kurva_applies(scored, pen.kurva_minimal_pegawai)
    ):
        pelanggaran = list(check_kurva(org, counts, pen.kurva_pembulatan))
        kurva_ok = not pelanggaran
    return UnitScore(
        kode=unit_kode,
        nama=unit_nama,
        pegawai_count=len(sub.pegawai),
        capaian_iku=capaian_iku,
        predikat_organisasi=org.value if org is not None else None,
        predikat_organisasi_derived=org_derived,
        distribusi=counts,
        kurva_ok=kurva_ok,
        kurva_pelanggaran=pelanggaran,
        submitted=True,
        iku_rows=iku_rows,
        scored_count=scored,
        scorable=True,
        source=sub.path,
        catatan=notes,
        sumber=sumber,
    )


def _score_recorded(
    sub: Submission, unit_kode: str, unit_nama: str, config: Config
) -> tuple[UnitScore, list[EmployeeScore]]:
    """A unit scored from an e-Kinerja assessment export: the recorded predikat of each
    employee, the distribution and the kurva check against the predikat organisasi the
    config gives the unit (the export carries none); no capaian IKU, no nilai."""
    unit_cfg = config.unit_by_code(unit_kode)
    kepala_nip = _nip_key(unit_cfg.nip_kepala if unit_cfg else None)
    employees = [
        recorded_employee(
            peg, unit=unit_kode, is_kepala=bool(kepala_nip) and _nip_key(peg.nip) == kepala_nip
        )
        for peg in sub.pegawai
    ]
    given = unit_cfg.predikat_organisasi if unit_cfg else None
    org = PredikatOrganisasi(given) if given else None
    notes = [UNIT_EKINERJA] if org is not None else [UNIT_EKINERJA, UNIT_EKINERJA_NO_ORG]
    unit_score = _unit_score(
        sub,
        unit_kode,
        unit_nama,
        config.penilaian,
        employees,
        org,
        capaian_iku=None,
        org_derived=False,
        iku_rows=[],
        notes=notes,
        sumber=SUMBER_EKINERJA,
    )
    return unit_score, employees


def missing_iku(sub: Submission, unit_kode: str, config: Config) -> list[str]:
    """Codes of the IKU the config assigns to the unit that have no row in ``sub`` (a .csv
    holds the SKP sheet only: nothing is missing from it)."""
    if sub.format == "csv":
        return []
    have = {r.kode.strip().upper() for r in sub.iku if r.kode}
    return [i.kode for i in config.indicators_for(unit_kode, "unit") if i.kode.upper() not in have]


def _empty_unit(kode: str, nama: str, *, submitted: bool, source: str | None) -> UnitScore:
    return UnitScore(
        kode=kode,
        nama=nama,
        pegawai_count=0,
        capaian_iku=None,
        predikat_organisasi=None,
        predikat_organisasi_derived=False,
        distribusi=distribution(()),
        kurva_ok=None,
        submitted=submitted,
        scorable=False,
        source=source,
    )


def rank_employees(employees: Sequence[EmployeeScore]) -> list[EmployeeScore]:
    """Set ``rank_unit`` and ``rank_overall``; return the employees in overall rank order
    (ties ordered by NIP, then unit).

    The overall order restricted to one unit is that unit's order (same key, same
    tie-break), so one sort serves both ranks."""
    keys = {id(e): employee_rank_key(e.predikat, e.nilai, e.lengkap) for e in employees}
    ranked = competition_ranks(employees, lambda e: keys[id(e)], lambda e: (e.nip, e.unit))
    seen: dict[str, tuple[int, tuple[int, int, float], int]] = {}  # unit -> (count, key, rank)
    ordered: list[EmployeeScore] = []
    for rank, e in ranked:
        if not e.lengkap:  # listed (last) without a rank everywhere: sheets, JSON, documents
            e.rank_overall = e.rank_unit = None
            ordered.append(e)
            continue
        e.rank_overall = rank
        k = keys[id(e)]
        count, previous, unit_rank = seen.get(e.unit, (0, k, 1))
        count += 1
        if k != previous:
            unit_rank = count
        seen[e.unit] = (count, k, unit_rank)
        e.rank_unit = unit_rank
        ordered.append(e)
    return ordered


def rank_units(units: Sequence[UnitScore]) -> None:
    """Set ``rank`` of every scorable unit with a predikat organisasi (given, or computed from
    a complete IKU; then capaian IKU; ties by code); units not submitted, unusable or without
    a predikat keep None and are listed without a rank, with the reason."""
    ranked = [u for u in units if u.submitted and u.scorable and u.predikat_organisasi]
    for rank, u in competition_ranks(
        ranked, lambda u: unit_rank_key(u.predikat_organisasi, u.capaian_iku), lambda u: u.kode
    ):
        u.rank = rank


def score(
    submissions: list[Submission],
    config: Config,
    periode: Periode | str = "tahunan",
    *,
    sources: list[SourceRow] | None = None,
    tahun: int | None = None,
) -> ScoreResult:
    """Score the current submission of each unit for ``periode`` (TW1..TW4 or tahunan).

    Only structurally usable submissions are scored; every unit of the config appears in
    ``units`` (``submitted=False`` when nothing came in). At most one submission per unit:
    two for the same unit raise :class:`UsageError`. A file for an unknown unit or another
    year is left out with a warning in ``issues``. The result holds codes and figures, no
    words: the writers say them in the language of the output (``kurva_pelanggaran`` holds
    :class:`~kinerja_cli.scoring.unit.KurvaViolation`, said by ``describe(lang)``).
    """
    with gc_paused():
        return _score(
            submissions,
            config,
            parse_periode(periode),
            sources,
            tahun if tahun is not None else config.tahun,
        )


def _submissions_by_unit(
    submissions: list[Submission], config: Config, year: int, issues: list[Issue]
) -> dict[str, Submission]:
    """The submission of each configured unit; the submissions' own issues, and one for a
    file of an unknown unit or another year (left out), go to ``issues``. Two files of one
    unit: a usage error."""
    by_unit: dict[str, Submission] = {}
    for sub in submissions:
        issues.extend(sub.issues)
        unit_cfg = config.unit_by_code(sub.kode_unit) if sub.kode_unit else None
        if unit_cfg is None:
            issues.append(make_issue("skor_unit_tak_dikenal", sub.path, unit=sub.kode_unit or "?"))
            continue
        if sub.tahun is not None and sub.tahun != year:
            issues.append(
                make_issue("skor_tahun_lain", sub.path, tahun_berkas=sub.tahun, tahun=year)
            )
            continue
        if unit_cfg.kode in by_unit:
            raise UsageError(
                "skor_unit_ganda",
                unit=unit_cfg.kode,
                berkas=f"{by_unit[unit_cfg.kode].path}, {sub.path}",
            )
        by_unit[unit_cfg.kode] = sub
    return by_unit


def _score(
    submissions: list[Submission],
    config: Config,
    p: Periode,
    sources: list[SourceRow] | None,
    year: int,
) -> ScoreResult:
    quarters = p.quarters
    inds = _Indicators(config)
    issues: list[Issue] = []
    by_unit = _submissions_by_unit(submissions, config, year, issues)
    units: list[UnitScore] = []
    employees: list[EmployeeScore] = []
    failures: list[Exception] = []
    for u in config.unit:
        sub_or_none = by_unit.get(u.kode)
        if sub_or_none is None:
            units.append(_empty_unit(u.kode, u.nama, submitted=False, source=None))
            continue
        if not sub_or_none.structural_ok:
            units.append(_empty_unit(u.kode, u.nama, submitted=True, source=sub_or_none.path))
            continue
        if sub_or_none.sumber == SUMBER_EKINERJA and not same_period(sub_or_none, p.value):
            # an e-Kinerja export of another period (a monthly one, another quarter): its
            # ratings are not this recap's; the unit is listed, not scored from it
            issues.append(
                make_issue(
                    "skor_ekinerja_periode_lain",
                    sub_or_none.path,
                    periode_berkas=sub_or_none.periode_sumber or "-",
                    periode=p.value,
                )
            )
            units.append(_empty_unit(u.kode, u.nama, submitted=True, source=sub_or_none.path))
            continue
        try:  # the one isolation boundary: one unit that cannot be scored stops no other
            unit_score, emps = score_unit(sub_or_none, u.kode, u.nama, config, quarters, inds)
            unscored = [*unit_score.iku_rows, *(r for e in emps for r in e.rows)]
            gaps = (
                reporting_gaps(sub_or_none, config, quarters, p.value, unscored)
                if sub_or_none.sumber != SUMBER_EKINERJA  # an export has no quarters
                else []
            )
        except Exception as exc:  # reported as the unit's issue, kept for --debug
            issues.append(unit_failed(sub_or_none.path, u.kode, exc))
            failures.append(exc)
            units.append(_empty_unit(u.kode, u.nama, submitted=True, source=sub_or_none.path))
            units[-1].catatan.append(UNIT_FAILED)
            continue
        units.append(unit_score)
        employees.extend(emps)
        issues.extend(gaps)

    rank_units(units)
    ordered = rank_employees(employees)
    return ScoreResult(
        instansi=config.instansi,
        tahun=year,
        periode=p.value,
        metode=config.penilaian.metode,
        units=units,
        employees=ordered,
        issues=issues,
        sources=list(sources or []),
        failures=failures,
    )
