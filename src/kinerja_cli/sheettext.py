"""Text for a spreadsheet cell, shared by every writer and by the marked-up feedback copies
of validation: formula neutralising, Excel's length limit, dates in words.

Names, notes and file names in the recap come from files a dinas sent: untrusted text. A
spreadsheet turns a field that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return followed by one) into a live formula, e.g. ``=HYPERLINK("http://...")`` that leaks data
when clicked. The rule (OWASP "CSV injection"):

- xlsx: such text is written as a *string cell* (xlsxwriter ``write_string``, never ``write``),
  with the cell's "quote prefix" set so Excel keeps it text even when the cell is edited. The
  text itself is kept exactly.
- csv: such a field is prefixed with a single quote ``'`` (the OWASP recommendation), and every
  field is quoted by the csv module where needed; LibreOffice and Excel then show text.
- JSON keeps the exact value (it is data for programs, not opened by spreadsheets); markdown
  and terminal output escape their own markup.

The full-width look-alikes (＝ ＋ － ＠) and text whose first non-blank character is a trigger
are neutralised too: cheap, and some spreadsheet imports trim leading blanks.

A foundation module (it imports only ``domain``), so a validator writes safe cells without
importing ``writers``; :mod:`kinerja_cli.writers.safe` adds the CSV and markdown renderings.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kinerja_cli.domain import BULAN

FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
"""First characters that make a spreadsheet read a field as a formula."""

EXCEL_MAX_TEXT = 32_767
"""Excel's limit on the characters of one cell."""


def looks_like_formula(text: str) -> bool:
    """True when ``text`` would be evaluated as a formula by a spreadsheet."""
    if not text:
        return False
    if text[0] in FORMULA_TRIGGERS:
        return True
    stripped = text.lstrip()
    return stripped != text and stripped[:1] in FORMULA_TRIGGERS


def safe_text(value: Any) -> str:
    """``value`` as text that no spreadsheet evaluates: a leading ``'`` when it looks like a
    formula (the CSV rule). None becomes ``""``."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if looks_like_formula(text) else text


def excel_text(value: Any) -> str:
    """``value`` as text for one xlsx cell: unchanged, but cut to Excel's 32,767 characters.

    Write it with ``write_string`` (never ``write``) and :func:`looks_like_formula` decides the
    quote-prefix format; see :class:`kinerja_cli.writers.xlsx.Book` and
    ``validate/feedback.py``.
    """
    text = "" if value is None else (value if isinstance(value, str) else str(value))
    if len(text) > EXCEL_MAX_TEXT:
        text = text[: EXCEL_MAX_TEXT - 1] + "…"
    return text


MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def tanggal_panjang(day: date, lang: str = "id") -> str:
    """``25 November 2026`` (Indonesian month names; English with ``lang="en"``)."""
    names = MONTHS_EN if lang == "en" else BULAN
    return f"{day.day} {names[day.month - 1]} {day.year}"
