"""What an evaluation document says (``kinerja dokumen``, issue 11): one
:class:`EvaluationDocument` per complete employee, built from a :class:`ScoreResult` and the
config, with no layout and no typesetting.

Who rates whom (PermenPANRB 6/2022; docs/dokumen.md):

- staff: the employee named in the optional ``NIP Pejabat Penilai`` column of the Pegawai
  sheet (checked at validation: another employee of the same unit), else the head of unit
  (the employee whose NIP is ``NIP Kepala Unit`` in Identitas);
- the head of unit: the official the config names (``pejabat_penilai_kepala_unit``);
- the atasan pejabat penilai: the rater's own rater, by the same rules (unknown for the
  official of the config).

:func:`document_data` turns a document into plain data (:class:`DocumentData`: labels and
texts in the output's language, numbers formatted) that the PDF template (as JSON) and the xlsx
form both print.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypedDict

from kinerja_cli.domain import PANGKAT_PNS, PREDIKAT_PEGAWAI_ORDER, ROMAN, Periode
from kinerja_cli.messages import render
from kinerja_cli.model import SUMBER_EKINERJA, EmployeeScore, RowScore, ScoreResult, UnitScore
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.coaching import pembinaan_kind
from kinerja_cli.writers.shape import catatan_text, kurva_word

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.scoring.needs import Needs

WEAKEST = 2
"""How many of the employee's lowest capaian the notes name."""


QUARTER_END = ((3, 31), (6, 30), (9, 30), (12, 31))


@dataclass(frozen=True, slots=True)
class Person:
    nama: str | None
    nip: str | None
    golongan: str | None
    jabatan: str | None
    unit: str | None


@dataclass(frozen=True, slots=True)
class Note:
    """One line of Catatan/Rekomendasi: a message kode and its parameters (words at the edge)."""

    kode: str
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(slots=True)
class EvaluationDocument:
    employee: EmployeeScore
    unit: UnitScore
    pegawai: Person
    penilai: Person | None
    """None: the head of unit's rater is not set in the config."""
    atasan: Person | None
    skp: list[RowScore]
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Listed:
    """An employee chosen whom ``kinerja dokumen`` lists (and then exits 1), and why:
    ``kode`` :data:`LISTED_INCOMPLETE`: no document, the data are incomplete (the recap's
    Catatan says what); :data:`LISTED_NO_RATER`: the document is written, but nobody is known
    to rate the employee (the unit's head is unknown and no rater is named, or the data come
    from an e-Kinerja export, which names none), so it prints no pejabat penilai and a note
    says why; it is never written silently."""

    employee: EmployeeScore
    kode: str

    @property
    def written(self) -> bool:
        return self.kode != LISTED_INCOMPLETE


LISTED_INCOMPLETE = "dokumen_belum_lengkap"
LISTED_NO_RATER = "dokumen_penilai_tidak_diketahui"


def _person(e: EmployeeScore, unit: UnitScore) -> Person:
    return Person(e.nama, e.nip, e.golongan, e.jabatan, unit.nama)


def _official(config: Config) -> Person | None:
    p = config.pejabat_penilai_kepala_unit
    if p is None:
        return None
    return Person(p.nama, p.nip, p.pangkat, p.jabatan, config.instansi)


def build_documents(
    result: ScoreResult,
    config: Config,
    *,
    units: Iterable[str] = (),
    nips: Iterable[str] = (),
    needs: Needs | None = None,
) -> tuple[list[EvaluationDocument], list[Listed]]:
    """The documents of the complete employees chosen (all, or of ``units`` / ``nips``), in
    unit order then by NIP, and the employees chosen to be listed (:class:`Listed`): the
    incomplete ones (they get none), and staff whose rater is unknown (no head of unit known,
    no rater named): a document naming no pejabat penilai is never written silently."""
    want_units = {u.upper() for u in units}
    want_nips = set(nips)
    by_unit = {u.kode: u for u in result.units}
    people: dict[tuple[str, str], EmployeeScore] = {(e.unit, e.nip): e for e in result.employees}
    heads = {e.unit: e for e in result.employees if e.is_kepala}
    official = _official(config)
    order = {u.kode: i for i, u in enumerate(result.units)}

    def rater_of(e: EmployeeScore) -> tuple[Person | None, EmployeeScore | None]:
        """The rater (as a person) and, when the rater is an employee, that employee."""
        if e.is_kepala:
            return official, None
        named = people.get((e.unit, e.nip_penilai)) if e.nip_penilai else None
        boss = named or heads.get(e.unit)
        if boss is None or boss.nip == e.nip:
            return None, None
        return _person(boss, by_unit[e.unit]), boss

    docs: list[EvaluationDocument] = []
    listed: list[Listed] = []
    chosen = [
        e
        for e in result.employees
        if (not want_units or e.unit.upper() in want_units)
        and (not want_nips or e.nip in want_nips)
        and e.unit in by_unit
    ]
    chosen.sort(key=lambda e: (order[e.unit], e.nip))
    for e in chosen:
        if not e.lengkap or e.predikat is None:
            listed.append(Listed(e, LISTED_INCOMPLETE))
            continue
        unit = by_unit[e.unit]
        penilai, boss = rater_of(e)
        if penilai is None and not e.is_kepala:
            listed.append(Listed(e, LISTED_NO_RATER))
        atasan, above = rater_of(boss) if boss is not None else (None, None)
        if above is not None and above.nip == e.nip:
            atasan = None  # never the employee as his own atasan (a cycle of raters)
        doc = EvaluationDocument(
            employee=e,
            unit=unit,
            pegawai=_person(e, unit),
            penilai=penilai,
            atasan=atasan,
            skp=list(e.rows),
        )
        doc.notes = _notes(doc, config, needs)
        docs.append(doc)
    return docs, listed


