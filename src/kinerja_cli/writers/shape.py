"""Output shaping: the rows behind every output (JSON, CSV, markdown, terminal tables, sheets).

Everything here reads a :class:`~kinerja_cli.model.ScoreResult` and never computes a score:
numbers are the scorer's, rounded for display half away from zero to 2 decimals
(:func:`kinerja_cli.rounding.round_half_up`). Counts, shares and means of already computed
values (how many employees per predikat, the mean capaian of a column) are display figures.
The command line only renders what these functions return, so ``--format json`` output is
exactly :func:`ranking_rows` / :func:`summary` (a parity test checks it).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from kinerja_cli.domain import PREDIKAT_PEGAWAI_ORDER, Periode, PredikatPegawai
from kinerja_cli.errors import UsageError, unknown_unit
from kinerja_cli.messages import render
from kinerja_cli.model import EmployeeScore, ScoreResult, UnitScore
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.coaching import (
    PEMBINAAN_ORDER,
    pembinaan_kind,
)
from kinerja_cli.writers.safe import csv_field, markdown_cell

if TYPE_CHECKING:
    from kinerja_cli.config import Config

TINGKAT = ("pegawai", "unit")

PEGAWAI_FIELDS = (
    "peringkat",
    "peringkat_unit",
    "peringkat_keseluruhan",
    "nip",
    "nama",
    "unit",
    "nama_unit",
    "jabatan",
    "golongan",
    "nilai",
    "rating_hasil_kerja",
    "rating_hasil_kerja_dihitung",
    "rating_perilaku",
    "predikat",
)
"""Keys of one pegawai-level ranking row, in CSV column order."""

UNIT_FIELDS = (
    "peringkat",
    "unit",
    "nama",
    "capaian",
    "predikat",
    "predikat_dihitung",
    "pegawai",
    "pegawai_dinilai",
    "kurva_sesuai",
    "kurva_pelanggaran",
)
"""Keys of one unit-level ranking row, in CSV column order."""


class PegawaiRankRow(TypedDict):
    """One employee of a ranked list (the keys of :data:`PEGAWAI_FIELDS`)."""

    peringkat: int | None
    peringkat_unit: int | None
    peringkat_keseluruhan: int | None
    nip: str
    nama: str | None
    unit: str
    nama_unit: str | None
    jabatan: str | None
    golongan: str | None
    nilai: float | None
    rating_hasil_kerja: str | None
    rating_hasil_kerja_dihitung: bool
    rating_perilaku: str | None
    predikat: str | None


class UnitRankRow(TypedDict):
    """One unit of a ranked list (the keys of :data:`UNIT_FIELDS`)."""

    peringkat: int | None
    unit: str
    nama: str
    capaian: float | None
    predikat: str | None
    predikat_dihitung: bool
    pegawai: int
    pegawai_dinilai: int
    kurva_sesuai: bool | None
    kurva_pelanggaran: list[str]


RankRow = PegawaiRankRow | UnitRankRow

PREDIKAT_WORDS = tuple(p.value for p in PREDIKAT_PEGAWAI_ORDER)

_ALASAN = {
    PredikatPegawai.BUTUH_PERBAIKAN.value: "keluaran_alasan_hasil",
    PredikatPegawai.KURANG.value: "keluaran_alasan_perilaku",
    PredikatPegawai.SANGAT_KURANG.value: "keluaran_alasan_keduanya",
}

METODE_NAMES = {
    "permenpan-6-2022": "PermenPANRB No. 6 Tahun 2022",
    "permenpan-8-2021": "PermenPANRB No. 8 Tahun 2021",
    "pp-46-2011": "PP No. 46 Tahun 2011",
}


def r2(value: float | None) -> float | None:
    """Display rounding: half away from zero, 2 decimals (None stays None)."""
    return round_half_up(value, 2)


def label(kode: str, lang: str = "id", **params: Any) -> str:
    return render(kode, lang, **params)


def periode_label(periode: str, lang: str = "id") -> str:
    if periode.lower() == Periode.TAHUNAN.value:
        return label("keluaran_periode_tahunan", lang)
    return label("keluaran_periode_tw", lang, n=periode[-1])


def subtitle(result: ScoreResult, lang: str = "id") -> str:
    return label(
        "keluaran_subjudul",
        lang,
        instansi=result.instansi,
        tahun=result.tahun,
        periode=periode_label(result.periode, lang),
    )


def recap_filename(tahun: int, periode: str) -> str:
    """``REKAP-<TAHUN>-<PERIODE>.xlsx`` (``REKAP-2026-tahunan.xlsx``, ``REKAP-2026-TW2.xlsx``)."""
    return f"REKAP-{tahun}-{periode}.xlsx"


# ---- ordering ---------------------------------------------------------------------------------

_LAST = 1 << 30


def sorted_units(result: ScoreResult) -> list[UnitScore]:
    """Ranked units first (by rank, then code), then unranked ones by code."""
    return sorted(result.units, key=lambda u: (u.rank if u.rank is not None else _LAST, u.kode))


def sorted_employees(result: ScoreResult) -> list[EmployeeScore]:
    """By overall rank (NIP orders ties), then the unranked by unit and NIP."""
    return sorted(
        result.employees,
        key=lambda e: (
            e.rank_overall if e.rank_overall is not None else _LAST,
            "" if e.rank_overall is not None else e.unit,
            e.nip,
        ),
    )


def unit_names(result: ScoreResult) -> dict[str, str]:
    return {u.kode: u.nama for u in result.units}


def find_unit(result: ScoreResult, kode: str, config_units: Iterable[str] = ()) -> str:
    """The unit code in ``result`` matching ``kode`` (case-insensitive), else a usage error."""
    known = [u.kode for u in result.units] or list(config_units)
    for k in known:
        if k.upper() == kode.strip().upper():
            return k
    raise unknown_unit(kode, known)


# ---- ranking ----------------------------------------------------------------------------------


def pegawai_row(
    e: EmployeeScore, names: dict[str, str], *, in_unit: bool = False
) -> PegawaiRankRow:
    return {
        "peringkat": e.rank_unit if in_unit else e.rank_overall,
        "peringkat_unit": e.rank_unit,
        "peringkat_keseluruhan": e.rank_overall,
        **_who(e, names),
        "golongan": e.golongan,
        "nilai": r2(e.nilai),
        "rating_hasil_kerja": e.rating_hasil_kerja,
        "rating_hasil_kerja_dihitung": e.rating_hasil_kerja_derived,
        "rating_perilaku": e.rating_perilaku,
        "predikat": e.predikat,
    }


class _Who(TypedDict):
    nip: str
    nama: str | None
    unit: str
    nama_unit: str | None
    jabatan: str | None


def _who(e: EmployeeScore, names: dict[str, str]) -> _Who:
    """Who an employee is, as the rows about one employee show it."""
    return _Who(nip=e.nip, nama=e.nama, unit=e.unit, nama_unit=names.get(e.unit), jabatan=e.jabatan)


def violations_text(u: UnitScore, lang: str = "id") -> list[str]:
    """The unit's broken distribution rules in words, in ``lang``."""
    return [v.describe(lang) for v in u.kurva_pelanggaran]


