"""The look of every workbook kinerja writes, defined once.

Two writers share it: the recap and ranking workbooks (xlsxwriter, :mod:`kinerja_cli.writers.xlsx`)
and the templates and feedback copies (openpyxl, :mod:`kinerja_cli.xlsxbuilder`,
:mod:`kinerja_cli.validate.feedback`). Colours are ``RRGGBB`` as openpyxl takes them;
xlsxwriter gets them through :func:`css`. A colour changed here changes it everywhere.
"""

from __future__ import annotations

from kinerja_cli.domain import PredikatOrganisasi, PredikatPegawai

# ---- colours ----------------------------------------------------------------------------------

HEADER_FILL = "1F4E78"
"""Dark blue of every table header row (white bold text) and of section titles."""
HEADER_FONT = "FFFFFF"
SUBTITLE_FONT = "404040"
HINT_FONT = "595959"
"""Small grey hints above a template's header row."""
LINK_FONT = "0563C1"
INPUT_FILL = "FFF2CC"
"""Light yellow: a template cell the unit fills in (unlocked)."""
LOCKED_FILL = "EDEDED"
"""Light grey: a template cell prefilled by the tool and locked."""
TABLE_BORDER = "BFBFBF"
"""Thin borders of the recap's tables."""
INPUT_BORDER = "A6A6A6"
"""Thin borders of a template's input grid (a little darker: the grid is what people fill)."""

BAD_FILL, BAD_FONT = "FFC7CE", "9C0006"
"""An error: a feedback copy's red cell, a recap value that breaks a rule."""
WARN_FILL, WARN_FONT = "FFEB9C", "9C5700"
"""A warning: a feedback copy's yellow cell."""
GOOD_FILL, GOOD_FONT = "C6EFCE", "006100"

PREDIKAT_COLOURS: dict[str, tuple[str, str]] = {
    PredikatPegawai.SANGAT_BAIK.value: (GOOD_FILL, GOOD_FONT),
    PredikatPegawai.BAIK.value: ("DDEBF7", HEADER_FILL),
    PredikatPegawai.BUTUH_PERBAIKAN.value: (WARN_FILL, WARN_FONT),
    PredikatPegawai.KURANG.value: ("F8CBAD", "833C0B"),
    PredikatPegawai.SANGAT_KURANG.value: (BAD_FILL, BAD_FONT),
    PredikatOrganisasi.ISTIMEWA.value: (GOOD_FILL, GOOD_FONT),
    PredikatOrganisasi.KURANG.value: ("F8CBAD", "833C0B"),
}
"""Background and font colour per predikat word (employee and organisation words)."""

# ---- type -------------------------------------------------------------------------------------

FONT_NAME = "Calibri"
BODY_SIZE = 10
TITLE_SIZE = 14
"""The first line of every title block (recap sheets, templates, feedback copies)."""
SUBTITLE_SIZE = 11
HINT_SIZE = 9
FOOTER_SIZE = 8
"""Page header and footer text."""

# ---- print set-up -----------------------------------------------------------------------------

SIDE_MARGIN = 0.5
"""Left and right page margins (inches), every printed sheet."""
RECAP_TOP_BOTTOM_MARGIN = 0.6
TEMPLATE_TOP_BOTTOM_MARGIN = 0.75
"""Templates keep more room above and below: their header and footer carry two lines."""


def css(colour: str) -> str:
    """``RRGGBB`` as xlsxwriter's ``#RRGGBB``."""
    return f"#{colour}"
