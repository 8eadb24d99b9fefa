"""Validation: read files into checked :class:`~kinerja_cli.model.Submission` objects, with
every problem as an :class:`~kinerja_cli.model.Issue` at its real cell, plus the checks across
files and the marked-up feedback copy. Issue kodes and what they mean: ``docs/validasi.md``.

Public API::

    validate_file(path, config, *, display_name=None, tahun=None, sandbox=None) -> Submission
    validate_workbook(raw, config, *, tahun=None) -> Submission
    expand_paths(paths, *, skipped=None) -> list[Path]
    validate_paths(paths, config, *, on_progress=None, tahun=None) -> ValidationReport
    write_feedback(submission, source_path, out_dir, *, filename=None, lang="id",
                   readable=None, limits=None) -> Path

Files are read through :mod:`kinerja_cli.safety` (pre-flight, limited worker processes);
``validate_paths`` reads a batch in parallel and validates each file as it arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_cli.lazy import lazy_attributes
from kinerja_cli.validate.files import SUPPORTED_SUFFIXES, Skipped, expand_paths, validate_file
from kinerja_cli.validate.report import ValidationReport, cross_file, validate_paths

if TYPE_CHECKING:
    from kinerja_cli.validate.feedback import feedback_filename, write_feedback
    from kinerja_cli.validate.workbook import validate_workbook

# Imported on first use: ``kinerja validasi`` checks cells in the sandbox workers (which import
# the checks once, in the fork server) and writes feedback copies only when asked.
_LAZY = {
    "feedback_filename": "kinerja_cli.validate.feedback",
    "write_feedback": "kinerja_cli.validate.feedback",
    "write_feedback_copies": "kinerja_cli.validate.feedback",
    "validate_workbook": "kinerja_cli.validate.workbook",
}


__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = [
    "SUPPORTED_SUFFIXES",
    "Skipped",
    "ValidationReport",
    "cross_file",
    "expand_paths",
    "feedback_filename",
    "validate_file",
    "validate_paths",
    "validate_workbook",
    "write_feedback",
    "write_feedback_copies",
]
