"""Formula-injection neutraliser shared by every writer (xlsx, csv, markdown).

The rule and its text functions live in :mod:`kinerja_cli.sheettext` (validation's feedback
copies use them too); here the CSV and markdown renderings.
"""

from __future__ import annotations

from typing import Any

from kinerja_cli.sheettext import safe_text


def csv_field(value: Any) -> Any:
    """One CSV field: numbers stay numbers, booleans become ``ya``/``tidak``, None becomes
    empty, text goes through :func:`safe_text`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        return safe_text("; ".join(str(v) for v in value))
    return safe_text(value)


def markdown_cell(value: Any) -> str:
    """Text for one markdown table cell: pipes escaped, line breaks flattened."""
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