def _notes(doc: EvaluationDocument, config: Config, needs: Needs | None = None) -> list[Note]:
    """Catatan/Rekomendasi from the data and the city's rules: reward or coaching (the
    recap's Pembinaan rule), the two weakest indicators with their figures, the competencies
    with the largest gaps (a config with competencies), what is missing. Never praise that
    the data does not carry."""
    e = doc.employee
    notes: list[Note] = []
    kind = pembinaan_kind(e)
    if kind == "penghargaan":
        notes.append(Note("dokumen_catatan_penghargaan", (("predikat", e.predikat),)))
    elif kind == "pembinaan":
        notes.append(Note("dokumen_catatan_pembinaan", (("predikat", e.predikat),)))
    indicators = {i.kode: i for i in config.indikator}

    def about(kode: str, r: RowScore, *extra: tuple[str, Any]) -> Note:
        ind = indicators.get(r.kode)
        return Note(kode, (("kode", r.kode), ("indikator", ind.nama if ind else ""), *extra))

    scored = [r for r in doc.skp if r.capaian is not None]
    scored.sort(key=lambda r: (r.capaian, r.kode))
    for r in scored[:WEAKEST]:
        ind = indicators.get(r.kode)
        notes.append(
            about(
                "dokumen_catatan_terlemah",
                r,
                ("capaian", r.capaian),
                ("target", r.target),
                ("realisasi", r.realisasi),
                ("satuan", ind.satuan if ind else ""),
            )
        )
    notes.extend(
        about("dokumen_catatan_tanpa_capaian", r, ("alasan", r.catatan))
        for r in doc.skp
        if r.capaian is None
    )
    if needs is not None:
        from kinerja_cli.scoring.needs import largest_gaps

        gaps = largest_gaps(needs, e.unit, e.nip)
        if gaps:
            programmes = list(dict.fromkeys(p for n in gaps for p in n.pelatihan))
            notes.append(
                Note(
                    "dokumen_catatan_kompetensi",
                    (
                        (
                            "daftar",
                            "; ".join(
                                f"{n.kompetensi} {n.nama_kompetensi} (level {n.level}, "
                                f"standar {n.standar})"
                                for n in gaps
                            ),
                        ),
                        ("pelatihan", ", ".join(programmes) or "-"),
                    ),
                )
            )
    if doc.unit.sumber == SUMBER_EKINERJA:
        notes.append(Note("dokumen_catatan_ekinerja"))
    if e.rating_hasil_kerja_derived:
        notes.append(Note("dokumen_catatan_dihitung", (("nilai", e.nilai),)))
    if e.is_kepala and doc.penilai is None:
        notes.append(Note("dokumen_catatan_penilai_konfig"))
    elif doc.penilai is None:
        notes.append(Note("dokumen_catatan_penilai_tidak_diketahui"))
    if doc.unit.kurva_ok is False:
        notes.append(Note("dokumen_catatan_kurva"))
    return notes


# ---- words and numbers for the page -----------------------------------------------------------


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def number_text(value: float | None, lang: str = "id", *, fixed: bool = False) -> str:
    """A number as people read it: half away from zero to 2 decimals, Indonesian grouping
    (``1.250``, ``98,33``) or English (``1,250``, ``98.33``); ``fixed`` keeps 2 decimals
    (capaian, nilai), else trailing zeros are dropped (targets, realisasi). None: ``-``."""
    rounded = round_half_up(value, 2)
    if rounded is None:
        return "-"
    text = f"{rounded:,.2f}"
    if not fixed:
        text = text.rstrip("0").rstrip(".")
    if lang == "id":
        text = text.translate(_SWAP_SEPARATORS)
    return text