def unit_row(u: UnitScore, employees_scored: int, lang: str = "id") -> UnitRankRow:
    return UnitRankRow(
        peringkat=u.rank,
        unit=u.kode,
        nama=u.nama,
        capaian=r2(u.capaian_iku),
        predikat=u.predikat_organisasi,
        predikat_dihitung=u.predikat_organisasi_derived,
        pegawai=u.pegawai_count,
        pegawai_dinilai=employees_scored,
        kurva_sesuai=u.kurva_ok,
        kurva_pelanggaran=violations_text(u, lang),
    )


def scored_per_unit(result: ScoreResult) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in result.employees:
        if e.predikat is not None:
            counts[e.unit] = counts.get(e.unit, 0) + 1
    return counts


def ranking_rows(
    result: ScoreResult,
    tingkat: str = "pegawai",
    unit: str | None = None,
    top: int | None = None,
    lang: str = "id",
) -> list[RankRow]:
    """The ranked list behind ``kinerja peringkat`` (every format renders these rows).

    pegawai: ranked employees with complete data (``lengkap`` and ``rank_overall`` set; the
    scorer ranks incomplete ones after every complete one, so the ranks shown stay 1..N),
    ``peringkat`` is the overall rank, or the rank inside the unit when ``unit`` is given. unit: ranked units (``rank`` set).
    ``top`` keeps the rows whose ``peringkat`` is at most ``top``: equal ranks at the border
    all stay (1, 2, 2 for ``top=2``). Unranked employees (incomplete data) and units that did
    not submit are left out. Numbers are rounded half away from zero to 2 decimals.
    """
    tingkat = tingkat.strip().lower()
    if tingkat not in TINGKAT:
        raise ValueError(f"tingkat must be one of {TINGKAT}, not {tingkat!r}")
    if top is not None and top < 1:
        raise UsageError("keluaran_top_tidak_sah", nilai=top)
    kode = find_unit(result, unit) if unit is not None else None
    rows: list[RankRow]
    if tingkat == "pegawai":
        names = unit_names(result)
        chosen = [
            e
            for e in result.employees
            if e.lengkap
            and (e.rank_unit if kode else e.rank_overall) is not None
            and (kode is None or e.unit == kode)
        ]
        employees = [pegawai_row(e, names, in_unit=kode is not None) for e in chosen]
        # every row chosen is ranked: ``or 0`` only tells the type checker it is an int
        employees.sort(key=lambda r: (r["peringkat"] or 0, r["nip"]))
        rows = list(employees)
    else:
        scored = scored_per_unit(result)
        ranked = [
            unit_row(u, scored.get(u.kode, 0), lang)
            for u in result.units
            if u.rank is not None and (kode is None or u.kode == kode)
        ]
        ranked.sort(key=lambda r: (r["peringkat"] or 0, r["unit"]))
        rows = list(ranked)
    if top is not None:
        rows = [r for r in rows if (r["peringkat"] or 0) <= top]
    return rows


