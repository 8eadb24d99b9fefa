"""The marked-up copy a BKD officer sends back to a dinas (``--umpan-balik DIR``).

A NEW workbook ``<stem>-UMPAN-BALIK.xlsx``, never the input itself:

- .xlsx/.xlsm: the file loaded with openpyxl (``keep_vba=False``: macros are dropped, the copy
  is a plain .xlsx), so the dinas sees its own sheets and formatting;
- .xls/.ods/.csv (or an .xlsx openpyxl cannot open): an .xlsx holding the cell values the
  reader saw, sheet by sheet, at the same addresses;
- an unreadable file: only the list of problems.

Every problem cell is filled red (error) or yellow (warning) and carries a comment with the
message(s); a first sheet "Umpan Balik" lists every problem with a link to its cell. A hidden
last sheet marks the file as our copy, with a digest of its data cells
(:mod:`kinerja_cli.validate.copies`): an unchanged copy put back into a folder is skipped, an
edited one is read as the unit's submission.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli import styles
from kinerja_cli.atomic import atomic_path
from kinerja_cli.containers import OPENXML
from kinerja_cli.messages import render
from kinerja_cli.model import Issue, Submission
from kinerja_cli.validate.copies import FEEDBACK_SHEET, MARKER_SHEET, data_digest, marker_rows
from kinerja_cli.xlsxbuilder import text_row_height

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from kinerja_cli.config import Config, Keamanan
    from kinerja_cli.safety import Limits
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.validate.report import ValidationReport

__all__ = [
    "FEEDBACK_SHEET",
    "build_feedback",
    "feedback_filename",
    "write_feedback",
    "write_feedback_copies",
]

WIDTHS = (6, 13, 14, 9, 7, 22, 26, 90, 28)


FEEDBACK_SUFFIX = "-UMPAN-BALIK.xlsx"
"""The name ``kinerja validasi --umpan-balik`` gives its copies (they are recognised by
content, not by this name: :mod:`kinerja_cli.validate.copies`)."""


def feedback_filename(source_path: str | Path, *, unique_key: str | None = None) -> str:
    """``<stem>-UMPAN-BALIK.xlsx`` for an input file. The input's name is data: a stem that is
    not a safe file name as it is, or too long for the suffix to fit in 255 bytes, becomes a
    slug plus a short hash (:func:`kinerja_cli.safety.paths.safe_file_name`); ``unique_key``
    (e.g. the full input path) asks for a hash of it, to tell apart inputs that share a name."""
    from kinerja_cli.safety.paths import safe_file_name

    return safe_file_name(
        Path(source_path).name,
        suffix=FEEDBACK_SUFFIX,
        hashed=unique_key is not None,
        hash_of=unique_key,
    )


def _is_read_failure(sub: Submission) -> bool:
    """True for the Submission of a file the reader refused (nothing was read from it)."""
    from kinerja_cli.messages import validation

    if sub.identitas or sub.meta or sub.pegawai or sub.skp or sub.iku:
        return False
    return any(
        i.is_error and i.sheet is None and i.row is None and i.kode not in validation.MESSAGES
        for i in sub.issues
    )


def _text_cell(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    """Write ``value``; text is always text, never a formula (see sheettext). Control
    characters xlsx cannot hold (a file name may carry them) are written as visible escapes."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from kinerja_cli.sheettext import excel_text, looks_like_formula

    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", excel_text(value))
        cell.value = value
        if looks_like_formula(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def _load_original(source: Path, fmt: str, limits: Limits) -> tuple[Workbook | None, bool]:
    """(workbook, is_data_copy). None when the file cannot be opened at all.

    Runs inside a limited worker (see :func:`write_feedback`): the reader is called directly."""
    from openpyxl import Workbook, load_workbook

    from kinerja_cli.errors import InputError
    from kinerja_cli.safety import check_file, read_checked

    try:
        check_file(source, limits)  # the file may have changed since it was validated
    except InputError:
        return None, True
    if fmt in OPENXML:
        try:
            return load_workbook(source, keep_vba=False, keep_links=False), False
        except (
            OSError,
            KeyError,
            ValueError,
            TypeError,
            IndexError,
            AttributeError,
            zipfile.BadZipFile,
            SyntaxError,
        ):
            pass  # e.g. a part openpyxl does not understand: fall back to the values
    try:
        raw = read_checked(str(source), str(source), limits)
    except InputError:
        return None, True
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for name, sheet in raw.sheets.items():
        ws = wb.create_sheet(title=name[:31])
        if sheet.hidden:
            ws.sheet_state = "hidden"
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    _text_cell(ws, r, c, value)
    return wb, True


def _level_words(lang: str) -> dict[str, str]:
    return {t: render(f"tingkat_{t}", lang).upper() for t in ("error", "warning")}


def _target_cell(ws: Worksheet, ref: str) -> Any:
    """The cell to mark: the top-left cell when ``ref`` lies inside a merged range."""
    for rng in ws.merged_cells.ranges:
        if ref in rng:
            return ws.cell(row=rng.min_row, column=rng.min_col)
    return ws[ref]


def _mark(wb: Workbook, issues: list[Issue], lang: str) -> None:
    from openpyxl.comments import Comment

    by_cell: dict[tuple[str, str], list[Issue]] = defaultdict(list)
    for issue in issues:
        if issue.sheet and issue.cell and issue.sheet in wb.sheetnames:
            by_cell[(issue.sheet, issue.cell)].append(issue)
    words = _level_words(lang)
    for (sheet, ref), found in by_cell.items():
        ws = wb[sheet]
        try:
            cell = _target_cell(ws, ref)
        except (ValueError, KeyError):
            continue
        cell.fill = _solid(styles.BAD_FILL if any(i.is_error for i in found) else styles.WARN_FILL)
        text = "\n\n".join(f"[{words[i.tingkat]}] {i.pesan(lang)}" for i in found)
        if cell.comment is not None and cell.comment.text:
            text = f"{text}\n\n---\n{cell.comment.text}"
        comment = Comment(text[:30000], "kinerja")
        comment.width = 360
        comment.height = min(60 + 18 * (len(text) // 45 + text.count("\n")), 900)
        cell.comment = comment


def _long_date(day: date, lang: str) -> str:
    from kinerja_cli.sheettext import tanggal_panjang

    return tanggal_panjang(day, lang)


def _solid(color: str) -> Any:
    """A solid fill of ``color``."""
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=color, end_color=color)


def _summary_sheet(
    wb: Workbook, sub: Submission, lang: str, data_copy: bool, tanggal: date
) -> None:
    """The problem list, as the first and selected sheet: the file's name, the counts, the
    date, then one row per issue (a link to its cell when that sheet is in the copy)."""
    from openpyxl.styles import Alignment

    if FEEDBACK_SHEET in wb.sheetnames:
        wb.remove(wb[FEEDBACK_SHEET])
    ws = wb.create_sheet(FEEDBACK_SHEET, 0)
    for other in wb.worksheets:
        other.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wb.active = 0
    _summary_head(ws, sub, lang, data_copy, tanggal)
    header_row = 6
    columns = _summary_columns(ws, header_row, lang)
    words = _level_words(lang)
    wrap = Alignment(wrap_text=True, vertical="top")
    for n, issue in enumerate(sub.issues, start=1):
        _issue_row(ws, header_row + n, n, issue, words[issue.tingkat], lang, wrap)
        if issue.sheet and issue.cell and issue.sheet in wb.sheetnames:
            _link(ws.cell(row=header_row + n, column=4), issue.sheet, issue.cell)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if sub.issues:
        last = f"{ws.cell(row=header_row, column=columns).column_letter}"
        ws.auto_filter.ref = f"A{header_row}:{last}{header_row + len(sub.issues)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _summary_head(
    ws: Worksheet, sub: Submission, lang: str, data_copy: bool, tanggal: date
) -> None:
    """Rows 1-4: the file's name, the counts (or "no problem"), the date, and whether the
    copy holds the data only."""
    from openpyxl.styles import Font

    _text_cell(ws, 1, 1, render("umpan_balik_judul", lang, berkas=Path(sub.path).name))
    ws.cell(row=1, column=1).font = Font(bold=True, size=styles.TITLE_SIZE)
    if sub.issues:
        line = render(
            "umpan_balik_ringkas", lang, galat=sub.error_count, peringatan=sub.warning_count
        )
    else:
        line = render("umpan_balik_bersih", lang)
    _text_cell(ws, 2, 1, line)
    _text_cell(
        ws,
        3,
        1,
        render("umpan_balik_dibuat", lang, waktu=_long_date(tanggal, lang)),
    )
    if data_copy:
        _text_cell(ws, 4, 1, render("umpan_balik_salinan_data", lang, format=sub.format))


def _summary_columns(ws: Worksheet, header_row: int, lang: str) -> int:
    """The header row of the problem list and its column widths; the number of columns."""
    from openpyxl.styles import Font

    columns = render("umpan_balik_kolom", lang).split("|")
    for c, title in enumerate(columns, start=1):
        cell = _text_cell(ws, header_row, c, title)
        cell.font = Font(bold=True, color=styles.HEADER_FONT)
        cell.fill = _solid(styles.HEADER_FILL)
        ws.column_dimensions[cell.column_letter].width = WIDTHS[c - 1]
    return len(columns)


def _issue_row(
    ws: Worksheet, r: int, n: int, issue: Issue, level: str, lang: str, wrap: Any
) -> None:
    """Row ``r`` of the problem list: issue number ``n``, its level (coloured) and where and
    what it is, wrapped, with a height that fits the longest text."""
    values = (
        n,
        level,
        issue.sheet,
        issue.cell,
        issue.row,
        issue.column,
        issue.kode,
        issue.pesan(lang),
        issue.nilai,
    )
    for c, value in enumerate(values, start=1):
        cell = _text_cell(ws, r, c, value)
        cell.alignment = wrap
    # LibreOffice (and Excel for rows written by a tool) do not grow a row for wrapped
    # text: without an explicit height long messages print over the next row.
    ws.row_dimensions[r].height = max(
        text_row_height(str(v), WIDTHS[c - 1] * 1.1)
        for c, v in enumerate(values, start=1)
        if v is not None
    )
    ws.cell(row=r, column=2).fill = _solid(styles.BAD_FILL if issue.is_error else styles.WARN_FILL)


def _link(cell: Any, sheet: str, ref: str) -> None:
    """Make ``cell`` a link to ``ref`` on ``sheet`` of the same workbook."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    quoted = sheet.replace("'", "''")
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{quoted}'!{ref}")
    cell.font = Font(color=styles.LINK_FONT, underline="single")


def write_feedback(
    submission: Submission,
    source_path: str | Path,
    out_dir: str | Path,
    *,
    filename: str | None = None,
    lang: str = "id",
    readable: bool | None = None,
    limits: Keamanan | None = None,
    tanggal: date | None = None,
) -> Path:
    """Write the marked-up copy of ``source_path`` into ``out_dir``; returns its path.

    ``readable=False`` (default: told from the submission) writes only the problem list, for a
    file the reader refused: such a file is never parsed again. ``limits`` (the config's
    ``keamanan``; default limits when None) are checked again before the file is opened.
    ``tanggal`` is the date printed on the problem list (today when None).
    The input file is only read; the copy is written atomically (temp file, then rename).
    The original is opened in a worker process under the reading limits (memory cap,
    timeout); if that worker is refused or dies, the copy holds the problem list only.
    """
    from kinerja_cli.config import Keamanan
    from kinerja_cli.errors import InputError
    from kinerja_cli.safety import Limits, run_limited

    source = Path(source_path)
    target = Path(out_dir) / (filename or feedback_filename(source))
    if readable is None:
        readable = not _is_read_failure(submission)
    plain = Limits.of(limits or Keamanan())
    day = tanggal or date.today()
    with atomic_path(target, root=out_dir) as tmp:
        if readable:
            # openpyxl on a dinas file runs under the same memory cap and timeout as the
            # readers: a hostile file under the cell limit could still make it use gigabytes.
            try:
                run_limited(
                    build_feedback,
                    submission,
                    str(source),
                    str(tmp),
                    lang,
                    True,
                    plain,
                    day,
                    limits=plain,
                    label=str(source),
                )
            except InputError:  # refused or crashed while opening: the problem list only
                build_feedback(submission, str(source), str(tmp), lang, False, plain, day)
        else:
            build_feedback(submission, str(source), str(tmp), lang, False, plain, day)
    return target


def build_feedback(
    submission: Submission,
    source: str,
    out: str,
    lang: str,
    readable: bool,
    limits: Limits,
    tanggal: date,
) -> None:
    """Build the feedback workbook and save it to ``out``. With ``readable`` the original is
    opened (run this inside a limited worker then: module-level, so it pickles by reference);
    without, nothing is parsed and only the problem list is written."""
    from openpyxl import Workbook

    wb: Workbook | None = None
    data_copy = False
    if readable:
        wb, data_copy = _load_original(Path(source), submission.format, limits)
    if wb is None:
        wb = Workbook()
        assert wb.active is not None
        wb.remove(wb.active)
    else:
        _mark(wb, submission.issues, lang)
    _summary_sheet(wb, submission, lang, data_copy, tanggal)
    if MARKER_SHEET in wb.sheetnames:  # a copy of a copy: the old marker goes
        wb.remove(wb[MARKER_SHEET])
    wb.save(out)
    _add_marker(wb, submission, out, limits)


def _add_marker(wb: Workbook, submission: Submission, out: str, limits: Limits) -> None:
    """Read the saved copy back with our own reader, digest its data cells, and save it again
    with the hidden marker sheet holding that digest (see :mod:`kinerja_cli.validate.copies`).
    Reading back (rather than digesting the openpyxl objects) makes the digest exactly what
    the reader will see when the copy comes back."""
    from kinerja_cli.safety import read_checked

    digest = data_digest(read_checked(out, out, limits))
    ws = wb.create_sheet(MARKER_SHEET)
    ws.sheet_state = "hidden"
    for r, (key, value) in enumerate(
        marker_rows(digest, Path(submission.path).name, submission.format), start=1
    ):
        ws.cell(row=r, column=1).value = key
        _text_cell(ws, r, 2, value)
    wb.save(out)


def write_feedback_copies(
    report: ValidationReport, out_dir: Path, config: Config, tanggal: date, lang: str = "id"
) -> tuple[list[Path], list[WriteFailure]]:
    """One ``<stem>-UMPAN-BALIK.xlsx`` per checked file (names made unique when two inputs
    share a stem: ``<stem>-<ext>-UMPAN-BALIK.xlsx``, then a hash of the input's path), each
    checked to lie inside ``out_dir`` (its real path: a symlink at the copy's name or on the
    way pointing out of ``out_dir`` is refused). A copy that cannot be written is returned as a
    failure; the others are still written. ``out_dir`` that is a file is a
    :class:`~kinerja_cli.errors.UsageError` before anything is written."""
    from kinerja_cli.errors import KinerjaError
    from kinerja_cli.safety.paths import inside, output_folder, unique_names, write_failure

    output_folder(out_dir)

    names = unique_names(
        [
            (
                feedback_filename(sub.path),
                feedback_filename(f"{Path(sub.path).stem}-{Path(sub.path).suffix.lstrip('.')}"),
                feedback_filename(sub.path, unique_key=sub.path),
            )
            for sub in report.submissions
        ]
    )
    written: list[Path] = []
    failed: list[WriteFailure] = []
    for sub, name in zip(report.submissions, names, strict=True):
        target: Path | None = None
        try:
            target = inside(out_dir, name)
            written.append(
                write_feedback(
                    sub,
                    Path(sub.path),
                    out_dir,
                    filename=name,
                    lang=lang,
                    readable=sub.path not in report.unreadable,
                    limits=config.keamanan,
                    tanggal=tanggal,
                )
            )
        except (KinerjaError, OSError) as exc:
            failed.append(write_failure(sub.path, target, exc))
    return written, failed
