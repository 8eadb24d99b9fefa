"""The normalised records every reader produces and every later stage consumes.

One direction of flow: a reader turns a file into a :class:`Submission` (identity, IKU rows,
employees, SKP rows, each record with its source cell) plus the :class:`Issue` list found while
reading and validating; the store keeps submissions; the scorer turns submissions into a
:class:`ScoreResult`; writers render results. Readers for other input formats (e-Kinerja BKN
exports, later) produce the same shapes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from kinerja_cli.config import Target

if TYPE_CHECKING:
    from kinerja_cli.scoring.sources import Cakupan, Selisih
    from kinerja_cli.scoring.unit import KurvaViolation

Tingkat = Literal["error", "warning"]
ERROR: Tingkat = "error"
WARNING: Tingkat = "warning"

QUARTERS = ("TW1", "TW2", "TW3", "TW4")

ANCHOR_NIP = "nip"
ANCHOR_NIP_KEPALA = "nip_kepala"
ANCHOR_TANGGAL = "tanggal"

SUMBER_TEMPLAT = "templat"
"""A kinerja workbook (template, its .csv SKP sheet, or a copy of either)."""
SUMBER_EKINERJA = "ekinerja"
"""An e-Kinerja BKN "Laporan Penilaian SKP": one rating per employee, no capaian."""
SUMBER_EKINERJA_SKP = "ekinerja-skp"
"""An e-Kinerja BKN "Laporan SKP": the SKP list of a unit (coverage only, never scored)."""
SCORED_SOURCES = (SUMBER_TEMPLAT, SUMBER_EKINERJA)
"""The sources a unit can be scored from, the preferred first: a unit that sent both a
kinerja workbook and an e-Kinerja assessment export is scored from the workbook (capaian,
IKU, the ratings it gives); the export is then compared with it (the recap's Selisih sheet)."""


def realisasi_anchor(contract_sheet: str, quarter: int) -> str:
    """The :attr:`Submission.anchors` key of the ``Realisasi TWn`` column of a sheet (IKU or
    SKP): (sheet, column letters, header), for the cells of a reporting gap."""
    return f"realisasi:{contract_sheet}:{quarter}"


__all__ = [
    "ERROR",
    "QUARTERS",
    "WARNING",
    "EmployeeScore",
    "Identitas",
    "IkuRecord",
    "Issue",
    "PegawaiRecord",
    "RowScore",
    "ScoreResult",
    "SkpListRecord",
    "SkpRecord",
    "Submission",
    "Target",
    "TemplateMeta",
    "UnitScore",
]


# ---- issues ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found in an input, at its real place in the file.

    ``kode`` is a stable machine code and a key of the message catalogue; ``params`` fill the
    message's placeholders. ``cell`` is A1 notation of the real cell in the file (None for a
    file- or sheet-level problem); ``row`` is the 1-based sheet row; ``column`` the header text.
    ``nilai`` is the raw value as text (already shortened for display).
    """

    kode: str
    tingkat: Tingkat
    file: str
    sheet: str | None = None
    cell: str | None = None
    row: int | None = None
    column: str | None = None
    nilai: str | None = None
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.tingkat == ERROR

    @property
    def changes_score(self) -> bool:
        """Can this issue change a score? Every error; a warning as its kode's declaration
        says (:mod:`kinerja_cli.messages.effects` reads the declarations)."""
        from kinerja_cli.messages.effects import changes_score

        return changes_score(self.kode, self.tingkat)

    def pesan(self, lang: str = "id") -> str:
        """The message in ``lang``; a warning that can change a score says so at its end."""
        from kinerja_cli.messages import render

        text = render(self.kode, lang, **dict(self.params))
        if not self.is_error and self.changes_score:
            text = f"{text} {render('peringatan_mengubah_nilai', lang)}"
        return text

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        """The public shape (JSON/CSV/Masalah sheet): file, sheet, cell, row, column, kode,
        tingkat, pesan, nilai."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "row": self.row,
            "column": self.column,
            "kode": self.kode,
            "tingkat": self.tingkat,
            "pesan": self.pesan(lang),
            "nilai": self.nilai,
        }


