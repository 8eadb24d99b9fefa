"""The hidden metadata sheet and the ``Identitas`` sheet: whose file is this, for which year,
made from which config."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kinerja_cli import layout, values
from kinerja_cli.domain import parse_predikat_organisasi
from kinerja_cli.model import Identitas, PegawaiRecord, TemplateMeta
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.validate.context import Ctx, text_value
from kinerja_cli.validate.tables import find_sheet
from kinerja_cli.values import is_blank

if TYPE_CHECKING:
    from kinerja_cli.config import Config

IDENTITAS_SEARCH_ROWS = 60
IDENTITAS_SEARCH_COLS = 6


# ---- metadata sheet ------------------------------------------------------------------------


def read_meta(ctx: Ctx, raw: RawWorkbook) -> TemplateMeta | None:
    """The template metadata, or None (warned) when the sheet is missing or unreadable."""
    sheet = find_sheet(raw, layout.SHEET_META)
    if sheet is None:
        ctx.add("meta_tidak_ada", lembar=layout.SHEET_META)
        return None
    found: dict[str, Any] = {}
    for r in range(1, min(sheet.max_row, 50) + 1):
        key = sheet.value(r, 1)
        if isinstance(key, str) and key.strip() in layout.META_KEYS:
            found[key.strip()] = sheet.value(r, 2)
    versi = text_value(found.get(layout.META_VERSI))
    kode = text_value(found.get(layout.META_KODE_UNIT))
    fp = text_value(found.get(layout.META_FINGERPRINT))
    tahun = _as_year(found.get(layout.META_TAHUN))
    if not (versi and kode and fp and tahun):
        ctx.add("meta_rusak", sheet=sheet.name, lembar=sheet.name)
        return None
    return TemplateMeta(versi=versi, kode_unit=kode, tahun=tahun, fingerprint=fp)


def _as_year(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() and 1900 <= value <= 2200 else None
    text = values.clean_text(str(value))
    if re.fullmatch(r"\d{4}(?:\.0+)?", text):
        year = int(text[:4])
        return year if 1900 <= year <= 2200 else None
    return None


# ---- Identitas -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Field:
    row: int
    value_col: int
    value: Any


def _find_labels(sheet: RawSheet) -> dict[str, _Field]:
    fields: dict[str, _Field] = {}
    for r in range(1, min(sheet.max_row, IDENTITAS_SEARCH_ROWS) + 1):
        row = sheet.rows[r - 1]
        for c in range(1, min(len(row), IDENTITAS_SEARCH_COLS) + 1):
            v = row[c - 1]
            if not isinstance(v, str) or not v.strip():
                continue
            label = layout.canonical_label(v)
            if label is not None and label not in fields:
                fields[label] = _Field(r, c + 1, sheet.value(r, c + 1))
                break
    return fields


def read_identitas(ctx: Ctx, raw: RawWorkbook, meta: TemplateMeta | None) -> Identitas | None:
    """Read and check ``Identitas``; None when the sheet is missing (reported by the caller).

    The fields are read in a fixed order (the order of the issues): the labels that are not
    there, the texts, ``Kode Unit``, ``Tahun``, ``NIP Kepala Unit``, ``Predikat Kinerja
    Organisasi``, ``Tanggal``."""
    sheet = find_sheet(raw, layout.SHEET_IDENTITAS)
    if sheet is None:
        return None
    reader = _IdentitasReader(ctx, sheet, _find_labels(sheet), meta)
    reader.missing_labels()
    reader.texts()
    reader.kode_unit()
    reader.tahun()
    reader.nip_kepala()
    reader.predikat()
    reader.tanggal()
    return reader.ident


class _IdentitasReader:
    """One ``Identitas`` sheet being read: its labels, what was read so far, where to report."""

    def __init__(
        self, ctx: Ctx, sheet: RawSheet, fields: dict[str, _Field], meta: TemplateMeta | None
    ) -> None:
        self.ctx = ctx
        self.sheet = sheet
        self.fields = fields
        self.meta = meta
        self.config = ctx.config
        self.ident = Identitas()

    def issue(self, label: str, kode: str, /, *, file_level: bool = False, **params: Any) -> None:
        """Report ``kode`` at the value cell of ``label`` (its words name the label)."""
        f = self.fields[label]
        _at_value(self.ctx, self.sheet.name, label, f, kode, not file_level, label=label, **params)

    def usable(self, label: str) -> Any:
        """The value of ``label`` when the label is there and its cell holds a value; an error
        cell or a formula without a saved value is reported. :data:`_ABSENT` otherwise."""
        f = self.fields.get(label)
        if f is None:
            return _ABSENT
        err = self.sheet.error_cells.get((f.row, f.value_col))
        if err is not None:
            self.issue(label, "sel_galat", galat=err)
            return _ABSENT
        if (f.row, f.value_col) in self.sheet.formula_cells:
            self.issue(label, "sel_rumus_tanpa_nilai")
            return _ABSENT
        return f.value

    def missing_labels(self) -> None:
        """Every required label that is not on the sheet (``Kode Unit`` and ``Tahun`` may come
        from the template's metadata; ``NIP Kepala Unit`` is judged with the unit)."""
        for label in layout.IDENTITAS_LABELS:
            if label in self.fields or label == layout.ID_NIP_KEPALA:
                continue
            if label in layout.IDENTITAS_OPTIONAL:
                continue
            name = self.sheet.name
            if label in (layout.ID_KODE_UNIT, layout.ID_TAHUN) and self.meta is None:
                self.ctx.add("identitas_label_wajib_tidak_ada", sheet=name, label=label)
            else:
                self.ctx.add("identitas_label_tidak_ada", sheet=name, label=label)

    def texts(self) -> None:
        """Instansi (which should match the config), Nama Unit and Nama Kepala."""
        if (value := self.usable(layout.ID_INSTANSI)) is not _ABSENT:
            self.ident.instansi = text_value(value)
            instansi = self.config.instansi
            if self.ident.instansi and _norm(self.ident.instansi) != _norm(instansi):
                self.issue(layout.ID_INSTANSI, "identitas_instansi_beda", instansi=instansi)
        if (value := self.usable(layout.ID_NAMA_UNIT)) is not _ABSENT:
            self.ident.nama_unit = text_value(value)
        if (value := self.usable(layout.ID_NAMA_KEPALA)) is not _ABSENT:
            self.ident.nama_kepala = text_value(value)

    def kode_unit(self) -> None:
        """Kode Unit: a unit of the config; the template's own unit must agree. Without one,
        the template's unit."""
        if (value := self.usable(layout.ID_KODE_UNIT)) is not _ABSENT:
            kode = text_value(value)
            if kode is None:
                if self.meta is None:
                    self.issue(layout.ID_KODE_UNIT, "identitas_kosong", file_level=True)
            else:
                self._known_unit(kode)
        if self.ident.kode_unit is None and self.meta is not None:
            unit = self.config.unit_by_code(self.meta.kode_unit)
            if unit is None:
                self.ctx.add(
                    "unit_tidak_dikenal",
                    sheet=layout.SHEET_META,
                    kode=self.meta.kode_unit,
                    daftar=_codes(self.config),
                )
                self.ident.kode_unit = self.meta.kode_unit
            else:
                self.ident.kode_unit = unit.kode

    def _known_unit(self, kode: str) -> None:
        unit = self.config.unit_by_code(kode)
        if unit is None:
            self.issue(
                layout.ID_KODE_UNIT,
                "unit_tidak_dikenal",
                file_level=True,
                kode=kode,
                daftar=_codes(self.config),
            )
            self.ident.kode_unit = kode
            return
        self.ident.kode_unit = unit.kode
        if self.meta is not None and self.meta.kode_unit.upper() != unit.kode.upper():
            self.issue(
                layout.ID_KODE_UNIT,
                "templat_unit_lain",
                file_level=True,
                kode=unit.kode,
                kode_templat=self.meta.kode_unit,
            )

    def tahun(self) -> None:
        """Tahun: a year, equal to the assessment year; the template's year must agree."""
        tahun = self.ctx.tahun
        if (value := self.usable(layout.ID_TAHUN)) is not _ABSENT:
            if is_blank(value):
                if self.meta is None:
                    self.issue(layout.ID_TAHUN, "identitas_kosong", file_level=True)
            elif (year := _as_year(value)) is None:
                self.issue(layout.ID_TAHUN, "tahun_tidak_sah", file_level=True, tahun=tahun)
            else:
                self.ident.tahun = year
                if year != tahun:
                    self.issue(
                        layout.ID_TAHUN,
                        "tahun_beda",
                        file_level=True,
                        tahun_berkas=year,
                        tahun=tahun,
                    )
        meta = self.meta
        if meta is None:
            return
        if self.ident.tahun is None:
            self.ident.tahun = meta.tahun
            if meta.tahun != tahun:
                self.ctx.add(
                    "templat_tahun_lain",
                    sheet=layout.SHEET_META,
                    tahun_templat=meta.tahun,
                    tahun=tahun,
                )
        elif meta.tahun != self.ident.tahun and self.ident.tahun == tahun:
            self.ctx.add(
                "templat_tahun_lain_diisi",
                sheet=self.sheet.name,
                cell=_cell(self.fields, layout.ID_TAHUN),
                tahun_templat=meta.tahun,
                tahun=tahun,
            )

    def nip_kepala(self) -> None:
        """NIP Kepala Unit: required unless the config names the unit's head
        (unit[].nip_kepala); without it the head is scored as staff and the raters of the
        documents are unknown."""
        kode = self.ident.kode_unit
        unit_cfg = self.config.unit_by_code(kode) if kode else None
        head_in_config = unit_cfg is not None and bool(unit_cfg.nip_kepala)
        if layout.ID_NIP_KEPALA not in self.fields:
            if not head_in_config:
                self.ctx.add(
                    "nip_kepala_tidak_ada", sheet=self.sheet.name, label=layout.ID_NIP_KEPALA
                )
            return
        if (value := self.usable(layout.ID_NIP_KEPALA)) is _ABSENT:
            return
        if is_blank(value):
            if not head_in_config:
                self.issue(layout.ID_NIP_KEPALA, "nip_kepala_kosong")
            return
        check = values.check_nip(value)
        if check.ok:
            self.ident.nip_kepala = check.nip
        else:
            kode_nip = check.kode or values.NIP_KARAKTER_SALAH
            self.issue(layout.ID_NIP_KEPALA, kode_nip, **check.param_dict)

    def predikat(self) -> None:
        """Predikat Kinerja Organisasi (optional): one of the five words."""
        value = self.usable(layout.ID_PREDIKAT)
        if value is _ABSENT or is_blank(value):
            return
        predikat = parse_predikat_organisasi(str(value))
        if predikat is None:
            teks = text_value(value) or ""
            self.issue(layout.ID_PREDIKAT, "predikat_organisasi_tidak_sah", teks=teks)
        else:
            self.ident.predikat_organisasi = predikat.value

    def tanggal(self) -> None:
        """Tanggal (optional): used to tell which of two files is newer."""
        value = self.usable(layout.ID_TANGGAL)
        if value is _ABSENT or is_blank(value):
            return
        self.ident.tanggal = values.parse_date(value)
        if self.ident.tanggal is None:
            self.issue(layout.ID_TANGGAL, "tanggal_tidak_sah", teks=text_value(value) or "")


_ABSENT = object()
"""What :meth:`_IdentitasReader.usable` returns for a label that is missing or unusable."""


def identitas_anchors(raw: RawWorkbook) -> dict[str, tuple[str, str, str]]:
    """Where ``NIP Kepala Unit`` and ``Tanggal`` are (sheet, A1 cell of the value, label), for
    the checks across files (:attr:`~kinerja_cli.model.Submission.anchors`)."""
    from kinerja_cli.model import ANCHOR_NIP_KEPALA, ANCHOR_TANGGAL

    sheet = find_sheet(raw, layout.SHEET_IDENTITAS)
    if sheet is None:
        return {}
    fields = _find_labels(sheet)
    return {
        key: (sheet.name, layout.a1(fields[label].row, fields[label].value_col), label)
        for key, label in (
            (ANCHOR_NIP_KEPALA, layout.ID_NIP_KEPALA),
            (ANCHOR_TANGGAL, layout.ID_TANGGAL),
        )
        if label in fields
    }


def check_kepala_listed(
    ctx: Ctx, raw: RawWorkbook, ident: Identitas | None, pegawai: list[PegawaiRecord], lembar: str
) -> None:
    """Error at Identitas ``NIP Kepala Unit`` when that (valid) NIP is not on the Pegawai
    sheet: the head could not be recognised and would be scored as staff.

    A Pegawai row whose NIP was mangled into a number still counts as the head's row when
    the number equals the head's NIP read as a number (that row has its own error)."""
    nip = ident.nip_kepala if ident else None
    sheet = find_sheet(raw, layout.SHEET_IDENTITAS)
    if not nip or sheet is None:
        return
    if any(rec.nip == nip or _same_number(rec.nip, nip) for rec in pegawai):
        return
    f = _find_labels(sheet).get(layout.ID_NIP_KEPALA)
    if f is None:
        return
    label, params = layout.ID_NIP_KEPALA, {"nip": nip, "lembar_pegawai": lembar}
    _at_value(ctx, sheet.name, label, f, "kepala_bukan_pegawai", True, **params)


def _at_value(
    ctx: Ctx, sheet: str, label: str, f: _Field, kode: str, row_level: bool = True, /, **params: Any
) -> None:
    """Report ``kode`` at the value cell of ``label`` on the Identitas sheet ``sheet``."""
    ctx.add(
        kode,
        sheet=sheet,
        row=f.row,
        col=f.value_col,
        column=label,
        nilai=f.value,
        row_level=row_level,
        **params,
    )


def _same_number(text: str, nip: str) -> bool:
    """``text`` is a number (a NIP Excel turned into 1.97102051999121E+17) equal to ``nip``
    read as a number."""
    if not text or text.isdigit():
        return False
    try:
        return float(text.replace(",", ".")) == float(nip)
    except ValueError:
        return False


def _cell(fields: dict[str, _Field], label: str) -> str | None:
    f = fields.get(label)
    return layout.a1(f.row, f.value_col) if f else None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _codes(config: Config) -> str:
    return ", ".join(u.kode for u in config.unit)