def unranked_count(result: ScoreResult, unit: str | None = None) -> int:
    kode = find_unit(result, unit) if unit is not None else None
    return sum(
        1
        for e in result.employees
        if (not e.lengkap or e.rank_overall is None) and (kode is None or e.unit == kode)
    )


def ranking_columns(tingkat: str, lang: str = "id") -> list[tuple[str, str]]:
    """(key, header) of the terminal table of a ranked list (a narrow subset; csv, json and
    xlsx carry every field)."""
    if tingkat == "unit":
        keys = [
            ("peringkat", "keluaran_kol_peringkat"),
            ("unit", "keluaran_kol_kode_unit"),
            ("nama", "keluaran_kol_nama_unit"),
            ("capaian", "keluaran_kol_capaian_iku"),
            ("predikat", "keluaran_kol_predikat_org"),
            ("pegawai", "keluaran_kol_pegawai"),
            ("pegawai_dinilai", "keluaran_kol_dinilai"),
            ("kurva_sesuai", "keluaran_kol_kurva"),
        ]
    else:
        keys = [
            ("peringkat", "keluaran_kol_peringkat"),
            ("nip", "keluaran_kol_nip"),
            ("nama", "keluaran_kol_nama"),
            ("unit", "keluaran_kol_unit"),
            ("nilai", "keluaran_kol_nilai"),
            ("rating_hasil_kerja", "keluaran_kol_hasil_singkat"),
            ("rating_perilaku", "keluaran_kol_perilaku_singkat"),
            ("predikat", "keluaran_kol_predikat"),
        ]
    return [(k, label(m, lang)) for k, m in keys]


# ---- text renderings --------------------------------------------------------------------------


def cell_text(value: Any, lang: str = "id", key: str = "") -> str:
    """One value as people read it: 2 decimals for numbers, Ya/Tidak, lists joined."""
    if key == "kurva_sesuai":
        return kurva_word(value, lang)
    if value is None:
        return "-"
    if isinstance(value, bool):
        return label("keluaran_ya" if value else "keluaran_tidak", lang)
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value) or "-"
    if key.startswith("rating_") and isinstance(value, str):
        return value.removesuffix(" Ekspektasi")  # "Di Atas": the table is narrow
    return str(value)


def kurva_word(ok: bool | None, lang: str = "id") -> str:
    if ok is None:
        return label("keluaran_kurva_tidak_diperiksa", lang)
    return label("keluaran_kurva_sesuai" if ok else "keluaran_kurva_tidak_sesuai", lang)


def table_rows(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], lang: str = "id"
) -> list[list[str]]:
    """Rows as lists of display strings in ``columns`` order (terminal tables)."""
    return [[cell_text(r.get(k), lang, k) for k, _ in columns] for r in rows]