def record_row(record: Any) -> dict[str, Any]:
    """A record (a dataclass) as one JSON/CSV row: every field in declaration order, a tuple
    or list as a new list."""
    return {f.name: _plain(getattr(record, f.name)) for f in fields(record)}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple | list) else value


def make_issue(
    kode: str,
    file: str,
    /,
    *,
    sheet: str | None = None,
    cell: str | None = None,
    row: int | None = None,
    column: str | None = None,
    nilai: Any = None,
    **params: Any,
) -> Issue:
    """Build an :class:`Issue`; ``nilai`` is turned into a short display string.

    The severity comes with the kode's declaration in the catalogue
    (:func:`kinerja_cli.messages.effects.severity`), never from the caller. Numbers in
    ``params`` stay numbers: the message formats them for its language. ``kode`` and
    ``file`` are positional-only, so a message may use a ``{kode}`` (or ``{file}``)
    placeholder."""
    from kinerja_cli.messages.effects import severity

    return Issue(
        kode=kode,
        tingkat=severity(kode),
        file=file,
        sheet=sheet,
        cell=cell,
        row=row,
        column=column,
        nilai=display_value(nilai),
        params=tuple(sorted(params.items())),
    )


def display_value(value: Any, limit: int = 80) -> str | None:
    """A raw cell value as a short, single-line string for messages (None stays None)."""
    if value is None:
        return None
    text = repr(value) if isinstance(value, float) and not value.is_integer() else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1e15:
        text = f"{value:.15E}"  # what Excel shows for a mangled NIP: 1.98609262015051E+17
    # Line breaks and tabs as \n \t, other control and bidi characters (ESC, U+202E, ...) as
    # visible escapes: the value reaches terminals and messages. Cut to ``limit``.
    from kinerja_cli.safety.text import printable

    return printable(text, limit)


# ---- records ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateMeta:
    """What the hidden metadata sheet of a template says (None when the sheet is missing)."""

    versi: str
    kode_unit: str
    tahun: int
    fingerprint: str


@dataclass(slots=True)
class Identitas:
    instansi: str | None = None
    kode_unit: str | None = None
    nama_unit: str | None = None
    tahun: int | None = None
    nama_kepala: str | None = None
    nip_kepala: str | None = None
    predikat_organisasi: str | None = None
    """Canonical PredikatOrganisasi value when given and valid, else None."""
    tanggal: date | None = None


@dataclass(slots=True)
class IkuRecord:
    """One row of the IKU sheet. ``valid`` is False when the row has an error (unscorable)."""

    kode: str
    nama: str | None
    satuan: str | None
    target: Target | None
    realisasi: tuple[float | None, float | None, float | None, float | None]
    keterangan: str | None
    sheet: str
    row: int
    valid: bool = True


@dataclass(slots=True)
class PegawaiRecord:
    """One employee row of the Pegawai sheet; ratings hold canonical Rating values or None."""

    nip: str
    nama: str | None
    jabatan: str | None
    golongan: str | None
    rating_hasil_kerja: str | None
    rating_perilaku: str | None
    catatan: str | None
    sheet: str
    row: int
    valid: bool = True
    nip_penilai: str | None = None
    """NIP of the pejabat penilai named on the row (optional column "NIP Pejabat Penilai");
    None: the head of unit rates this employee."""
    predikat: str | None = None
    """The predikat recorded by e-Kinerja (``hasil_akhir``; canonical PredikatPegawai value):
    only on the rows of an e-Kinerja export, whose employees are not scored from capaian."""


@dataclass(slots=True)
class SkpRecord:
    """One employee x indicator row of the SKP sheet."""

    nip: str
    nama: str | None
    kode: str
    target: Target | None
    bobot: float | None
    realisasi: tuple[float | None, float | None, float | None, float | None]
    sheet: str
    row: int
    valid: bool = True


