"""The rules across files, written once and used wherever files are judged together:
``kinerja validasi`` (a folder of files) and every command that scores from the store
(``rekap``, ``ringkasan``, ``peringkat``, ``status``).

- Which file of a unit is current (:func:`currency_key`): the later ``Tanggal`` in Identitas
  first (a file without one counts as older than any dated file), then the later time the
  file was received (the ingest time in the store; the file's modification time for
  ``validasi``), then the file name.
- Across the current files of all units (:func:`find_conflicts`, :func:`apply_conflicts`):
  the same NIP in the employees of two units (``nip_di_unit_lain``) and the same NIP as head
  of two units (``kepala_di_unit_lain``) are errors on both sides; the employee rows they
  touch are not scored (``valid = False``) until one file is corrected.

Pure: no I/O, the Submissions passed in are the only state touched.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from kinerja_cli import layout
from kinerja_cli.model import (
    ANCHOR_NIP,
    ANCHOR_NIP_KEPALA,
    ANCHOR_TANGGAL,
    Issue,
    PegawaiRecord,
    Submission,
    make_issue,
)

NIP_IN_TWO_UNITS = "nip_di_unit_lain"
HEAD_OF_TWO_UNITS = "kepala_di_unit_lain"
HEAD_OF_TWO_UNITS_NO_CELL = "kepala_di_unit_lain_tanpa_sel"
"""A head of two units in a file stored before cells were kept, who is not on its own
Pegawai sheet: a warning (no score of that unit depends on the NIP)."""

_NEVER = datetime.min.replace(tzinfo=UTC)


def tanggal_of(sub: Submission) -> date | None:
    """The ``Tanggal`` of the file's Identitas sheet, when given."""
    return sub.identitas.tanggal if sub.identitas else None


def currency_key(
    tanggal: date | None, received: datetime | None, name: str
) -> tuple[date, datetime, str]:
    """The one rule for which file of a unit and year is current: the greatest key wins.

    ``Tanggal`` of Identitas first, then the time the file was received (ingest time in the
    store, modification time for a folder being checked), then its name."""
    if isinstance(tanggal, datetime):
        tanggal = tanggal.date()
    when = received or _NEVER
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (tanggal or date.min, when, name)


def tanggal_place(sub: Submission) -> dict[str, Any]:
    """``sheet``/``cell``/``column`` of the Identitas ``Tanggal`` cell (empty when unknown)."""
    anchor = sub.anchors.get(ANCHOR_TANGGAL)
    if anchor is None:
        return {}
    sheet, cell, label = anchor
    return {"sheet": sheet, "cell": cell, "column": label}


@dataclass(frozen=True, slots=True)
class Conflict:
    """One NIP claimed by the current files of two or more units."""

    kode: str
    """``nip_di_unit_lain`` (Pegawai of two units) or ``kepala_di_unit_lain`` (head of two)."""
    nip: str
    places: tuple[tuple[str, Submission], ...]
    """(unit code, current file) of every unit claiming it, in the order given."""

    def units(self) -> list[str]:
        return [u for u, _ in self.places]


def _valid_nip(nip: str | None) -> bool:
    return bool(nip) and len(nip or "") == 18 and (nip or "").isdigit()


def find_conflicts(current: Sequence[tuple[str, Submission]]) -> list[Conflict]:
    """The NIPs claimed by more than one unit among ``current`` (one current file per unit:
    (unit code, file)), NIPs in ascending order, employees before heads."""
    employees: dict[str, list[tuple[str, Submission]]] = defaultdict(list)
    heads: dict[str, list[tuple[str, Submission]]] = defaultdict(list)
    for unit, sub in current:
        for nip in sorted({p.nip for p in sub.pegawai if _valid_nip(p.nip)}):
            employees[nip].append((unit, sub))
        kepala = sub.identitas.nip_kepala if sub.identitas else None
        if kepala is not None and _valid_nip(kepala):
            heads[kepala].append((unit, sub))
    out: list[Conflict] = []
    for kode, table in ((NIP_IN_TWO_UNITS, employees), (HEAD_OF_TWO_UNITS, heads)):
        for nip in sorted(table):
            places = table[nip]
            if len({u for u, _ in places}) > 1:
                out.append(Conflict(kode, nip, tuple(places)))
    return out


