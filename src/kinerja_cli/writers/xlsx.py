"""A small builder over xlsxwriter for the project's printed workbooks (recap, ranked lists).

It owns what every sheet shares: the formats, typed table writing in one pass (text always as
string cells, see :mod:`kinerja_cli.writers.safe`), the title block, widths, frozen header,
autofilter, conditional colours by predikat, A4/F4 landscape print setup and the signature
block. Workbooks are written in xlsxwriter's ``constant_memory`` mode (rows in order, flat
memory) to a temp file handed out by :func:`kinerja_cli.atomic.atomic_path`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli import styles
from kinerja_cli.errors import UsageError
from kinerja_cli.messages import render
from kinerja_cli.sheettext import (
    EXCEL_MAX_TEXT,
    FORMULA_TRIGGERS,
    excel_text,
    looks_like_formula,
    tanggal_panjang,
)
from kinerja_cli.styles import css

if TYPE_CHECKING:
    from kinerja_cli.config import Config

PAPER = {"A4": 9, "F4": 14}
"""xlsxwriter paper codes: A4, and Folio 8.5 x 13 in (216 x 330 mm), Excel's nearest to F4."""

PREDIKAT_COLOURS = {word: (css(bg), css(fg)) for word, (bg, fg) in styles.PREDIKAT_COLOURS.items()}
"""Background and font colour per predikat word, as xlsxwriter takes them."""

WIDTH_SAMPLE_ROWS = 2_000
CHARS_PER_WIDTH = 1.2
"""Characters of 10 pt text that fit in one unit of Excel column width (estimate)."""
LINE_HEIGHT = 12.75
"""Points per line of 10 pt text."""
"""Column widths are fitted to the header and the first rows (not every row: speed)."""


@dataclass(frozen=True, slots=True)
class Col:
    """One table column: header text, cell kind and width bounds.

    Kinds: ``text`` (string cell), ``num`` (rounded number, ``0.00``), ``int`` (``0``),
    ``pct`` (``0.00`` percent points).
    """

    header: str
    kind: str = "text"
    min_width: float = 6
    max_width: float = 50
    wrap: bool = False
    """Long text (reasons, messages): wrapped inside ``max_width``; rows grow to fit."""