@dataclass(slots=True)
class KompetensiRecord:
    """One employee row of the Kompetensi sheet: the level per competency code (None: left
    empty or not a level), how it was assessed, the development hours of the year."""

    nip: str
    nama: str | None
    levels: dict[str, int | None]
    metode: str | None
    jp: float | None
    sheet: str
    row: int
    valid: bool = True


@dataclass(slots=True)
class SkpListRecord:
    """One row of an e-Kinerja "Laporan SKP": an employee's SKP and whether it was approved."""

    nip: str
    nama: str | None
    jabatan: str | None
    status: str | None
    """``skp_status`` in lower case (``persetujuan``: approved)."""
    periode_akhir: date | None
    plt_plh: bool
    sheet: str
    row: int
    valid: bool = True
    superseded: bool = False
    """Listed again with a later ``periode_akhir`` (after a transfer): not counted."""
    id: str | None = None
    """The SKP's id in e-Kinerja (not stored)."""
    unor_induk: str | None = None
    """``skp_unor_induk`` as written (not stored: the file's unit is)."""

    @property
    def approved(self) -> bool:
        return (self.status or "") == "persetujuan"


@dataclass(slots=True)
class Submission:
    """One input file, read and validated: the unit of storing, versioning and scoring."""

    path: str
    """The file's name as given (shown in issues)."""
    sha256: str
    size: int
    format: str
    """Detected format: xlsx, xlsm, xls, ods, csv."""
    mtime: datetime | None = None
    meta: TemplateMeta | None = None
    identitas: Identitas | None = None
    iku: list[IkuRecord] = field(default_factory=list)
    pegawai: list[PegawaiRecord] = field(default_factory=list)
    skp: list[SkpRecord] = field(default_factory=list)
    kompetensi: list[KompetensiRecord] = field(default_factory=list)
    """Rows of the Kompetensi sheet (a config with competencies only)."""
    skp_list: list[SkpListRecord] = field(default_factory=list)
    """Rows of an e-Kinerja "Laporan SKP" (``sumber`` :data:`SUMBER_EKINERJA_SKP` only)."""
    sumber: str = SUMBER_TEMPLAT
    """Where the data come from: :data:`SUMBER_TEMPLAT`, :data:`SUMBER_EKINERJA` or
    :data:`SUMBER_EKINERJA_SKP`."""
    periode_sumber: str | None = None
    """What an e-Kinerja export says its period is ("Tahunan 2026", "Bulanan Desember
    2026"); None for a kinerja workbook."""
    issues: list[Issue] = field(default_factory=list)
    anchors: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """Where the cells the checks across files point at are: ``ANCHOR_NIP`` -> (sheet,
    column letters, header) of the employees' NIP column; ``ANCHOR_NIP_KEPALA`` and
    ``ANCHOR_TANGGAL`` -> (sheet, A1 cell, label) in Identitas. Kept in the store, so an
    issue found at scoring time still names its cell."""

    @property
    def kode_unit(self) -> str | None:
        if self.identitas and self.identitas.kode_unit:
            return self.identitas.kode_unit
        return self.meta.kode_unit if self.meta else None

    @property
    def tahun(self) -> int | None:
        if self.identitas and self.identitas.tahun:
            return self.identitas.tahun
        return self.meta.tahun if self.meta else None

    @property
    def error_count(self) -> int:
        return sum(1 for i in self.issues if i.is_error)

    @property
    def warning_count(self) -> int:
        return sum(1 for i in self.issues if not i.is_error)

    @property
    def structural_ok(self) -> bool:
        """False when a file-level problem (no cell, no row) makes the whole file unscorable."""
        return not any(i.is_error and i.row is None for i in self.issues)


# ---- scores ----------------------------------------------------------------------------------


@dataclass(slots=True)
class RowScore:
    """Capaian of one SKP or IKU row for the period (all numbers in full precision)."""

    unit: str
    kode: str
    nip: str | None
    """None for an IKU row."""
    target: float | None
    """The effective target used (range bound chosen, periodic scaling applied)."""
    realisasi: float | None
    """Realisasi aggregated over the period's quarters."""
    capaian: float | None
    """None when it cannot be computed (invalid row, no realisasi yet)."""
    nilai_capaian: float | None = None
    """PermenPANRB 8/2021 converted value, when that regime is used."""
    bobot: float | None = None
    sheet: str | None = None
    row: int | None = None
    catatan: str | None = None
    """Message kode saying why ``capaian`` is None (invalid row, blank quarter, ...)."""


