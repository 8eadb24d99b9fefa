"""The issues of a validation as data: ``kinerja validasi --format csv|json``."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from kinerja_cli.writers.safe import csv_field

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.validate import ValidationReport

CSV_FIELDS = ("file", "sheet", "cell", "row", "column", "kode", "tingkat", "pesan", "nilai")
"""The columns of the CSV, as product.md names an issue's fields."""


def issues_csv(report: ValidationReport, lang: str = "id") -> str:
    """One issue per row; text that a spreadsheet would run as a formula gets a leading '."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for issue in report.all_issues():
        d = issue.to_dict(lang)
        writer.writerow([csv_field(d[k]) for k in CSV_FIELDS])
    return buf.getvalue()


def issues_json(report: ValidationReport, lang: str, config: Config) -> str:
    """The whole report (files, issues, missing units, skipped files, summary)."""
    return json.dumps(report.to_dict(lang, config), ensure_ascii=False, indent=2)
