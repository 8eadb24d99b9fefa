"""Turning :class:`~kinerja_cli.model.Submission` records into table rows and back, exactly.

Pure functions, no SQL. Floats are stored as REAL (IEEE doubles, exact), dates and datetimes
as ISO 8601 text, issue parameters as JSON with a small tag for the few Python types JSON lacks
(tuple, date, datetime), so what comes back compares equal to what went in.
"""

from __future__ import annotations

import functools
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kinerja_cli.config import Target
from kinerja_cli.model import (
    Identitas,
    IkuRecord,
    Issue,
    KompetensiRecord,
    PegawaiRecord,
    SkpListRecord,
    SkpRecord,
)

_TAG = "$t"


def encode_params(params: tuple[tuple[str, Any], ...]) -> str:
    return json.dumps(
        [[k, _encode(v)] for k, v in params],
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=True,
    )


def decode_params(text: str) -> tuple[tuple[str, Any], ...]:
    return tuple((str(k), _decode(v)) for k, v in json.loads(text))


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, tuple):
        return {_TAG: "tuple", "v": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {_TAG: "dict", "v": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, datetime):
        return {_TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {_TAG: "date", "v": value.isoformat()}
    if isinstance(value, Decimal):
        return {_TAG: "decimal", "v": str(value)}
    if isinstance(value, Target):
        return {_TAG: "target", "v": [value.low, value.high]}
    return str(value)  # anything else is only ever shown in a message: its text is what counts


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict) and _TAG in value:
        tag, raw = value[_TAG], value["v"]
        if tag == "tuple":
            return tuple(_decode(v) for v in raw)
        if tag == "dict":
            return {_decode(k): _decode(v) for k, v in raw}
        if tag == "datetime":
            return datetime.fromisoformat(raw)
        if tag == "date":
            return date.fromisoformat(raw)
        if tag == "decimal":
            return Decimal(raw)
        if tag == "target":
            return Target(low=raw[0], high=raw[1])
    return value


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def encode_anchors(anchors: dict[str, tuple[str, str, str]]) -> str | None:
    """:attr:`Submission.anchors` as JSON text (None when there are none)."""
    if not anchors:
        return None
    return json.dumps({k: list(v) for k, v in sorted(anchors.items())}, ensure_ascii=False)


def decode_anchors(text: str | None) -> dict[str, tuple[str, str, str]]:
    if not text:
        return {}
    return {str(k): (str(v[0]), str(v[1]), str(v[2])) for k, v in json.loads(text).items()}


def parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    # A datetime in a date field (a reader that gave a datetime) round-trips as a datetime.
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def parse_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


def _target(t: Target | None) -> tuple[float | None, float | None]:
    return (t.low, t.high) if t is not None else (None, None)


def _make_target(low: float | None, high: float | None) -> Target | None:
    if low is None or high is None:
        return None
    return _cached_target(low, high)


@functools.lru_cache(maxsize=8192)
def _cached_target(low: float, high: float) -> Target:
    """Targets repeat across rows; Target is frozen, so one instance per value is shared.
    The values come from the store's own REAL columns (validated when first built), so
    validation is skipped: it was most of the time of rebuilding a city."""
    return Target.model_construct(low=float(low), high=float(high))


# ---- rows out ------------------------------------------------------------------------------------


def identitas_row(sid: int, x: Identitas) -> tuple[Any, ...]:
    return (
        sid,
        x.instansi,
        x.kode_unit,
        x.nama_unit,
        x.tahun,
        x.nama_kepala,
        x.nip_kepala,
        x.predikat_organisasi,
        iso(x.tanggal),
    )


def iku_rows(sid: int, records: list[IkuRecord]) -> list[tuple[Any, ...]]:
    return [
        (
            sid,
            seq,
            r.kode,
            r.nama,
            r.satuan,
            *_target(r.target),
            *r.realisasi,
            r.keterangan,
            r.sheet,
            r.row,
            int(r.valid),
        )
        for seq, r in enumerate(records)
    ]


def pegawai_rows(sid: int, records: list[PegawaiRecord]) -> list[tuple[Any, ...]]:
    return [
        (
            sid,
            seq,
            r.nip,
            r.nama,
            r.jabatan,
            r.golongan,
            r.rating_hasil_kerja,
            r.rating_perilaku,
            r.catatan,
            r.sheet,
            r.row,
            int(r.valid),
            r.nip_penilai,
            r.predikat,
        )
        for seq, r in enumerate(records)
    ]


def skp_list_rows(sid: int, records: list[SkpListRecord]) -> list[tuple[Any, ...]]:
    return [
        (
            sid,
            seq,
            r.nip,
            r.nama,
            r.jabatan,
            r.status,
            iso(r.periode_akhir),
            int(r.plt_plh),
            int(r.superseded),
            r.sheet,
            r.row,
            int(r.valid),
        )
        for seq, r in enumerate(records)
    ]


def kompetensi_rows(sid: int, records: list[KompetensiRecord]) -> list[tuple[Any, ...]]:
    return [
        (
            sid,
            seq,
            r.nip,
            r.nama,
            json.dumps(r.levels, ensure_ascii=False, sort_keys=False),
            r.metode,
            r.jp,
            r.sheet,
            r.row,
            int(r.valid),
        )
        for seq, r in enumerate(records)
    ]


def skp_rows(sid: int, records: list[SkpRecord]) -> list[tuple[Any, ...]]:
    return [
        (
            sid,
            seq,
            r.nip,
            r.nama,
            r.kode,
            *_target(r.target),
            r.bobot,
            *r.realisasi,
            r.sheet,
            r.row,
            int(r.valid),
        )
        for seq, r in enumerate(records)
    ]


def issue_rows(sid: int, issues: list[Issue]) -> list[tuple[Any, ...]]:
    return [
        (
            sid,
            seq,
            i.kode,
            i.tingkat,
            i.file,
            i.sheet,
            i.cell,
            i.row,
            i.column,
            i.nilai,
            encode_params(i.params),
        )
        for seq, i in enumerate(issues)
    ]


# ---- rows in: (submission_id, then the columns in the order of the SELECTs in core) ------------
#
# Records are built with positional arguments (twice as fast as keywords for 100k rows): the
# order is the field order of the dataclasses in kinerja_cli.model, which only ever grows at the
# end; the round-trip tests fail at once if it changes.


def identitas_from(row: tuple[Any, ...]) -> Identitas:
    (_sid, instansi, kode_unit, nama_unit, tahun, nama_kepala, nip_kepala, predikat, tanggal) = row
    return Identitas(
        instansi=instansi,
        kode_unit=kode_unit,
        nama_unit=nama_unit,
        tahun=tahun,
        nama_kepala=nama_kepala,
        nip_kepala=nip_kepala,
        predikat_organisasi=predikat,
        tanggal=parse_date(tanggal),
    )


def iku_from(row: tuple[Any, ...]) -> IkuRecord:
    (_sid, kode, nama, satuan, lo, hi, t1, t2, t3, t4, keterangan, sheet, srow, valid) = row
    return IkuRecord(
        kode,
        nama,
        satuan,
        _make_target(lo, hi),
        (t1, t2, t3, t4),
        keterangan,
        sheet,
        srow,
        valid == 1,
    )


def pegawai_from(row: tuple[Any, ...]) -> PegawaiRecord:
    (_sid, nip, nama, jabatan, golongan, rhk, rp, catatan, sheet, srow, valid, penilai, pred) = row
    return PegawaiRecord(
        nip, nama, jabatan, golongan, rhk, rp, catatan, sheet, srow, valid == 1, penilai, pred
    )


def kompetensi_from(row: tuple[Any, ...]) -> KompetensiRecord:
    (_sid, nip, nama, levels, metode, jp, sheet, srow, valid) = row
    return KompetensiRecord(nip, nama, json.loads(levels), metode, jp, sheet, srow, valid == 1)


def skp_list_from(row: tuple[Any, ...]) -> SkpListRecord:
    (_sid, nip, nama, jabatan, status, akhir, plt, sup, sheet, srow, valid) = row
    return SkpListRecord(
        nip, nama, jabatan, status, parse_date(akhir), plt == 1, sheet, srow, valid == 1, sup == 1
    )


def skp_from(row: tuple[Any, ...]) -> SkpRecord:
    (_sid, nip, nama, kode, lo, hi, bobot, t1, t2, t3, t4, sheet, srow, valid) = row
    return SkpRecord(
        nip,
        nama,
        kode,
        None if lo is None or hi is None else _cached_target(lo, hi),
        bobot,
        (t1, t2, t3, t4),
        sheet,
        srow,
        valid == 1,
    )


def issue_from(row: tuple[Any, ...]) -> Issue:
    (_sid, kode, tingkat, file, sheet, cell, srow, column, nilai, params) = row
    return Issue(
        kode=kode,
        tingkat=tingkat,
        file=file,
        sheet=sheet,
        cell=cell,
        row=srow,
        column=column,
        nilai=nilai,
        params=decode_params(params),
    )