def apply_conflicts(conflicts: Iterable[Conflict]) -> list[Issue]:
    """Add each conflict as an error to every file it concerns (at each cell holding the
    NIP, naming the other files and units) and mark the employee rows of that NIP in those
    files not scorable. Returns the issues added; an issue a file already carries is not
    added twice (so applying the same conflicts again changes nothing)."""
    added: list[Issue] = []
    # per file, built once: its employee rows by NIP and the issues it carries (a scan of
    # every row and issue per conflict was quadratic: two units sharing 20,000 NIPs)
    rows_of: dict[int, dict[str, list[PegawaiRecord]]] = {}
    present_in: dict[int, set[Issue]] = {}
    for conflict in conflicts:
        for unit, sub in conflict.places:
            key = id(sub)
            if key not in rows_of:
                index: dict[str, list[PegawaiRecord]] = defaultdict(list)
                for rec in sub.pegawai:
                    index[rec.nip].append(rec)
                rows_of[key] = index
                present_in[key] = set(sub.issues)
            rows = rows_of[key].get(conflict.nip, [])
            others = "; ".join(f"{s.path} ({u})" for u, s in conflict.places if s is not sub)
            issues = (
                _employee_issues(sub, unit, conflict.nip, others, rows)
                if conflict.kode == NIP_IN_TWO_UNITS
                else _head_issues(sub, unit, conflict.nip, others, rows)
            )
            present = present_in[key]
            for issue in issues:
                if issue not in present:
                    sub.issues.append(issue)
                    present.add(issue)
                    added.append(issue)
            for rec in rows:
                rec.valid = False
    return added


def check_units(current: Sequence[tuple[str, Submission]]) -> list[Issue]:
    """:func:`find_conflicts` then :func:`apply_conflicts` over the current files."""
    return apply_conflicts(find_conflicts(current))


def _employee_issues(
    sub: Submission, unit: str, nip: str, others: str, rows: list[PegawaiRecord]
) -> list[Issue]:
    """At the first of ``rows`` (the file's employee rows of ``nip``; a NIP on several rows
    of one file is ``nip_ganda`` there already, so one issue per file, however many rows)."""
    anchor = sub.anchors.get(ANCHOR_NIP)
    column = anchor[2] if anchor else layout.COL_NIP
    out = []
    for rec in rows[:1]:
        cell = f"{anchor[1]}{rec.row}" if anchor else None
        out.append(
            make_issue(
                NIP_IN_TWO_UNITS,
                sub.path,
                sheet=rec.sheet,
                cell=cell,
                row=rec.row,
                column=column,
                nilai=nip,
                nip=nip,
                unit=unit,
                lain=others,
                sel=cell or f"{column} {rec.row}",
                lembar=rec.sheet,
            )
        )
    return out


_ROW = re.compile(r"(\d+)$")


def _head_issues(
    sub: Submission, unit: str, nip: str, others: str, rows: list[PegawaiRecord]
) -> list[Issue]:
    """At the Identitas ``NIP Kepala Unit`` cell. A file stored before cells were kept has no
    address for it: the error then sits on the head's Pegawai rows, or, when the head is not
    on this unit's Pegawai sheet (no score of this unit depends on it), it is a warning
    without a row, so it never blocks the whole file."""
    params: dict[str, Any] = {"nip": nip, "unit": unit, "lain": others}
    anchor = sub.anchors.get(ANCHOR_NIP_KEPALA)
    if anchor is not None:
        sheet, cell, label = anchor
        found = _ROW.search(cell)
        return [
            make_issue(
                HEAD_OF_TWO_UNITS,
                sub.path,
                sheet=sheet,
                cell=cell,
                row=int(found.group(1)) if found else None,
                column=label,
                nilai=nip,
                **params,
            )
        ]
    if rows:
        return [
            make_issue(
                HEAD_OF_TWO_UNITS,
                sub.path,
                sheet=rec.sheet,
                row=rec.row,
                column=layout.COL_NIP,
                nilai=nip,
                **params,
            )
            for rec in rows
        ]
    return [
        make_issue(
            HEAD_OF_TWO_UNITS_NO_CELL,
            sub.path,
            sheet=layout.SHEET_IDENTITAS,
            column=layout.ID_NIP_KEPALA,
            nilai=nip,
            **params,
        )
    ]