class Book:
    """One xlsxwriter workbook written to ``path`` (a temp path from ``atomic_path``)."""

    def __init__(
        self,
        path: str | Path,
        *,
        kertas: str = "A4",
        instansi: str = "",
        judul: str = "",
        lang: str = "id",
    ) -> None:
        import xlsxwriter

        if kertas not in PAPER:
            raise UsageError(
                "keluaran_kertas_tidak_dikenal", kertas=kertas, pilihan=", ".join(PAPER)
            )
        self.paper = PAPER[kertas]
        self.instansi = instansi
        self.lang = lang
        self.wb = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                # belt and braces: text is always written with write_string anyway
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.wb.set_properties({"title": judul, "company": instansi, "author": "kinerja"})
        from kinerja_cli.layout import OUTPUT_PROPERTY

        self.wb.set_custom_property(OUTPUT_PROPERTY, "ya")
        self._add_formats()

    def _add_formats(self) -> None:
        """The cell formats every sheet shares (the look of :mod:`kinerja_cli.styles`)."""
        base = {"font_name": styles.FONT_NAME, "font_size": styles.BODY_SIZE, "valign": "top"}
        cell = {**base, "border": 1, "border_color": css(styles.TABLE_BORDER)}
        add = self.wb.add_format
        self.f_title = add({**base, "bold": True, "font_size": styles.TITLE_SIZE})
        self.f_subtitle = add({**base, "italic": True, "font_color": css(styles.SUBTITLE_FONT)})
        self.f_header = add(
            {
                **base,
                "bold": True,
                "font_color": css(styles.HEADER_FONT),
                "bg_color": css(styles.HEADER_FILL),
                "border": 1,
                "border_color": css(styles.HEADER_FONT),
                "text_wrap": True,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.f_label = add({**base, "bold": True})
        self.f_value = add({**base, "align": "left"})
        self.f_value_num = add({**base, "num_format": "0.00", "align": "left"})
        self.f_value_int = add({**base, "num_format": "0", "align": "left"})
        self.f_section = add(
            {
                **base,
                "bold": True,
                "font_size": styles.SUBTITLE_SIZE,
                "font_color": css(styles.HEADER_FILL),
                "bottom": 2,
                "bottom_color": css(styles.HEADER_FILL),
            }
        )
        self.f_sign = add({**base, "align": "center"})
        self.f_sign_name = add({**base, "align": "center", "bold": True, "underline": 1})
        self.f_kind = {
            "text": add({**cell, "num_format": "@", "text_wrap": False}),
            "num": add({**cell, "num_format": "0.00"}),
            "pct": add({**cell, "num_format": "0.00"}),
            "int": add({**cell, "num_format": "0"}),
        }
        self.f_wrap = add({**cell, "num_format": "@", "text_wrap": True})
        # Same look plus Excel's quote prefix: the cell stays text even when edited.
        self.f_text_quoted = add({**cell, "num_format": "@", "quote_prefix": True})
        self.f_wrap_quoted = add(
            {**cell, "num_format": "@", "quote_prefix": True, "text_wrap": True}
        )
        self.f_label_quoted = add({**base, "bold": True, "quote_prefix": True})
        self.f_value_quoted = add({**base, "align": "left", "quote_prefix": True})
        self._cf = {
            word: add({"bg_color": bg, "font_color": fg})
            for word, (bg, fg) in PREDIKAT_COLOURS.items()
        }
        self.f_bad = add({"bg_color": css(styles.BAD_FILL), "font_color": css(styles.BAD_FONT)})
        self.f_warn = add({"bg_color": css(styles.WARN_FILL), "font_color": css(styles.WARN_FONT)})
        self.f_good = add({"bg_color": css(styles.GOOD_FILL), "font_color": css(styles.GOOD_FONT)})

    # ---- sheets ------------------------------------------------------------------------------

    def sheet(self, name: str, *, portrait: bool = False) -> Any:
        """A new worksheet with the print setup every printed sheet shares."""
        from kinerja_cli.writers.fastsheet import worksheet_class

        fast = worksheet_class()
        ws = (
            self.wb.add_worksheet(name[:31], worksheet_class=fast)
            if fast is not None
            else self.wb.add_worksheet(name[:31])
        )
        ws.set_paper(self.paper)
        if portrait:
            ws.set_portrait()
        else:
            ws.set_landscape()
        ws.set_margins(
            left=styles.SIDE_MARGIN,
            right=styles.SIDE_MARGIN,
            top=styles.RECAP_TOP_BOTTOM_MARGIN,
            bottom=styles.RECAP_TOP_BOTTOM_MARGIN,
        )
        ws.fit_to_pages(1, 0)  # fit to width, as many pages tall as needed
        ws.center_horizontally()
        footer_left = self.instansi.replace("&", "&&")
        page = render("keluaran_kaki_halaman", self.lang)  # with Excel's &P (page) and &N (pages)
        size = styles.FOOTER_SIZE
        ws.set_footer(f"&L&{size}{footer_left}&R&{size}{page}")
        return ws

    def text(self, ws: Any, row: int, col: int, value: Any, fmt: Any = None) -> None:
        """Write ``value`` as a string cell (never a formula); blank for None."""
        if value is None:
            if fmt is not None:
                ws.write_blank(row, col, None, fmt)
            return
        text = excel_text(value)
        if looks_like_formula(text):
            fmt = {self.f_label: self.f_label_quoted, self.f_value: self.f_value_quoted}.get(
                fmt, self.f_text_quoted
            )
        ws.write_string(row, col, text, fmt)

    def title_block(self, ws: Any, title: str, subtitle: str) -> int:
        """Title and subtitle in rows 0-1; returns the next free row (a blank row between)."""
        self.text(ws, 0, 0, title, self.f_title)
        self.text(ws, 1, 0, subtitle, self.f_subtitle)
        return 3

    def table(
        self,
        ws: Any,
        first_row: int,
        cols: Sequence[Col],
        rows: Iterable[Sequence[Any]],
        *,
        autofilter: bool = True,
        freeze: bool = True,
        first_col: int = 0,
    ) -> int:
        """Header at ``first_row``, then one row per item of ``rows`` (values in ``cols``
        order); returns the last data row written (``first_row`` when empty).

        Widths fit the header and a sample of values; the header is frozen, filtered and
        repeated on every printed page.
        """
        widths = self._header(ws, first_row, cols, first_col)
        kinds = [c.kind for c in cols]
        fmts = [
            self.f_wrap if c.wrap else self.f_kind.get(c.kind, self.f_kind["text"]) for c in cols
        ]
        quoted = [self.f_wrap_quoted if c.wrap else self.f_text_quoted for c in cols]
        write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
        # Wrapped columns keep their full width and each row gets the height its text needs
        # (LibreOffice does not grow rows of a loaded xlsx by itself).
        wrapped = [(j, c.max_width * CHARS_PER_WIDTH) for j, c in enumerate(cols) if c.wrap]
        for j, c in enumerate(cols):
            if c.wrap:
                widths[j] = c.max_width
        put_row = getattr(ws, "put_row", None)
        from kinerja_cli.writers.fastsheet import simple_text

        r = first_row
        for r, values in enumerate(rows, start=first_row + 1):
            sample = r - first_row <= WIDTH_SAMPLE_ROWS
            if wrapped:
                lines = max(_line_count(values[j], per_line) for j, per_line in wrapped)
                if lines > 1:
                    ws.set_row(r, LINE_HEIGHT * lines + 2)
            if put_row is not None:
                # The whole row rendered at once (same bytes), when every cell is plain.
                cells = _plain_cells(values, kinds, fmts, simple_text)
                if cells is not None and put_row(r, first_col, cells):
                    if sample:
                        _widen(widths, cols, cells)
                    continue
            for j, value in enumerate(values):
                cx = first_col + j
                if value is None:
                    write_blank(r, cx, None, fmts[j])
                    continue
                if kinds[j] == "text":
                    text = (
                        value
                        if value.__class__ is str and len(value) <= EXCEL_MAX_TEXT
                        else excel_text(value)
                    )
                    first = text[:1]
                    risky = first in FORMULA_TRIGGERS or (
                        first.isspace() and looks_like_formula(text)
                    )
                    write_string(r, cx, text, quoted[j] if risky else fmts[j])
                    if sample:
                        widths[j] = max(widths[j], min(cols[j].max_width, len(text) + 1))
                else:
                    write_number(r, cx, value, fmts[j])
                    if sample:
                        widths[j] = max(widths[j], min(cols[j].max_width, len(f"{value:.2f}") + 1))
        for j, width in enumerate(widths):
            ws.set_column(first_col + j, first_col + j, width)
        if freeze:
            ws.freeze_panes(first_row + 1, 0)
            ws.repeat_rows(first_row)
        if autofilter:
            ws.autofilter(first_row, first_col, max(r, first_row), first_col + len(cols) - 1)
        return r

    def _header(self, ws: Any, row: int, cols: Sequence[Col], first_col: int) -> list[float]:
        """The header row of a table; returns the columns' widths fitted to it so far."""
        widths = [
            max(
                c.min_width,
                9 if c.kind != "text" else 0,
                min(c.max_width, max(_longest_word(c.header), len(c.header) / 2) + 2),
            )
            for c in cols
        ]
        ws.set_row(row, 30)
        for j, c in enumerate(cols):
            self.text(ws, row, first_col + j, c.header, self.f_header)
        return widths

    def colour_predikat(
        self, ws: Any, first_row: int, last_row: int, col: int, words: Iterable[str]
    ) -> None:
        """Conditional colours on one column for each predikat word in ``words``."""
        for word in words:
            fmt = self._cf.get(word)
            if fmt is not None:
                self.colour_equals(ws, first_row, last_row, col, word, fmt)

    def colour_equals(
        self, ws: Any, first_row: int, last_row: int, col: int, word: str, fmt: Any
    ) -> None:
        """``fmt`` on the cells of one column (rows ``first_row``..``last_row``) equal to
        ``word``; nothing when the range is empty."""
        if last_row >= first_row:
            ws.conditional_format(
                first_row,
                col,
                last_row,
                col,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": _formula_string(word),
                    "format": fmt,
                },
            )

    def signature(self, ws: Any, row: int, col: int, span: int, lines: SignatureLines) -> int:
        """The signature block from ``row`` over ``span`` columns from ``col``; returns the
        last row used. Rows: place and date, position, 3 blank rows, name, NIP."""

        def put(r: int, text: str | None, fmt: Any) -> None:
            if span > 1:
                ws.merge_range(r, col, r, col + span - 1, "", fmt)
            self.text(ws, r, col, text or "", fmt)

        put(row, lines.tempat_tanggal, self.f_sign)
        put(row + 1, lines.jabatan, self.f_sign)
        put(row + 5, lines.nama or "(" + "." * 40 + ")", self.f_sign_name)
        put(row + 6, lines.nip_line, self.f_sign)
        return row + 6

    def close(self) -> None:
        from xlsxwriter.exceptions import XlsxWriterException

        from kinerja_cli.safety.paths import write_error

        try:
            self.wb.close()
        except (OSError, XlsxWriterException) as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else exc
            if isinstance(cause, OSError):  # disk full, no permission: in the user's language
                raise write_error(str(self.wb.filename), cause) from exc
            raise UsageError("gagal_menulis", path=str(self.wb.filename), detail=str(exc)) from exc


@dataclass(frozen=True, slots=True)
class SignatureLines:
    tempat_tanggal: str
    jabatan: str
    nama: str | None
    nip_line: str | None


def format_nip(nip: str | None) -> str | None:
    """An 18-digit NIP in the printed grouping ``19700315 200003 1 002``; others unchanged."""
    if nip and len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


def signature_lines(config: Config, tanggal: date, lang: str = "id") -> SignatureLines:
    """The signature block text from ``config.tempat`` and ``config.penandatangan``."""
    day = tanggal_panjang(tanggal, lang)
    place = f"{config.tempat}, {day}" if getattr(config, "tempat", None) else day
    p = config.penandatangan
    nip = format_nip(p.nip)
    return SignatureLines(
        tempat_tanggal=place,
        jabatan=p.jabatan,
        nama=p.nama,
        nip_line=f"NIP. {nip}" if nip else None,
    )


def _plain_cells(
    values: Sequence[Any], kinds: list[str], fmts: list[Any], simple_text: Any
) -> list[tuple[str, Any, Any]] | None:
    """The row as ``(kind, value, format)`` cells for ``FastWorksheet.put_row``, or None when
    a cell needs the cell-by-cell path (a text to escape, quote or cut, a non-finite or
    non-plain number)."""
    cells: list[tuple[str, Any, Any]] = []
    for j, value in enumerate(values):
        if value is None:
            cells.append(("b", None, fmts[j]))
        elif kinds[j] == "text":
            if (
                value.__class__ is not str
                or len(value) > EXCEL_MAX_TEXT // 2
                or value[:1] in FORMULA_TRIGGERS
                or not simple_text(value)
            ):
                return None
            cells.append(("s", value, fmts[j]))
        else:
            kind = value.__class__
            if (kind is not float and kind is not int) or value - value != 0:
                return None
            cells.append(("n", value, fmts[j]))
    return cells


def _widen(widths: list[float], cols: Sequence[Col], cells: Sequence[tuple[str, Any, Any]]) -> None:
    """Fit ``widths`` to one row written whole (text and numbers; a blank changes nothing)."""
    for j, (kind, value, _fmt) in enumerate(cells):
        if kind == "s":
            widths[j] = max(widths[j], min(cols[j].max_width, len(value) + 1))
        elif kind == "n":
            widths[j] = max(widths[j], min(cols[j].max_width, len(f"{value:.2f}") + 1))


def _formula_string(text: str) -> str:
    """``text`` as a string literal inside an Excel formula (conditional-format value)."""
    return '"' + text.replace('"', '""') + '"'


def _line_count(value: Any, per_line: float) -> int:
    """Lines ``value`` takes when wrapped at ``per_line`` characters (estimate, >= 1)."""
    if not value:
        return 1
    text = str(value)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)