def pangkat_text(golongan: str | None) -> str:
    """``Penata Muda, III/a`` for a PNS golongan, the golongan alone for PPPK, ``-`` if none."""
    if not golongan:
        return "-"
    pangkat = PANGKAT_PNS.get(golongan)
    return f"{pangkat}, {golongan}" if pangkat else golongan


def periode_text(periode: str, tahun: int, lang: str = "id") -> str:
    """``Tahunan, 1 Januari 2026 s.d. 31 Desember 2026`` or ``Triwulan II (kumulatif), ...``:
    the scores of ``TWn`` cover TW1..TWn (``kinerja rekap --periode``)."""
    from kinerja_cli.sheettext import tanggal_panjang

    p = Periode(periode) if periode != "tahunan" else Periode.TAHUNAN
    awal = tanggal_panjang(date(tahun, 1, 1), lang)
    if p is Periode.TAHUNAN:
        return render("dokumen_periode_tahunan", lang, awal=awal, akhir=_end(tahun, 4, lang))
    n = p.quarters
    return render(
        "dokumen_periode_tw", lang, romawi=ROMAN[n - 1], awal=awal, akhir=_end(tahun, n, lang)
    )


def _end(tahun: int, quarter: int, lang: str) -> str:
    from kinerja_cli.sheettext import tanggal_panjang

    month, day = QUARTER_END[quarter - 1]
    return tanggal_panjang(date(tahun, month, day), lang)


class PersonData(TypedDict):
    """A person as the page prints them; ``-`` where unknown."""

    nama: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str


class EvaluationData(TypedDict):
    """Section 4 of the page: the unit's predikat and the employee's ratings, as words."""

    capaian_org: str
    capaian_org_asal: str
    pola: str
    rating_hasil: str
    rating_hasil_asal: str
    rating_perilaku: str
    predikat: str
    nilai: str


class SkpLine(TypedDict):
    """One row of the SKP table, every figure already written for the language."""

    no: str
    kode: str
    indikator: str
    satuan: str
    target: str
    realisasi: str
    capaian: str


class SignatureData(TypedDict):
    """The place and date, and the names and NIPs under the signatures."""

    tempat_tanggal: str
    penilai_nama: str
    penilai_nip: str
    pegawai_nama: str
    pegawai_nip: str


class DocumentData(TypedDict):
    """One document as plain data for a page (:func:`document_data`); the keys are those the
    page template ``dokumen.typ`` reads."""

    instansi: str
    periode: str
    unit_kode: str
    unit_nama: str
    pegawai: PersonData
    penilai: PersonData
    atasan: PersonData
    evaluasi: EvaluationData
    skp: list[SkpLine]
    catatan: list[str]
    ttd: SignatureData


def _person_data(p: Person | None, lang: str, missing: str) -> PersonData:
    from kinerja_cli.writers.xlsx import format_nip

    if p is None:
        return {"nama": missing, "nip": "-", "pangkat": "-", "jabatan": "-", "unit": "-"}
    return {
        "nama": p.nama or "-",
        "nip": format_nip(p.nip) or "-",
        "pangkat": pangkat_text(p.golongan),
        "jabatan": p.jabatan or "-",
        "unit": p.unit or "-",
    }


def _distribution(unit: UnitScore, lang: str) -> str:
    counts = ", ".join(
        f"{p.value} {unit.distribusi.get(p.value, 0)}"
        for p in PREDIKAT_PEGAWAI_ORDER
        if unit.distribusi.get(p.value, 0)
    )
    return render(
        "dokumen_pola_teks", lang, distribusi=counts or "-", kurva=kurva_word(unit.kurva_ok, lang)
    )


def _organisation(unit: UnitScore, lang: str) -> tuple[str, str]:
    """``capaian_org`` (the unit's predikat organisasi) and ``capaian_org_asal`` (where it comes
    from), as true for the unit: set in Identitas, derived from the IKU, set in the config for a
    unit scored from an e-Kinerja export (which carries none), or none at all: "Tidak diukur"
    for an e-Kinerja unit without one in the config, "Belum ada" for a workbook unit whose
    Identitas is blank and whose IKU cannot be scored (docs/penilaian.md, docs/ekinerja.md)."""
    ekinerja = unit.sumber == SUMBER_EKINERJA
    if unit.predikat_organisasi is None:
        value, source = (
            ("dokumen_org_tidak_diukur", "dokumen_org_tidak_diukur_ekinerja")
            if ekinerja
            else ("dokumen_org_belum_ada", "dokumen_org_belum_ada_templat")
        )
        return render(value, lang), render(source, lang)
    source = (
        "dokumen_org_konfigurasi"
        if ekinerja
        else "dokumen_org_dihitung"
        if unit.predikat_organisasi_derived
        else "dokumen_org_ditetapkan"
    )
    return unit.predikat_organisasi, render(source, lang)


