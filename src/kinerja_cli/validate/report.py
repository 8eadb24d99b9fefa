"""Checking many files at once: the per-file checks plus the checks across files.

Across files (only files whose unit is a unit of the config):

- two or more files for one unit and year: the current one is chosen by the one rule of
  :func:`kinerja_cli.crossfile.currency_key` (``Tanggal`` of Identitas, then the file's
  modification time); every other one gets a ``berkas_digantikan_tanggal`` (older Tanggal,
  at its Tanggal cell) or ``berkas_digantikan`` warning naming it (identical bytes:
  ``berkas_kembar``);
- the same NIP in the Pegawai sheets of two units, or as head of two units (current files
  only): ``nip_di_unit_lain`` / ``kepala_di_unit_lain`` errors on both sides
  (:func:`kinerja_cli.crossfile.check_units`, the same rule the store's scoring applies);
- units of the config with no file for the year: listed in :attr:`ValidationReport.missing_units`
  (not an issue: a missing file has no cell to point at).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.config import Config
from kinerja_cli.crossfile import check_units, currency_key, tanggal_of, tanggal_place
from kinerja_cli.model import SCORED_SOURCES, Issue, Submission, make_issue
from kinerja_cli.validate.files import Skipped, expand_paths

if TYPE_CHECKING:  # the cell checks run in the sandbox workers: not imported here
    from kinerja_cli.validate.workbook import NipCells

ProgressFn = Callable[[int, int, str], None]
"""``on_progress(done, total, path)``: called after each file."""

STATUS_OK = "ok"
STATUS_WARNING = "warning"
STATUS_ERROR = "error"
STATUS_UNREADABLE = "unreadable"


@dataclass(slots=True)
class ValidationReport:
    """Everything ``kinerja validasi`` reports for a set of files."""

    tahun: int
    submissions: list[Submission] = field(default_factory=list)
    """One per file checked, in the order checked; cross-file issues are in their issues."""
    unreadable: set[str] = field(default_factory=set)
    """Display names of the files that could not be read at all."""
    skipped: list[Skipped] = field(default_factory=list)
    missing_units: list[str] = field(default_factory=list)
    """Codes of the config's units with no file for the year (config order)."""
    superseded: dict[str, str] = field(default_factory=dict)
    """Older file -> the newer file of the same unit and year that replaces it."""
    cross_issues: list[Issue] = field(default_factory=list)
    """The issues found across files (each also in its submission's issues)."""

    @property
    def error_count(self) -> int:
        return sum(s.error_count for s in self.submissions)

    @property
    def warning_count(self) -> int:
        return sum(s.warning_count for s in self.submissions)

    @property
    def score_changing_warning_count(self) -> int:
        """Warnings whose outcome can change a score (:mod:`kinerja_cli.messages.effects`)."""
        return sum(1 for i in self.all_issues() if not i.is_error and i.changes_score)

    @property
    def readable_count(self) -> int:
        return sum(1 for s in self.submissions if s.path not in self.unreadable)

    def all_issues(self) -> Iterator[Issue]:
        """Every issue, file by file, in the order found."""
        for sub in self.submissions:
            yield from sub.issues

    def status(self, sub: Submission) -> str:
        if sub.path in self.unreadable:
            return STATUS_UNREADABLE
        if sub.error_count:
            return STATUS_ERROR
        return STATUS_WARNING if sub.warning_count else STATUS_OK

    def to_dict(self, lang: str = "id", config: Config | None = None) -> dict[str, Any]:
        """The public JSON shape of ``kinerja validasi --format json`` (see docs/validasi.md)."""
        from kinerja_cli.messages import render

        names = {u.kode: u.nama for u in config.unit} if config else {}
        return {
            "tahun": self.tahun,
            "files": [
                {
                    "file": s.path,
                    "format": s.format,
                    "sha256": s.sha256,
                    "size": s.size,
                    "unit": s.kode_unit,
                    "tahun": s.tahun,
                    "errors": s.error_count,
                    "warnings": s.warning_count,
                    "status": self.status(s),
                    "scorable": s.path not in self.unreadable and s.structural_ok,
                    "superseded_by": self.superseded.get(s.path),
                }
                for s in self.submissions
            ],
            "issues": [
                {**i.to_dict(lang), "mengubah_nilai": i.changes_score} for i in self.all_issues()
            ],
            "missing_units": [{"kode": k, "nama": names.get(k)} for k in self.missing_units],
            "skipped": [
                {
                    "path": str(s.path),
                    "kode": s.kode,
                    "pesan": render(s.kode, lang, path=str(s.path)),
                }
                for s in self.skipped
            ],
            "summary": {
                "files": len(self.submissions),
                "errors": self.error_count,
                "warnings": self.warning_count,
                "score_changing_warnings": self.score_changing_warning_count,
            },
        }


