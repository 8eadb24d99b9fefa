"""A small workbook builder over openpyxl that enforces the Excel limits openpyxl does not check.

openpyxl happily writes files that Excel then "repairs" (drops the validation, renames the
sheet) or refuses: list validations longer than 255 characters, sheet titles longer than 31
characters or containing ``[]:*?/\\``, prompts longer than Excel allows, formulas with local
(Indonesian) function names or ``;`` as separator. This module refuses those at write time
with :class:`ExcelLimitError` (a programming error, not a user's mistake) and moves long
dropdown lists to a hidden list sheet behind a defined name, which Excel and LibreOffice both
accept for any length.

It also gives the few styled building blocks our workbooks share: title block, header row,
shaded unlocked input cells, text (``@``) columns, widths, freeze panes, print setup and a
signature block; and it saves deterministically (fixed document dates and zip timestamps), so
the same content gives the same bytes.

openpyxl is imported inside functions so importing this module stays cheap.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.styles import (
    FOOTER_SIZE,
    HEADER_FILL,
    HEADER_FONT,
    HINT_FONT,
    HINT_SIZE,
    INPUT_BORDER as BORDER_COLOUR,
    INPUT_FILL,
    LOCKED_FILL,
    SIDE_MARGIN,
    SUBTITLE_SIZE,
    TEMPLATE_TOP_BOTTOM_MARGIN,
    TITLE_SIZE,
)

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

# ---- Excel limits ------------------------------------------------------------------------------

MAX_SHEET_TITLE = 31
INVALID_TITLE_CHARS = frozenset("[]:*?/\\")
MAX_LIST_CHARS = 255
"""Characters allowed in an inline list validation (the items joined by commas)."""
MAX_FORMULA_CHARS = 8192
MAX_CELL_CHARS = 32767
MAX_PROMPT_TITLE = 32
MAX_PROMPT = 255
MAX_ERROR_TITLE = 32
MAX_ERROR = 225
MAX_HEADER_FOOTER = 255
MAX_NAME_CHARS = 255
MAX_ROWS = 1_048_576
MAX_COLS = 16_384

FUTURE_FUNCTIONS = frozenset(
    {
        "CONCAT",
        "FILTER",
        "IFNA",
        "IFS",
        "LET",
        "MAXIFS",
        "MINIFS",
        "SEQUENCE",
        "SORT",
        "SORTBY",
        "SWITCH",
        "TEXTJOIN",
        "UNIQUE",
        "XLOOKUP",
        "XMATCH",
        "STDEV.S",
        "STDEV.P",
        "RANK.EQ",
        "PERCENTILE.INC",
        "QUARTILE.INC",
        "CEILING.MATH",
        "FLOOR.MATH",
    }
)
"""Functions newer than Excel 2007: a file must spell them ``_xlfn.NAME(``."""

LIST_SHEET_TITLE = "_daftar"
"""Hidden sheet that holds dropdown lists too long (or with commas) for an inline list."""

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# ---- colours (ARGB without alpha) ----------------------------------------------------------------


class ExcelLimitError(ValueError):
    """Something we were about to write breaks a limit of Excel (a bug in the caller)."""


# ---- checks ------------------------------------------------------------------------------------


def check_sheet_title(title: str) -> str:
    """``title`` if Excel accepts it as a sheet name, else :class:`ExcelLimitError`."""
    if not title or not title.strip():
        raise ExcelLimitError("sheet title is empty")
    if len(title) > MAX_SHEET_TITLE:
        raise ExcelLimitError(f"sheet title {title!r} is longer than {MAX_SHEET_TITLE} characters")
    bad = sorted(set(title) & INVALID_TITLE_CHARS)
    if bad:
        raise ExcelLimitError(f"sheet title {title!r} contains {''.join(bad)!r}")
    if title.startswith("'") or title.endswith("'"):
        raise ExcelLimitError(f"sheet title {title!r} starts or ends with an apostrophe")
    if title.strip().lower() == "history":
        raise ExcelLimitError("'History' is reserved by Excel")
    return title


_NAME_RE = re.compile(r"^[A-Za-z_\\][A-Za-z0-9_.\\]*$")
_CELL_LIKE_RE = re.compile(r"^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$")


def check_defined_name(name: str) -> str:
    """``name`` if Excel accepts it as a defined name, else :class:`ExcelLimitError`."""
    if not name or len(name) > MAX_NAME_CHARS or not _NAME_RE.match(name):
        raise ExcelLimitError(f"defined name {name!r} is not a valid Excel name")
    if _CELL_LIKE_RE.match(name):
        raise ExcelLimitError(f"defined name {name!r} looks like a cell reference")
    return name


def check_formula(text: str) -> str:
    """``text`` if it is a formula Excel reads in any language: English function names and
    ``,`` between arguments (``;`` only inside array constants). Raises otherwise.

    Accepts the formula with or without its leading ``=``; returns it unchanged.
    """
    from openpyxl.formula import Tokenizer
    from openpyxl.utils import FORMULAE

    body = text[1:] if text.startswith("=") else text
    if not body.strip():
        raise ExcelLimitError("empty formula")
    if len(body) + 1 > MAX_FORMULA_CHARS:
        raise ExcelLimitError(f"formula longer than {MAX_FORMULA_CHARS} characters")
    try:
        tokens = Tokenizer("=" + body).items
    except Exception as exc:  # openpyxl raises a bare TokenizerError/ValueError
        raise ExcelLimitError(f"formula {text!r} cannot be parsed: {exc}") from exc
    opens: list[str] = []
    for tok in tokens:
        if tok.type == "FUNC" and tok.subtype == "OPEN":
            fname = tok.value[:-1].upper()
            known: Iterable[str] = FORMULAE
            if fname.startswith("_XLFN."):
                fname, known = fname[len("_XLFN.") :], FUTURE_FUNCTIONS
            if fname and fname not in known:
                raise ExcelLimitError(
                    f"formula {text!r} uses {tok.value[:-1]!r}, not an English Excel function"
                )
            opens.append("FUNC")
        elif tok.type in ("PAREN", "ARRAY") and tok.subtype == "OPEN":
            opens.append(tok.type)
        elif tok.subtype == "CLOSE" and tok.type in ("FUNC", "PAREN", "ARRAY"):
            if opens:
                opens.pop()
        elif tok.type == "SEP" and tok.value == ";" and (not opens or opens[-1] != "ARRAY"):
            raise ExcelLimitError(
                f"formula {text!r} separates arguments with ';'; use ',' (English syntax)"
            )
    return text


def _check_len(what: str, text: str | None, limit: int) -> None:
    if text is not None and len(text) > limit:
        raise ExcelLimitError(f"{what} is {len(text)} characters; Excel allows {limit}: {text!r}")


def inline_list(values: Sequence[str]) -> str | None:
    """The inline list formula (``"a,b,c"``) for ``values``, or None when Excel cannot take it
    inline (too long, or an item contains a comma or a double quote)."""
    if any("," in v or '"' in v for v in values):
        return None
    joined = ",".join(values)
    if len(joined) > MAX_LIST_CHARS:
        return None
    return f'"{joined}"'


def _excel_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


# ---- the builder -------------------------------------------------------------------------------


class WorkbookBuilder:
    """An openpyxl workbook plus the rules above. Add sheets with :meth:`add_sheet`."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self.wb: Workbook = Workbook()
        self.wb.remove(self.wb.active)
        self._titles: set[str] = set()
        self._lists: dict[tuple[str, ...], str] = {}
        self._list_sheet: Worksheet | None = None
        self._list_col = 0

    # -- sheets and names --

    def add_sheet(self, title: str) -> SheetBuilder:
        check_sheet_title(title)
        if title.lower() in self._titles:
            raise ExcelLimitError(f"sheet title {title!r} used twice (case-insensitive)")
        self._titles.add(title.lower())
        return SheetBuilder(self, self.wb.create_sheet(title))

    def define_name(self, name: str, sheet_title: str, ref: str) -> None:
        """A workbook-level defined name for ``'sheet'!ref`` (absolute ``$A$1:$A$9``)."""
        from openpyxl.workbook.defined_name import DefinedName

        check_defined_name(name)
        if name in self.wb.defined_names:
            raise ExcelLimitError(f"defined name {name!r} defined twice")
        quoted = "'" + sheet_title.replace("'", "''") + "'"
        self.wb.defined_names[name] = DefinedName(name, attr_text=f"{quoted}!{ref}")

    def list_source(self, values: Sequence[str], name: str) -> str:
        """The ``formula1`` of a list validation offering ``values``.

        Inline (``"a,b,c"``) when Excel allows it; otherwise the values are written once to the
        hidden :data:`LIST_SHEET_TITLE` sheet and the formula is the defined name ``name``
        (``daftar_<name>``). The same values asked for twice share one list.
        """
        from openpyxl.utils import get_column_letter

        values = tuple(str(v) for v in values)
        if not values:
            raise ExcelLimitError("list validation without values")
        for v in values:
            _check_len("list item", v, MAX_CELL_CHARS)
        inline = inline_list(values)
        if inline is not None:
            return inline
        if values in self._lists:
            return self._lists[values]
        if self._list_sheet is None:
            check_sheet_title(LIST_SHEET_TITLE)
            self._titles.add(LIST_SHEET_TITLE.lower())
            self._list_sheet = self.wb.create_sheet(LIST_SHEET_TITLE)
            self._list_sheet.sheet_state = "hidden"
            self._list_sheet.protection.sheet = True
        self._list_col += 1
        col = get_column_letter(self._list_col)
        sheet = self._list_sheet
        head = sheet.cell(row=1, column=self._list_col)
        head.value = name
        head.data_type = "s"
        for i, v in enumerate(values, start=2):
            c = sheet.cell(row=i, column=self._list_col)
            _set_text(c, v)
        defined = "daftar_" + name
        self.define_name(defined, LIST_SHEET_TITLE, f"${col}$2:${col}${len(values) + 1}")
        self._lists[values] = defined
        return defined

    def order_sheets(self, titles: Sequence[str]) -> None:
        """Put sheets in this order (unnamed sheets, such as the list sheet, follow)."""
        by_title = {ws.title: ws for ws in self.wb.worksheets}
        first = [by_title[t] for t in titles if t in by_title]
        rest = [ws for ws in self.wb.worksheets if ws.title not in titles]
        self.wb._sheets = first + rest  # openpyxl has no public reorder API
        self.wb.active = 0

    # -- properties and saving --

    def set_properties(
        self, *, title: str, subject: str = "", creator: str = "kinerja", when: dt.datetime
    ) -> None:
        """Document properties with fixed dates (no save-time stamp), for deterministic files."""
        props = self.wb.properties
        props.title = title
        props.subject = subject
        props.creator = creator
        props.lastModifiedBy = creator
        props.created = when
        props.modified = when

    def save(self, path: str | Path) -> Path:
        """Write the workbook to ``path`` deterministically (see :func:`save_workbook`)."""
        return save_workbook(self.wb, path)


def save_workbook(wb: Workbook, path: str | Path) -> Path:
    """Write any openpyxl workbook to ``path`` with fixed zip timestamps: same content, same
    bytes.

    Unlike ``Workbook.save`` this does not stamp the current time into the document
    properties (set them with :meth:`WorkbookBuilder.set_properties`). Callers wanting
    atomicity pass the temp path of :func:`kinerja_cli.atomic.atomic_path`.
    """
    from openpyxl.writer.excel import ExcelWriter

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    buf.seek(0)
    out = Path(path)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out


def _set_text(cell: Cell, text: str) -> None:
    """Store ``text`` as a string even when it starts with ``=`` (never a live formula)."""
    _check_len("cell text", text, MAX_CELL_CHARS)
    cell.value = text
    cell.data_type = "s"


@dataclass(frozen=True, slots=True)
class DvText:
    """What a data validation says: the input message shown when a cell is selected
    (``prompt_title``, ``prompt``) and the error shown when a value is refused
    (``error_title``, ``error``); each checked against Excel's limits."""

    prompt_title: str | None = None
    prompt: str | None = None
    error_title: str | None = None
    error: str | None = None

    def apply(self, dv: DataValidation) -> None:
        _check_len("validation prompt title", self.prompt_title, MAX_PROMPT_TITLE)
        _check_len("validation prompt", self.prompt, MAX_PROMPT)
        _check_len("validation error title", self.error_title, MAX_ERROR_TITLE)
        _check_len("validation error", self.error, MAX_ERROR)
        if self.prompt:
            dv.showInputMessage = True
            dv.promptTitle = self.prompt_title
            dv.prompt = self.prompt
        if self.error:
            dv.showErrorMessage = True
            dv.errorStyle = "stop"
            dv.errorTitle = self.error_title
            dv.error = self.error


NO_TEXT = DvText()


class SheetBuilder:
    """One worksheet with the styling helpers. ``ws`` is the openpyxl worksheet."""

    def __init__(self, book: WorkbookBuilder, ws: Worksheet) -> None:
        self.book = book
        self.ws = ws
        self._dvs: dict[tuple[Any, ...], DataValidation] = {}

    @property
    def title(self) -> str:
        return str(self.ws.title)

    # -- values --

    def put(
        self,
        row: int,
        col: int,
        value: Any,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        colour: str | None = None,
        wrap: bool = False,
        align: str | None = None,
        valign: str | None = None,
        number_format: str | None = None,
        fill: str | None = None,
        border: bool = False,
        underline: bool = False,
    ) -> Cell:
        """Write one value (strings always as text, never as formulas) with simple styling.

        Only the styling asked for is changed: a cell inside a block styled by
        :meth:`style_cells` keeps its fill, border, protection and alignment."""
        from openpyxl.styles import Alignment, Font, PatternFill

        if not (1 <= row <= MAX_ROWS and 1 <= col <= MAX_COLS):
            raise ExcelLimitError(f"cell ({row}, {col}) is outside the sheet")
        cell: Cell = self.ws.cell(row=row, column=col)
        if isinstance(value, str):
            _set_text(cell, value)
        else:
            cell.value = value
        if bold or italic or size or colour or underline:
            cell.font = Font(
                bold=bold,
                italic=italic,
                size=size or 11,
                color=colour,
                underline="single" if underline else None,
            )
        if wrap or align or valign:
            cur = cell.alignment
            cell.alignment = Alignment(
                wrap_text=wrap or cur.wrap_text,
                horizontal=align or cur.horizontal,
                vertical=valign or cur.vertical,
            )
        if number_format:
            cell.number_format = number_format
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = _thin_border()
        return cell

    def merge(self, row: int, col1: int, col2: int, row2: int | None = None) -> None:
        if col2 > col1 or (row2 or row) > row:
            self.ws.merge_cells(
                start_row=row, start_column=col1, end_row=row2 or row, end_column=col2
            )

    def title_block(self, lines: Sequence[str], *, width_cols: int, first_row: int = 1) -> int:
        """Bold title (first line) and subtitles merged across ``width_cols`` columns; returns
        the next free row."""
        row = first_row
        for i, text in enumerate(lines):
            self.put(
                row,
                1,
                text,
                bold=True,
                size=TITLE_SIZE if i == 0 else SUBTITLE_SIZE,
                valign="center",
            )
            self.merge(row, 1, width_cols)
            self.ws.row_dimensions[row].height = 21 if i == 0 else 16
            row += 1
        return row

    def hint_row(self, row: int, hints: Sequence[str | None]) -> None:
        """Small grey hints above the header row (never in the data area)."""
        for col, text in enumerate(hints, start=1):
            if text:
                self.put(
                    row,
                    col,
                    text,
                    italic=True,
                    size=HINT_SIZE,
                    colour=HINT_FONT,
                    wrap=True,
                    valign="bottom",
                )
        self.ws.row_dimensions[row].height = 26

    def header_row(self, row: int, headers: Sequence[str], *, height: float = 32) -> None:
        """Styled table header: bold white on dark blue, wrapped, bordered, locked."""
        from openpyxl.styles import Alignment, Font, PatternFill

        font = Font(bold=True, color=HEADER_FONT)
        fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
        align = Alignment(horizontal="center", vertical="center", wrap_text=True)
        border = _thin_border()
        for col, text in enumerate(headers, start=1):
            cell = self.put(row, col, text)
            cell.font = font
            cell.fill = fill
            cell.alignment = align
            cell.border = border
        self.ws.row_dimensions[row].height = height

    def style_cells(
        self,
        min_row: int,
        max_row: int,
        cols: Iterable[int],
        *,
        locked: bool = False,
        number_format: str | None = None,
        wrap: bool = False,
    ) -> None:
        """Shade, border and unlock a block of input cells (optionally formatted, e.g.
        ``@``); with ``locked``, grey locked cells instead (prefilled by the tool)."""
        from openpyxl.styles import Alignment, PatternFill, Protection

        fill = LOCKED_FILL if locked else INPUT_FILL
        pfill = PatternFill("solid", start_color=fill, end_color=fill)
        prot = Protection(locked=locked)
        border = _thin_border()
        align = Alignment(vertical="top", wrap_text=wrap)
        cols = list(cols)
        if not cols or max_row < min_row:
            return
        # Style one cell, then copy its style index array to the others: assigning style
        # objects cell by cell makes openpyxl hash them each time (seconds for 10k cells).
        model = self.ws.cell(row=min_row, column=cols[0])
        model.fill = pfill
        model.protection = prot
        model.border = border
        model.alignment = align
        if number_format:
            model.number_format = number_format
        for r in range(min_row, max_row + 1):
            for c in cols:
                cell = self.ws.cell(row=r, column=c)
                if cell is not model:
                    cell._style = copy.copy(model._style)

    def widths(self, widths: dict[int, float] | Sequence[float]) -> None:
        from openpyxl.utils import get_column_letter

        items = widths.items() if isinstance(widths, dict) else enumerate(widths, start=1)
        for col, width in items:
            self.ws.column_dimensions[get_column_letter(col)].width = width

    def freeze(self, row: int, col: int = 1) -> None:
        """Freeze everything above ``row`` and left of ``col``."""
        from openpyxl.utils import get_column_letter

        self.ws.freeze_panes = f"{get_column_letter(col)}{row}"

    # -- data validation --

    def _validation(self, ref: str, says: DvText, **rule: Any) -> None:
        """The validation ``rule`` (openpyxl ``DataValidation`` keywords: type, operator,
        formulas) over ``ref``, saying ``says``. Refs with the same rule, prompt and error share
        one validation (several ranges in its sqref)."""
        from openpyxl.worksheet.datavalidation import DataValidation

        key = (*sorted(rule.items()), says.prompt, says.error)
        dv = self._dvs.get(key)
        if dv is None:
            dv = DataValidation(allow_blank=True, **rule)
            says.apply(dv)
            self.ws.add_data_validation(dv)
            self._dvs[key] = dv
        dv.add(ref)

    def list_validation(
        self, ref: str, values: Sequence[str], *, name: str, says: DvText = NO_TEXT
    ) -> None:
        """A dropdown over ``ref`` (``"D5:D204"``); long lists go to the hidden list sheet."""
        self._validation(ref, says, type="list", formula1=self.book.list_source(values, name))

    def decimal_validation(
        self, ref: str, minimum: float | None, maximum: float | None, says: DvText = NO_TEXT
    ) -> None:
        """A number between the bounds (either may be None: no bound on that side)."""
        if minimum is not None and maximum is not None:
            low, high = _excel_number(minimum), _excel_number(maximum)
            self._validation(
                ref, says, type="decimal", operator="between", formula1=low, formula2=high
            )
        elif minimum is not None:
            low = _excel_number(minimum)
            self._validation(ref, says, type="decimal", operator="greaterThanOrEqual", formula1=low)
        elif maximum is not None:
            high = _excel_number(maximum)
            self._validation(ref, says, type="decimal", operator="lessThanOrEqual", formula1=high)

    def text_length_validation(self, ref: str, length: int, says: DvText = NO_TEXT) -> None:
        """Text of exactly ``length`` characters."""
        self._validation(ref, says, type="textLength", operator="equal", formula1=str(length))

    def date_validation(
        self, ref: str, first: dt.date, last: dt.date, says: DvText = NO_TEXT
    ) -> None:
        """A date from ``first`` to ``last``."""
        f1 = check_formula(f"DATE({first.year},{first.month},{first.day})")
        f2 = check_formula(f"DATE({last.year},{last.month},{last.day})")
        self._validation(ref, says, type="date", operator="between", formula1=f1, formula2=f2)

    def prompt_only(self, ref: str, *, prompt_title: str, prompt: str) -> None:
        """An input message shown when the cell is selected, without restricting the value."""
        self._validation(ref, DvText(prompt_title, prompt))

    # -- protection, printing --

    def protect(self, *, allow_rows: bool = False, allow_filter: bool = False) -> None:
        """Protect the sheet without a password; locked cells cannot be changed.

        ``allow_rows`` lets people insert/delete rows and resize; ``allow_filter`` lets them
        sort and filter (on unlocked ranges)."""
        p = self.ws.protection
        p.sheet = True
        p.formatColumns = False  # column widths may be changed
        p.formatRows = False
        if allow_rows:
            p.insertRows = False
            p.deleteRows = False
        if allow_filter:
            p.autoFilter = False
            p.sort = False

    def print_setup(
        self,
        *,
        title_rows: tuple[int, int] | None = None,
        landscape: bool = True,
        fit_width: bool = True,
        footer: str | None = None,
        header: str | None = None,
    ) -> None:
        """A4, landscape, fit to one page wide, repeated header rows, header/footer text."""
        ws = self.ws
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        if fit_width:
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        if title_rows is not None:
            ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
        ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN
        ws.page_margins.top = ws.page_margins.bottom = TEMPLATE_TOP_BOTTOM_MARGIN
        ws.print_options.horizontalCentered = True
        if footer:
            _check_len("page footer", footer, MAX_HEADER_FOOTER)
            ws.oddFooter.center.text = footer
            ws.oddFooter.center.size = FOOTER_SIZE
        if header:
            _check_len("page header", header, MAX_HEADER_FOOTER)
            ws.oddHeader.center.text = header
            ws.oddHeader.center.size = FOOTER_SIZE

    def signature_block(
        self,
        row: int,
        col: int,
        *,
        place_date: str,
        jabatan: Sequence[str],
        nama: str | None,
        nip: str | None,
        gap_rows: int = 4,
    ) -> int:
        """Place and date, the signer's office, room to sign, name (underlined) and NIP, in one
        column; returns the row after the block. A missing name or NIP is a dotted line."""
        r = row
        self.put(r, col, place_date, align="center")
        r += 1
        for line in jabatan:
            self.put(r, col, line, bold=True, align="center", wrap=True)
            r += 1
        r += gap_rows
        self.put(
            r,
            col,
            nama or "(" + "." * 40 + ")",
            bold=bool(nama),
            underline=bool(nama),
            align="center",
        )
        r += 1
        self.put(r, col, "NIP. " + (nip or "." * 30), align="center")
        return r + 1

    def autofilter(self, ref: str) -> None:
        self.ws.auto_filter.ref = ref


def _thin_border() -> Any:
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color=BORDER_COLOUR)
    return Border(left=side, right=side, top=side, bottom=side)


def header_footer_text(text: str, limit: int = 200) -> str:
    """``text`` safe inside a page header/footer: ``&`` starts a code there (``&P`` page,
    ``&U`` underline...), so it is doubled; too long a text is shortened with an ellipsis."""
    escaped = text.replace("&", "&&")
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    if cut.endswith("&") and not cut.endswith("&&"):
        cut = cut[:-1]
    return cut + "…"


def text_row_height(text: str, chars_per_line: float, line_height: float = 15.0) -> float:
    """A row height that shows ``text`` wrapped in a merged cell about ``chars_per_line`` wide
    (Excel does not auto-fit merged cells)."""
    lines = 0
    for part in text.split("\n"):
        lines += max(1, -(-len(part) // max(1, int(chars_per_line))))
    return max(line_height, lines * line_height)