@dataclass(slots=True)
class EmployeeScore:
    nip: str
    nama: str | None
    unit: str
    jabatan: str | None
    golongan: str | None
    nilai: float | None
    """Weighted nilai (capaian or, under permenpan-8-2021, nilai capaian); None if unscorable."""
    rating_hasil_kerja: str | None
    rating_hasil_kerja_derived: bool
    rating_perilaku: str | None
    predikat: str | None
    lengkap: bool
    """False when a row of this employee had an error or no realisasi: not silently scored."""
    is_kepala: bool = False
    rank_unit: int | None = None
    rank_overall: int | None = None
    rows: list[RowScore] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)
    nip_penilai: str | None = None
    """The pejabat penilai named on the Pegawai row (checked: an employee of the same unit);
    None: the head of unit (for the head: the official the config names)."""
    """Why the employee is incomplete or how the rating was decided (message kodes)."""


@dataclass(slots=True)
class UnitScore:
    kode: str
    nama: str
    pegawai_count: int
    capaian_iku: float | None
    predikat_organisasi: str | None
    predikat_organisasi_derived: bool
    distribusi: dict[str, int]
    """Head count per PredikatPegawai value (all five keys present)."""
    kurva_ok: bool | None
    """None when not checked (disabled, too small, no predikat organisasi)."""
    kurva_pelanggaran: list[KurvaViolation] = field(default_factory=list)
    """Each broken distribution rule with its figures (no words: ``describe(lang)`` says it
    in the output's language)."""
    rank: int | None = None
    submitted: bool = True
    iku_rows: list[RowScore] = field(default_factory=list)
    scored_count: int = 0
    """Employees with a predikat (the head count the distribution shares are taken of)."""
    scorable: bool = True
    """False when the unit's file was submitted but is structurally unusable."""
    source: str | None = None
    """The file the unit's scores come from."""
    catatan: list[str] = field(default_factory=list)
    """Why the unit has no capaian IKU (message kodes), e.g. an IKU row missing."""
    sumber: str = SUMBER_TEMPLAT
    """Where the unit's scores come from (:data:`SUMBER_EKINERJA`: the ratings e-Kinerja
    recorded, no capaian)."""


class SourceRow(TypedDict):
    """One current version, as the recap's Sumber sheet lists it (:meth:`kinerja_cli.store.Store.sources`; what scoring keeps in :attr:`ScoreResult.sources`)."""

    unit: str | None
    file: str
    sha256: str
    version: int | None
    ingested_at: str
    """UTC, ISO 8601."""
    fingerprint: str | None
    sumber: str
    periode_sumber: str | None


@dataclass(slots=True)
class ScoreResult:
    """Everything the writers need; writers never compute scores themselves."""

    instansi: str
    tahun: int
    periode: str
    metode: str
    units: list[UnitScore]
    employees: list[EmployeeScore]
    issues: list[Issue]
    sources: list[SourceRow] = field(default_factory=list)
    """One dict per stored submission used: file, sha256, version, ingested_at, fingerprint."""
    rechecked: list[str] = field(default_factory=list)
    """Stored files validated again because the config changed since they were ingested
    (their new issues are in ``issues``)."""
    selisih: list[Selisih] = field(default_factory=list)
    """:class:`~kinerja_cli.scoring.sources.Selisih` rows: NIPs whose predikat differs
    between a unit's workbook and its e-Kinerja export."""
    cakupan: list[Cakupan] = field(default_factory=list)
    """:class:`~kinerja_cli.scoring.sources.Cakupan` per unit with an e-Kinerja SKP list."""
    failures: list[Exception] = field(default_factory=list, repr=False, compare=False)
    """The exceptions of units that could not be scored (each also an issue
    ``skor_unit_gagal`` naming the unit); ``--debug`` prints their tracebacks."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