def validate_paths(
    paths: Iterable[str | Path],
    config: Config,
    *,
    on_progress: ProgressFn | None = None,
    tahun: int | None = None,
    skp_records: bool = True,
    periode: str | None = None,
    hari_ini: date | None = None,
) -> ValidationReport:
    """Check every file of ``paths`` (files and folders), then across files.

    Raises :class:`~kinerja_cli.errors.InputError` only when a path does not exist.
    ``skp_records=False``: the submissions come back without their SKP records (the issues
    are the same); ``kinerja validasi`` needs only the issues. ``periode`` (``TW1``..``TW4``,
    ``tahunan``): also report the rows that period cannot score because a quarter it needs
    is blank (:mod:`kinerja_cli.scoring.gaps`, the rule ``rekap`` applies); this keeps the
    SKP records. ``hari_ini``: the date an e-Kinerja pull date may not be after (the
    command's ``--tanggal`` or today; None: not checked).
    """
    if periode is not None:
        skp_records = True
    from kinerja_cli.validate.batch import iter_validate

    year = tahun or config.tahun
    report = ValidationReport(tahun=year)
    files = expand_paths(paths, skipped=report.skipped)
    # Files are read AND validated in parallel by limited worker processes (one per core),
    # in input order; only a few checked files wait in memory at any time.
    checked_files = iter_validate(
        files, config, tahun=year, skp_records=skp_records, hari_ini=hari_ini
    )
    for i, checked in enumerate(checked_files, start=1):
        sub = checked.submission
        if checked.cells is None:
            report.unreadable.add(sub.path)
        report.submissions.append(sub)
        if on_progress is not None:
            on_progress(i, len(files), str(checked.path))
    cross_file(report, config)
    if periode is not None:
        from kinerja_cli.scoring.capaian import parse_periode
        from kinerja_cli.scoring.gaps import reporting_gaps

        p = parse_periode(periode)
        for sub in _readable(report):
            sub.issues.extend(reporting_gaps(sub, config, p.quarters, p.value))
    return report


def _readable(report: ValidationReport) -> list[Submission]:
    return [s for s in report.submissions if s.path not in report.unreadable]


def cross_file(
    report: ValidationReport, config: Config, cells: dict[int, NipCells] | None = None
) -> None:
    """Add the across-file issues to ``report`` (and to the submissions they concern).

    The rules are :mod:`kinerja_cli.crossfile` (the same ones the store's scoring applies);
    ``cells`` is accepted for compatibility and no longer needed (each Submission carries
    its NIP column in ``anchors``)."""
    del cells
    groups: dict[tuple[str, int | None, str], list[Submission]] = defaultdict(list)
    for sub in _readable(report):
        unit = config.unit_by_code(sub.kode_unit) if sub.kode_unit else None
        if unit is not None:
            groups[(unit.kode, sub.tahun, sub.sumber)].append(sub)

    def add(sub: Submission, issue: Issue) -> None:
        sub.issues.append(issue)
        report.cross_issues.append(issue)

    newest_of: dict[tuple[str, str], Submission] = {}
    for (unit_kode, year, sumber), subs in groups.items():
        if year not in (report.tahun, None):
            continue  # a file of another year: already an error of its own
        # As in the store: a file with a structural error never replaces a usable one.
        pool = [s for s in subs if s.structural_ok] or subs
        ordered = sorted(pool, key=lambda s: currency_key(tanggal_of(s), s.mtime, s.path))
        newest = ordered[-1]
        newest_of[(unit_kode, sumber)] = newest
        for old in ordered[:-1]:
            report.superseded[old.path] = newest.path
            if old.sha256 and old.sha256 == newest.sha256:
                add(
                    old,
                    make_issue("berkas_kembar", old.path, berkas_baru=newest.path, unit=unit_kode),
                )
                continue
            by_date = (tanggal_of(old) or date.min) < (tanggal_of(newest) or date.min)
            add(
                old,
                make_issue(
                    "berkas_digantikan_tanggal" if by_date else "berkas_digantikan",
                    old.path,
                    **tanggal_place(old),
                    berkas_baru=newest.path,
                    unit=unit_kode,
                    tanggal_lama=_when(old, by_date),
                    tanggal_baru=_when(newest, by_date),
                ),
            )

    # The same NIP in two units, or as head of two units (the files each unit is scored from).
    current: list[tuple[str, Submission]] = []
    for u in config.unit:
        scored = [newest_of[(u.kode, s)] for s in SCORED_SOURCES if (u.kode, s) in newest_of]
        if scored:
            current.append((u.kode, scored[0]))
    report.cross_issues.extend(check_units(current))

    submitted = {k for k, _ in newest_of}
    report.missing_units = [u.kode for u in config.unit if u.kode not in submitted]


def _when(sub: Submission, by_date: bool) -> str:
    if by_date:
        tanggal = tanggal_of(sub)
        return tanggal.isoformat() if tanggal else "-"
    return sub.mtime.astimezone().strftime("%Y-%m-%d %H:%M") if sub.mtime else "-"