def labels(lang: str = "id") -> dict[str, str]:
    """Every ``dokumen_*`` label (messages/documents.toml), keyed without the prefix
    (``judul``, ``nama``, ...)."""
    from kinerja_cli.messages import CATALOGUE, LABELS

    return {
        k.removeprefix("dokumen_"): render(k, lang)
        for k in CATALOGUE
        if k in LABELS and k.startswith("dokumen_")
    }


def _note_text(note: Note, lang: str) -> str:
    params: dict[str, Any] = {}
    for key, value in note.params:
        if key in ("capaian", "nilai"):
            params[key] = number_text(value, lang, fixed=True)
        elif key in ("target", "realisasi"):
            params[key] = number_text(value, lang)
        elif key == "alasan":
            params[key] = render(value, lang) if value else "-"
        else:
            params[key] = value
    return render(note.kode, lang, **params).replace("  ", " ").replace(" )", ")")


def document_data(
    doc: EvaluationDocument,
    *,
    config: Config,
    result: ScoreResult,
    tanggal: date,
    lang: str = "id",
) -> DocumentData:
    """The document as plain data for a page template: every text already in ``lang``."""
    from kinerja_cli.sheettext import tanggal_panjang
    from kinerja_cli.writers.xlsx import format_nip

    e = doc.employee
    u = doc.unit
    indicators = {i.kode: i for i in config.indikator}
    missing = render("dokumen_belum_ditetapkan", lang) if e.is_kepala else "-"
    day = tanggal_panjang(tanggal, lang)
    penilai = _person_data(doc.penilai, lang, missing)
    capaian_org, capaian_org_asal = _organisation(u, lang)
    return {
        "instansi": result.instansi,
        "periode": periode_text(result.periode, result.tahun, lang),
        "unit_kode": u.kode,
        "unit_nama": u.nama,
        "pegawai": _person_data(doc.pegawai, lang, "-"),
        "penilai": penilai,
        "atasan": _person_data(doc.atasan, lang, "-"),
        "evaluasi": {
            "capaian_org": capaian_org,
            "capaian_org_asal": capaian_org_asal,
            "pola": _distribution(u, lang),
            "rating_hasil": e.rating_hasil_kerja or "-",
            "rating_hasil_asal": render(
                "dokumen_dihitung" if e.rating_hasil_kerja_derived else "dokumen_ditetapkan", lang
            ),
            "rating_perilaku": e.rating_perilaku or "-",
            "predikat": e.predikat or "-",
            "nilai": number_text(e.nilai, lang, fixed=True),
        },
        "skp": [
            {
                "no": str(n),
                "kode": r.kode,
                "indikator": indicators[r.kode].nama if r.kode in indicators else r.kode,
                "satuan": indicators[r.kode].satuan if r.kode in indicators else "",
                "target": number_text(r.target, lang),
                "realisasi": number_text(r.realisasi, lang),
                "capaian": number_text(r.capaian, lang, fixed=True),
            }
            for n, r in enumerate(doc.skp, start=1)
        ],
        "catatan": [_note_text(n, lang) for n in doc.notes],
        "ttd": {
            "tempat_tanggal": (
                render("dokumen_tempat_tanggal", lang, tempat=config.tempat, tanggal=day)
                if config.tempat
                else day
            ),
            "penilai_nama": penilai["nama"],
            "penilai_nip": f"NIP. {format_nip(doc.penilai.nip)}"
            if doc.penilai is not None and doc.penilai.nip
            else "",
            "pegawai_nama": doc.pegawai.nama or "-",
            "pegawai_nip": f"NIP. {format_nip(e.nip)}",
        },
    }


def incomplete_reason(listed: Listed, lang: str = "id") -> str:
    """Why an employee is listed by ``kinerja dokumen``, in words: the recap's Catatan for
    incomplete data, else the reason :attr:`Listed.kode` names."""
    if listed.kode == LISTED_INCOMPLETE:
        return catatan_text(listed.employee, lang) or "-"
    return render(listed.kode, lang)