def rows_to_json(data: Any) -> str:
    """JSON text (UTF-8, indented); values exactly as the library returned them."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def rows_to_csv(rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> str:
    """CSV text with a header row; every text field neutralised (``safe.csv_field``)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(fields)
    for r in rows:
        writer.writerow([csv_field(r.get(f)) for f in fields])
    return buf.getvalue()


def field_values(row: Mapping[str, Any], fields: Sequence[str]) -> list[Any]:
    """The values of ``row`` in ``fields`` order (a sheet's cells of one typed row)."""
    return [row[f] for f in fields]


def ranking_csv(rows: Sequence[Mapping[str, Any]], tingkat: str) -> str:
    return rows_to_csv(rows, UNIT_FIELDS if tingkat == "unit" else PEGAWAI_FIELDS)


def markdown_table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Sequence[bool] | None = None
) -> str:
    numeric = numeric or [False] * len(headers)
    lines = [
        "| " + " | ".join(markdown_cell(h) for h in headers) + " |",
        "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
    ]
    lines += ["| " + " | ".join(markdown_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# ---- summary (ringkasan) ----------------------------------------------------------------------


def _mean(values: Iterable[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None


def predikat_counts(employees: Iterable[EmployeeScore]) -> dict[str, int]:
    counts = dict.fromkeys(PREDIKAT_WORDS, 0)
    for e in employees:
        if e.predikat in counts:
            counts[e.predikat] += 1
    return counts


class UnitSummary(TypedDict):
    """One unit of :func:`summary` (``kinerja ringkasan``'s JSON ``unit`` rows)."""

    peringkat: int | None
    unit: str
    nama: str
    dikirim: bool
    pegawai: int
    pegawai_dinilai: int
    pegawai_belum_lengkap: int
    capaian_iku: float | None
    predikat_organisasi: str | None
    predikat_organisasi_dihitung: bool
    distribusi: dict[str, int]
    rata_rata_nilai: float | None
    kurva_sesuai: bool | None
    kurva_pelanggaran: list[str]
    catatan: list[str]
    sumber: str | None


class OverallSummary(TypedDict):
    """The whole city in :func:`summary` (``keseluruhan``)."""

    unit: int
    unit_mengirim: int
    unit_belum_mengirim: list[str]
    pegawai: int
    pegawai_dinilai: int
    pegawai_belum_lengkap: int
    distribusi: dict[str, int]
    rata_rata_capaian_iku: float | None
    rata_rata_nilai: float | None
    unit_tidak_sesuai_kurva: list[str]
    penghargaan: int
    pembinaan: int
    kesalahan: int
    peringatan: int
    peringatan_mengubah_nilai: int
    berkas_dicek_ulang: list[str]


class Summary(TypedDict):
    """:func:`summary`: what ``ringkasan`` prints as JSON, and what the recap's Ringkasan and
    Unit sheets, the headlines and the markdown are made from."""

    instansi: str
    tahun: int
    periode: str
    metode: str
    keseluruhan: OverallSummary
    unit: list[UnitSummary]


def summary(result: ScoreResult, lang: str = "id") -> Summary:
    """Per-unit and overall figures (``kinerja ringkasan``; its JSON is exactly this);
    ``lang``: the language of the words in it (the broken distribution rules)."""
    by_unit: dict[str, list[EmployeeScore]] = {}
    for e in result.employees:
        by_unit.setdefault(e.unit, []).append(e)
    units: list[UnitSummary] = []
    for u in sorted_units(result):
        emps = by_unit.get(u.kode, [])
        row: UnitSummary = {
            "peringkat": u.rank,
            "unit": u.kode,
            "nama": u.nama,
            "dikirim": u.submitted,
            "pegawai": u.pegawai_count,
            "pegawai_dinilai": sum(1 for e in emps if e.predikat is not None),
            "pegawai_belum_lengkap": sum(1 for e in emps if not e.lengkap),
            "capaian_iku": r2(u.capaian_iku),
            "predikat_organisasi": u.predikat_organisasi,
            "predikat_organisasi_dihitung": u.predikat_organisasi_derived,
            "distribusi": {k: u.distribusi.get(k, 0) for k in PREDIKAT_WORDS},
            "rata_rata_nilai": r2(_mean(e.nilai for e in emps if e.lengkap)),
            "kurva_sesuai": u.kurva_ok,
            "kurva_pelanggaran": violations_text(u, lang),
            "catatan": list(u.catatan),
            "sumber": u.sumber,
        }
        units.append(row)
    errors = sum(1 for i in result.issues if i.is_error)
    score_warnings = sum(1 for i in result.issues if not i.is_error and i.changes_score)
    overall: OverallSummary = {
        "unit": len(result.units),
        "unit_mengirim": sum(1 for u in result.units if u.submitted),
        "unit_belum_mengirim": sorted(u.kode for u in result.units if not u.submitted),
        "pegawai": len(result.employees),
        "pegawai_dinilai": sum(1 for e in result.employees if e.predikat is not None),
        "pegawai_belum_lengkap": sum(1 for e in result.employees if not e.lengkap),
        "distribusi": predikat_counts(result.employees),
        "rata_rata_capaian_iku": r2(_mean(u.capaian_iku for u in result.units)),
        "rata_rata_nilai": r2(_mean(e.nilai for e in result.employees if e.lengkap)),
        "unit_tidak_sesuai_kurva": sorted(u.kode for u in result.units if u.kurva_ok is False),
        "penghargaan": sum(1 for e in result.employees if pembinaan_kind(e) == "penghargaan"),
        "pembinaan": sum(1 for e in result.employees if pembinaan_kind(e) == "pembinaan"),
        "kesalahan": errors,
        "peringatan": len(result.issues) - errors,
        "peringatan_mengubah_nilai": score_warnings,
        "berkas_dicek_ulang": list(result.rechecked),
    }
    return {
        "instansi": result.instansi,
        "tahun": result.tahun,
        "periode": result.periode,
        "metode": result.metode,
        "keseluruhan": overall,
        "unit": units,
    }


SummaryColumn = Literal[
    "unit",
    "dikirim",
    "pegawai",
    "pegawai_dinilai",
    "pegawai_belum_lengkap",
    "capaian_iku",
    "predikat_organisasi",
    "rata_rata_nilai",
]
SUMMARY_COLUMNS: tuple[tuple[SummaryColumn, str, bool], ...] = (
    ("unit", "keluaran_kol_unit", False),
    ("dikirim", "keluaran_kol_dikirim", False),
    ("pegawai", "keluaran_kol_pegawai", True),
    ("pegawai_dinilai", "keluaran_kol_dinilai", True),
    ("pegawai_belum_lengkap", "keluaran_kol_belum_lengkap", True),
    ("capaian_iku", "keluaran_kol_capaian_iku", True),
    ("predikat_organisasi", "keluaran_kol_predikat_org", False),
    ("rata_rata_nilai", "keluaran_kol_rata_nilai", True),
)
SHORT_PREDIKAT = {
    "Sangat Baik": "SB",
    "Baik": "B",
    "Butuh Perbaikan": "BP",
    "Kurang/Misconduct": "K/M",
    "Sangat Kurang": "SK",
}


@dataclass(frozen=True, slots=True)
class TextTable:
    """A table as strings: what the terminal and markdown renderers print."""

    headers: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    footer: list[str]


def summary_table(data: Summary, lang: str = "id") -> TextTable:
    """The per-unit table of :func:`summary` with an overall row, plus headline lines."""
    headers = [label(m, lang) for _, m, _ in SUMMARY_COLUMNS]
    headers += [*list(SHORT_PREDIKAT.values()), label("keluaran_kol_kurva", lang)]
    numeric = [n for _, _, n in SUMMARY_COLUMNS] + [True] * len(SHORT_PREDIKAT) + [False]
    rows = []
    for u in data["unit"]:
        row = [cell_text(u[k], lang, k) for k, _, _ in SUMMARY_COLUMNS]
        row += [str(u["distribusi"][p]) for p in SHORT_PREDIKAT]
        row.append(kurva_word(u["kurva_sesuai"], lang) if u["dikirim"] else "-")
        rows.append(row)
    o = data["keseluruhan"]
    rows.append(
        [
            label("keluaran_keseluruhan", lang),
            f"{o['unit_mengirim']}/{o['unit']}",
            str(o["pegawai"]),
            str(o["pegawai_dinilai"]),
            str(o["pegawai_belum_lengkap"]),
            cell_text(o["rata_rata_capaian_iku"], lang),
            "",
            cell_text(o["rata_rata_nilai"], lang),
        ]
        + [str(o["distribusi"][p]) for p in SHORT_PREDIKAT]
        + [""]
    )
    footer = [text for _, text in headlines(data, lang)]
    footer.append(", ".join(f"{s} = {p}" for p, s in SHORT_PREDIKAT.items()))
    return TextTable(headers, rows, numeric, footer)


def headlines(data: Summary, lang: str = "id") -> list[tuple[str, str]]:
    """The headline sentences of :func:`summary` with their level (``info``, ``warning``,
    ``error``): the title line, the counts, missing units, curve breaks, data problems."""
    o = data["keseluruhan"]
    lines = [
        (
            "info",
            f"{label('keluaran_lbl_instansi', lang)}: {data['instansi']} · "
            f"{label('keluaran_lbl_tahun', lang)} {data['tahun']} · "
            f"{periode_label(data['periode'], lang)} · "
            f"{METODE_NAMES.get(data['metode'], data['metode'])}",
        ),
        (
            "info",
            label(
                "keluaran_rekap_angka",
                lang,
                kirim=o["unit_mengirim"],
                unit=o["unit"],
                dinilai=o["pegawai_dinilai"],
                belum=o["pegawai_belum_lengkap"],
                penghargaan=o["penghargaan"],
                pembinaan=o["pembinaan"],
            ),
        ),
    ]
    if o["unit_belum_mengirim"]:
        lines.append(
            (
                "warning",
                label(
                    "keluaran_rekap_belum_kirim", lang, daftar=", ".join(o["unit_belum_mengirim"])
                ),
            )
        )
    for listed, kode in (
        (o["unit_tidak_sesuai_kurva"], "keluaran_kurva_langgar"),
        (o["berkas_dicek_ulang"], "keluaran_rekap_dicek_ulang"),
    ):
        if listed:
            lines.append(
                ("warning", label(kode, lang, jumlah=len(listed), daftar=", ".join(listed)))
            )
    if o["kesalahan"]:
        lines.append(
            (
                "error",
                label(
                    "keluaran_rekap_masalah",
                    lang,
                    kesalahan=o["kesalahan"],
                    peringatan=o["peringatan"],
                ),
            )
        )
    # "tidak memengaruhi nilai" only when no warning can change a score (messages/effects.py).
    mengubah = o.get("peringatan_mengubah_nilai", o["peringatan"])
    if mengubah:
        lines.append(
            (
                "warning",
                label(
                    "keluaran_rekap_peringatan_nilai",
                    lang,
                    peringatan=o["peringatan"],
                    mengubah=mengubah,
                ),
            )
        )
    elif o["peringatan"] and not o["kesalahan"]:
        lines.append(
            ("warning", label("keluaran_rekap_peringatan_saja", lang, peringatan=o["peringatan"]))
        )
    return lines


def summary_markdown(data: Summary, lang: str = "id") -> str:
    """``kinerja ringkasan --format markdown``: a title, the headline lines and the table."""
    table = summary_table(data, lang)
    parts = [f"# {label('keluaran_judul_rekap', lang)}", ""]
    parts += [f"- {markdown_cell(line)}" for line in table.footer]
    parts += ["", markdown_table(table.headers, table.rows, table.numeric), ""]
    return "\n".join(parts)


# ---- recap sheets: Pembinaan and Indikator ----------------------------------------------------


def _rating_text(value: str | None) -> str:
    return value if value is not None else "-"


class PembinaanRow(TypedDict):
    """One employee of the Pembinaan sheet: a reward or coaching, with the reason."""

    kategori: str
    predikat: str | None
    nip: str
    nama: str | None
    unit: str
    nama_unit: str | None
    jabatan: str | None
    nilai: float | None
    rating_hasil_kerja: str | None
    rating_perilaku: str | None
    alasan: str


PEMBINAAN_FIELDS = tuple(PembinaanRow.__annotations__)
"""The keys of a Pembinaan row, in column order."""


def pembinaan_rows(result: ScoreResult, lang: str = "id") -> list[PembinaanRow]:
    """Who earns a reward (Sangat Baik) and who needs coaching (Butuh Perbaikan,
    Kurang/Misconduct, Sangat Kurang), with the reason in words.

    Rewards first by overall rank; then coaching, most serious predikat first, by unit and
    rising nilai. Only complete employees with a predikat are listed.
    """
    names = unit_names(result)
    reward: list[EmployeeScore] = []
    coach: list[EmployeeScore] = []
    for e in result.employees:
        kind = pembinaan_kind(e)
        if kind == "penghargaan":
            reward.append(e)
        elif kind == "pembinaan":
            coach.append(e)
    reward.sort(key=lambda e: (e.rank_overall if e.rank_overall is not None else _LAST, e.nip))
    coach.sort(
        key=lambda e: (
            PEMBINAAN_ORDER.index(e.predikat or ""),
            e.unit,
            e.nilai if e.nilai is not None else 0.0,
            e.nip,
        )
    )
    rows = []
    for kind, group in (("penghargaan", reward), ("pembinaan", coach)):
        for e in group:
            nilai = r2(e.nilai)
            asal = (
                label("keluaran_asal_dihitung", lang, nilai=cell_text(nilai, lang))
                if e.rating_hasil_kerja_derived
                else ""
            )
            kode = (
                "keluaran_alasan_penghargaan"
                if kind == "penghargaan"
                else _ALASAN[e.predikat or ""]
            )
            alasan = label(
                kode,
                lang,
                predikat=e.predikat,
                hasil=_rating_text(e.rating_hasil_kerja),
                asal=asal,
                perilaku=_rating_text(e.rating_perilaku),
            )
            row: PembinaanRow = {
                "kategori": label(f"keluaran_kategori_{kind}", lang),
                "predikat": e.predikat,
                **_who(e, names),
                "nilai": nilai,
                "rating_hasil_kerja": e.rating_hasil_kerja,
                "rating_perilaku": e.rating_perilaku,
                "alasan": alasan,
            }
            rows.append(row)
    return rows


class IndikatorRow(TypedDict):
    """One indicator of the Indikator sheet, across units."""

    kode: str
    nama: str | None
    satuan: str | None
    polaritas: str | None
    tingkat: str | None
    baris: int
    baris_dinilai: int
    capaian_rata_rata: float | None
    capaian_min: float | None
    capaian_maks: float | None
    unit: list[str]


@dataclass(slots=True)
class _IndicatorUse:
    rows: int = 0
    values: list[float] = field(default_factory=list)
    units: set[str] = field(default_factory=set)


def indikator_rows(result: ScoreResult, config: Config | None = None) -> list[IndikatorRow]:
    """Per indicator across units: rows, rows scored, mean/min/max capaian, units using it.

    Indicators come in config order, then any code seen only in the data.
    """
    stats: dict[str, _IndicatorUse] = {}
    rows = [r for e in result.employees for r in e.rows]
    for row in [*rows, *(r for u in result.units for r in u.iku_rows)]:
        use = stats.setdefault(row.kode, _IndicatorUse())
        use.rows += 1
        use.units.add(row.unit)
        if row.capaian is not None:
            use.values.append(row.capaian)
    known = config.indicators_by_code if config is not None else {}
    order = [k for k in known if k in stats] + sorted(k for k in stats if k not in known)
    out = []
    for kode in order:
        use = stats[kode]
        ind = known.get(kode)
        values = use.values
        out.append(
            IndikatorRow(
                kode=kode,
                nama=ind.nama if ind else None,
                satuan=ind.satuan if ind else None,
                polaritas=ind.polaritas if ind else None,
                tingkat=ind.tingkat if ind else None,
                baris=use.rows,
                baris_dinilai=len(values),
                capaian_rata_rata=r2(sum(values) / len(values)) if values else None,
                capaian_min=r2(min(values)) if values else None,
                capaian_maks=r2(max(values)) if values else None,
                unit=sorted(use.units),
            )
        )
    return out


def catatan_text(e: EmployeeScore, lang: str = "id") -> str | None:
    """The employee's notes: catalogue kodes rendered in ``lang``, other text as it is."""
    from kinerja_cli.messages import has

    if not e.catatan:
        return None
    texts = dict.fromkeys(render(c, lang) if has(c) else c for c in e.catatan)  # no repeats
    return " ".join(t if t.endswith((".", "!", "?")) else t + "." for t in texts if t)
