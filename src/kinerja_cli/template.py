"""The blank unit workbook (``RENCANA-<KODE>-<TAHUN>.xlsx``) written from the config.

The sheets, labels and headers are those of :mod:`kinerja_cli.layout` (the contract readers
rely on); everything a person reads in the workbook is Bahasa Indonesia from the message
catalogue (``messages/template.toml``). The workbook holds no formulas: a value the
tool reads back is always a typed value. The same config gives the same cells (and bytes).

The format is documented for dinas and integrators in ``docs/templat.md``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli import TEMPLATE_VERSION, __version__, layout as L
from kinerja_cli.atomic import atomic_path
from kinerja_cli.domain import GOLONGAN_ALL, PredikatOrganisasi, Rating
from kinerja_cli.errors import KinerjaError, unknown_unit
from kinerja_cli.messages import render
from kinerja_cli.styles import HINT_FONT, HINT_SIZE

if TYPE_CHECKING:
    from kinerja_cli.config import Config, Indikator, Unit
    from kinerja_cli.safety.paths import WriteFailure
    from kinerja_cli.xlsxbuilder import DvText, SheetBuilder, WorkbookBuilder

LANG = "id"
"""The workbook is always Indonesian: its sheet and column names are the contract."""

HINT_ROW = 3
HEADER_ROW = 4
"""Row of the column headers on IKU, Pegawai and SKP (readers find it by text anyway)."""
FIRST_DATA_ROW = 5

IDENTITAS_FIRST_ROW = 4
IDENTITAS_ROW = {label: IDENTITAS_FIRST_ROW + i for i, label in enumerate(L.IDENTITAS_LABELS)}
"""Row of each Identitas label (column A); its value is in column B."""

TEXT = "@"
DATE_FORMAT = "DD/MM/YYYY"
EXAMPLE_NIP = "198609262015051001"

ProgressFn = Callable[[int, int, Path], None]
"""``on_progress(done, total, path)``: called after each template is written."""


def _t(kode: str, **params: Any) -> str:
    return render(kode, LANG, **params)


def _num(x: float | None) -> str:
    """A bound as people read it in Indonesian text (comma decimals, no exponent)."""
    if x is None:
        return "…"
    if float(x).is_integer():
        return str(int(x))
    return repr(float(x)).replace(".", ",")


def _target_value(target: Any) -> Any:
    """A config target as a cell value: a number, or the range text ("82-88")."""
    if target is None:
        return None
    if target.is_range:
        return str(target)
    v = float(target.low)
    return int(v) if v.is_integer() else v


def _bounds(indicators: Sequence[Indikator]) -> tuple[float | None, float | None]:
    """The smallest min and the largest max (None when any indicator leaves that end open)."""
    if not indicators:
        return None, None
    mins = [i.batas.min if i.batas else None for i in indicators]
    maxs = [i.batas.max if i.batas else None for i in indicators]
    lo = None if any(m is None for m in mins) else min(m for m in mins if m is not None)
    hi = None if any(m is None for m in maxs) else max(m for m in maxs if m is not None)
    return lo, hi


def resolve_unit(config: Config, unit_kode: str) -> Unit:
    """The config's unit for ``unit_kode`` (case-insensitive); :class:`UsageError` otherwise."""
    unit = config.unit_by_code(unit_kode)
    if unit is None:
        raise unknown_unit(unit_kode, [u.kode for u in config.unit])
    return unit


# ---- public API ----------------------------------------------------------------------------


def write_template(
    config: Config, unit_kode: str, path: str | Path, *, root: str | Path | None = None
) -> Path:
    """Write the blank workbook of one unit; returns the path written.

    ``path`` is the file to write, or an existing folder (the file is then
    ``RENCANA-<KODE>-<TAHUN>.xlsx`` inside it). Written atomically, only inside the output
    folder ``root`` (default: the folder of the file; see
    :func:`kinerja_cli.atomic.atomic_path`).
    """
    unit = resolve_unit(config, unit_kode)
    target = Path(path)
    if target.is_dir():
        target = target / L.template_filename(unit.kode, config.tahun)
    book = build_template(config, unit.kode)
    with atomic_path(target, root=root) as tmp:
        book.save(tmp)
    return target


def write_templates(
    config: Config,
    out_dir: str | Path,
    units: list[str] | None = None,
    on_progress: ProgressFn | None = None,
    failed: list[WriteFailure] | None = None,
) -> list[Path]:
    """Write ``RENCANA-<KODE>-<TAHUN>.xlsx`` for ``units`` (codes; None = every unit, in
    config order) into ``out_dir``. Every code is checked before anything is written, and
    ``out_dir`` must not be a file. Each file is written only inside ``out_dir`` (a symlink at
    its name pointing out is refused). With ``failed`` given, a template that cannot be
    written is recorded there and the others are still written; without, the first failure
    is raised."""
    from kinerja_cli.safety.paths import output_folder, write_failure

    if units is None:
        chosen = [u.kode for u in config.unit]
    else:
        chosen = []
        for kode in units:
            canon = resolve_unit(config, kode).kode
            if canon not in chosen:
                chosen.append(canon)
    folder = output_folder(out_dir)
    written: list[Path] = []
    for i, kode in enumerate(chosen, start=1):
        target = folder / L.template_filename(kode, config.tahun)
        try:
            written.append(write_template(config, kode, target, root=folder))
        except (KinerjaError, OSError) as exc:
            if failed is None:
                raise
            failed.append(write_failure(target.name, target, exc))
            continue
        if on_progress is not None:
            on_progress(i, len(chosen), written[-1])
    return written


def build_template(config: Config, unit_kode: str) -> WorkbookBuilder:
    """The template of one unit, in memory (``.wb`` is the openpyxl workbook; ``.save(path)``
    writes it deterministically). Used by :func:`write_template` and by the filled examples."""
    from kinerja_cli.xlsxbuilder import WorkbookBuilder

    unit = resolve_unit(config, unit_kode)
    book = WorkbookBuilder()
    ctx = _Context(config, unit)
    _petunjuk(book.add_sheet(L.SHEET_PETUNJUK), ctx)
    _identitas(book.add_sheet(L.SHEET_IDENTITAS), ctx)
    _iku(book.add_sheet(L.SHEET_IKU), ctx)
    _pegawai(book.add_sheet(L.SHEET_PEGAWAI), ctx)
    _skp(book.add_sheet(L.SHEET_SKP), ctx)
    order = [L.SHEET_PETUNJUK, L.SHEET_IDENTITAS, L.SHEET_IKU, L.SHEET_PEGAWAI, L.SHEET_SKP]
    if ctx.kompetensi:  # only a config with competencies: other templates stay as they were
        _kompetensi(book.add_sheet(L.SHEET_KOMPETENSI), ctx)
        order.append(L.SHEET_KOMPETENSI)
    _meta(book.add_sheet(L.SHEET_META), ctx)
    book.order_sheets(order)
    _protect_structure(book)
    book.set_properties(
        title=f"Rencana kinerja {unit.kode} {config.tahun}",
        subject=f"{unit.nama} · {config.instansi}",
        creator=f"kinerja {__version__}",
        when=dt.datetime(config.tahun, 1, 1),
    )
    return book


def metadata(config: Config, unit_kode: str) -> dict[str, str | int]:
    """The key/value rows of the hidden metadata sheet, in :data:`layout.META_KEYS` order."""
    unit = resolve_unit(config, unit_kode)
    return {
        L.META_VERSI: TEMPLATE_VERSION,
        L.META_KODE_UNIT: unit.kode,
        L.META_TAHUN: config.tahun,
        L.META_FINGERPRINT: config.fingerprint(),
        L.META_GENERATOR: f"kinerja {__version__}",
    }


# ---- the sheets ----------------------------------------------------------------------------


class _Context:
    def __init__(self, config: Config, unit: Unit) -> None:
        self.config = config
        self.unit = unit
        self.iku = config.indicators_for(unit.kode, "unit")
        self.skp = config.indicators_for(unit.kode, "pegawai")
        self.kompetensi = config.competencies_for(unit.kode)
        self.filename = L.template_filename(unit.kode, config.tahun)
        self.subtitle = _t(
            "templat_subjudul",
            nama_unit=unit.nama,
            kode_unit=unit.kode,
            instansi=config.instansi,
            tahun=config.tahun,
        )

    def print_setup(
        self, sb: SheetBuilder, *, title_rows: tuple[int, int] | None, landscape: bool = True
    ) -> None:
        from kinerja_cli.xlsxbuilder import header_footer_text

        sb.print_setup(
            title_rows=title_rows,
            landscape=landscape,
            header=header_footer_text(self.subtitle),
            footer=_t("templat_kaki_halaman", berkas=self.filename),
        )


def _ref(col1: int, row1: int, col2: int | None = None, row2: int | None = None) -> str:
    start = L.a1(row1, col1)
    if col2 is None and row2 is None:
        return start
    return f"{start}:{L.a1(row2 or row1, col2 or col1)}"


def _col(columns: Sequence[str], header: str) -> int:
    return columns.index(header) + 1


def _rating_values() -> list[str]:
    return [r.value for r in Rating]


_PETUNJUK_WIDTHS = [21, 26, 13, 40, 12, 11, 10, 11, 11, 11, 11]
_PETUNJUK_COLS = len(_PETUNJUK_WIDTHS)
_PETUNJUK_CHARS = sum(_PETUNJUK_WIDTHS) * 1.1
"""How many characters of text one merged row of the Petunjuk sheet holds."""


def _petunjuk(sb: SheetBuilder, ctx: _Context) -> None:
    """The instructions: numbered steps, the colours, an example employee on the SKP sheet,
    the unit's indicators and what their words mean."""
    sb.widths(_PETUNJUK_WIDTHS)
    row = sb.title_block([_t("templat_judul_petunjuk"), ctx.subtitle], width_cols=_PETUNJUK_COLS)
    row = _petunjuk_steps(sb, ctx, row + 1)
    row = _petunjuk_example(sb, ctx, row + 2)
    row = _petunjuk_indicators(sb, ctx, row + 1)
    _petunjuk_legend(sb, row + 1)
    sb.protect()
    ctx.print_setup(sb, title_rows=None)


def _wrapped_line(sb: SheetBuilder, row: int, text: str) -> None:
    """``text`` across the whole Petunjuk sheet at ``row``, the row as high as it needs."""
    from kinerja_cli.xlsxbuilder import text_row_height

    sb.put(row, 1, text, wrap=True, valign="top")
    sb.merge(row, 1, _PETUNJUK_COLS)
    sb.ws.row_dimensions[row].height = text_row_height(text, _PETUNJUK_CHARS) + 3


def _petunjuk_steps(sb: SheetBuilder, ctx: _Context, row: int) -> int:
    """The eight numbered steps and the colour legend; returns the row of the legend."""
    from kinerja_cli.xlsxbuilder import INPUT_FILL, LOCKED_FILL

    params = {"nama_unit": ctx.unit.nama, "tahun": ctx.config.tahun}
    for n in range(1, 9):
        _wrapped_line(sb, row, f"{n}. " + _t(f"templat_petunjuk_{n}", **params))
        row += 1
    row += 1
    sb.put(row, 1, _t("templat_keterangan_warna"), bold=True)
    sb.put(row, 2, _t("templat_warna_isian"), fill=INPUT_FILL, border=True)
    sb.put(row, 3, _t("templat_warna_terkunci"), fill=LOCKED_FILL, border=True)
    sb.merge(row, 3, 4)
    return row


def _petunjuk_example(sb: SheetBuilder, ctx: _Context, row: int) -> int:
    """Example rows of the SKP sheet, one employee; returns the row after them."""
    from kinerja_cli.xlsxbuilder import text_row_height

    sb.put(row, 1, _t("templat_contoh_judul"), bold=True)
    sb.merge(row, 1, _PETUNJUK_COLS)
    row += 1
    sb.header_row(row, L.SKP_COLUMNS)
    row += 1
    examples = ctx.skp[:6]
    for ind, bobot in zip(examples, _example_weights(examples), strict=True):
        target, quarters = _example_values(ind)
        values = [
            EXAMPLE_NIP,
            _t("templat_contoh_nama"),
            ind.kode,
            ind.nama,
            ind.satuan,
            target,
            bobot,
            *quarters,
        ]
        for col, value in enumerate(values, start=1):
            sb.put(
                row,
                col,
                _plain(value),
                border=True,
                wrap=col in (2, 4, 5),
                valign="top",
                number_format=TEXT if col in (1, 3, 6) else None,
            )
        sb.ws.row_dimensions[row].height = max(
            text_row_height(ind.nama, 38), text_row_height(ind.satuan, 11)
        )
        row += 1
    return row


def _petunjuk_indicators(sb: SheetBuilder, ctx: _Context, row: int) -> int:
    """The unit's indicators (IKU and SKP), one row each; returns the row after them."""
    from kinerja_cli.xlsxbuilder import text_row_height

    sb.put(row, 1, _t("templat_daftar_indikator", nama_unit=ctx.unit.nama), bold=True)
    sb.merge(row, 1, _PETUNJUK_COLS)
    row += 1
    heads = [
        L.COL_KODE,
        L.COL_INDIKATOR,
        "",
        "",
        L.COL_SATUAN,
        _t("templat_kol_tingkat"),
        _t("templat_kol_polaritas"),
        _t("templat_kol_agregasi"),
        _t("templat_kol_batas"),
        _t("templat_kol_bobot"),
        _t("templat_kol_target"),
    ]
    sb.header_row(row, heads)
    sb.merge(row, 2, 4)
    row += 1
    indicators = ctx.iku + ctx.skp
    if not indicators:
        sb.put(row, 1, _t("templat_tanpa_indikator"), italic=True)
        sb.merge(row, 1, _PETUNJUK_COLS)
        row += 1
    for ind in indicators:
        for col, value in enumerate(_indicator_cells(ind), start=1):
            sb.put(
                row,
                col,
                value,
                border=True,
                valign="top",
                wrap=col in (2, 5, 8),
                number_format=TEXT if col in (1, 11) else None,
            )
        sb.merge(row, 2, 4)
        sb.ws.row_dimensions[row].height = max(
            text_row_height(ind.nama, 75), text_row_height(ind.satuan, 11)
        )
        row += 1
    return row


def _indicator_cells(ind: Indikator) -> list[Any]:
    """The cells of one indicator's row in the Petunjuk list (columns C and D are merged
    into B)."""
    batas = ""
    if ind.batas is not None:
        batas = f"{_num(ind.batas.min)} – {_num(ind.batas.max)}"
    return [
        ind.kode,
        ind.nama,
        "",
        "",
        ind.satuan,
        L.SHEET_IKU if ind.tingkat == "unit" else L.SHEET_SKP,
        ind.polaritas,
        ind.agregasi,
        batas,
        _plain(ind.bobot) if ind.bobot is not None else "",
        str(ind.target) if ind.target is not None else "",
    ]


def _petunjuk_legend(sb: SheetBuilder, row: int) -> None:
    """What polaritas and agregasi mean, and the words the dropdowns offer."""
    from kinerja_cli.xlsxbuilder import text_row_height

    legend = [
        _t("templat_kol_polaritas")
        + ": positif = "
        + _t("templat_polaritas_positif").split("(", 1)[1].rstrip(")")
        + "; negatif = "
        + _t("templat_polaritas_negatif").split("(", 1)[1].rstrip(")")
        + ".",
        _t("templat_kol_agregasi")
        + ": jumlah = "
        + _t("templat_agregasi_jumlah").split("(", 1)[1].rstrip(")")
        + "; rata-rata = "
        + _t("templat_agregasi_rata-rata")
        + "; terakhir = "
        + _t("templat_agregasi_terakhir")
        + ".",
        _t(
            "templat_pilihan",
            rating=", ".join(_rating_values()),
            predikat=", ".join(p.value for p in PredikatOrganisasi),
        ),
    ]
    for text in legend:
        sb.put(row, 1, text, wrap=True)
        sb.merge(row, 1, _PETUNJUK_COLS)
        sb.ws.row_dimensions[row].height = text_row_height(text, _PETUNJUK_CHARS)
        row += 1


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _round_sig(x: float, digits: int = 2) -> float:
    if x == 0:
        return 0.0
    from math import floor, log10

    return round(x, -floor(log10(abs(x))) + (digits - 1))


def _example_weights(indicators: Sequence[Indikator]) -> list[float]:
    """The indicators' default weights when they add up to 100, else equal weights (the last
    one takes the rounding remainder), so the example always sums to 100."""
    if not indicators:
        return []
    given = [i.bobot for i in indicators]
    if all(b is not None for b in given) and abs(sum(b or 0 for b in given) - 100) < 1e-9:
        return [float(b or 0) for b in given]
    n = len(indicators)
    share = round(100 / n, 2)
    return [share] * (n - 1) + [round(100 - share * (n - 1), 2)]


def _example_values(ind: Indikator) -> tuple[Any, list[Any]]:
    """A plausible target and four quarterly realisasi for the Petunjuk example."""
    if ind.target is not None:
        target: Any = _target_value(ind.target)
        base = ind.target.high
    else:
        if ind.is_percent:
            base = 90.0
        else:
            top = ind.batas.max if ind.batas is not None and ind.batas.max else 100.0
            base = _round_sig(top * 0.05)
        base = _within(ind, base)
        if base == 0:  # a zero target cannot be scored: show the top of the range instead
            base = _within(ind, 100.0)
        target = _plain(base)
    if ind.agregasi == "jumlah":
        shares = (0.22, 0.25, 0.26, 0.27)
    else:
        shares = (0.98, 1.0, 1.02, 1.01) if ind.polaritas == "positif" else (1.04, 1.0, 0.97, 0.95)
    quarters = [_plain(_within(ind, round(base * s, 2))) for s in shares]
    return target, quarters


def _within(ind: Indikator, value: float) -> float:
    """``value`` moved inside the indicator's ``batas`` (and 0..100 for a percentage)."""
    lo = ind.batas.min if ind.batas is not None else None
    hi = ind.batas.max if ind.batas is not None else None
    if ind.is_percent:
        hi = 100 if hi is None else min(hi, 100)
    if hi is not None and value > hi:
        value = hi
    if lo is not None and value < lo:
        value = lo
    return value


def _identitas(sb: SheetBuilder, ctx: _Context) -> None:
    """One label a row (values in column B, hints in C), the checks of its cells, and the
    statement with the head's signature below."""
    sb.widths([32, 52, 46])
    sb.title_block([_t("templat_judul_identitas"), ctx.subtitle], width_cols=3)
    _identitas_rows(sb, ctx)
    _identitas_validations(sb, ctx.config.tahun)

    # statement and signature block: column B only, so no row looks like a label/value pair
    cfg, unit = ctx.config, ctx.unit
    row = IDENTITAS_ROW[L.ID_TANGGAL] + 2
    sb.put(row, 2, _t("templat_pernyataan"), italic=True, wrap=True)
    row += 2
    sb.signature_block(
        row,
        2,
        place_date=_t("templat_tempat_tanggal", tempat=cfg.tempat or "." * 20, tahun=cfg.tahun),
        jabatan=[_t("templat_jabatan_kepala", nama_unit=unit.nama)],
        nama=unit.nama_kepala,
        nip=unit.nip_kepala,
    )
    sb.ws.row_dimensions[row + 1].height = 32
    sb.protect()
    ctx.print_setup(sb, title_rows=None, landscape=False)


def _identitas_rows(sb: SheetBuilder, ctx: _Context) -> None:
    """The label rows: what the config fixes is locked, the rest is input (the head's name
    and NIP filled in when the config knows them)."""
    cfg, unit = ctx.config, ctx.unit
    prefilled: dict[str, str | int] = {
        L.ID_INSTANSI: cfg.instansi,
        L.ID_KODE_UNIT: unit.kode,
        L.ID_NAMA_UNIT: unit.nama,
        L.ID_TAHUN: cfg.tahun,
    }
    editable: dict[str, str | None] = {
        L.ID_NAMA_KEPALA: unit.nama_kepala,
        L.ID_NIP_KEPALA: unit.nip_kepala,
        L.ID_PREDIKAT: None,
        L.ID_TANGGAL: None,
    }
    hints = {
        L.ID_NIP_KEPALA: _t("templat_hint_nip"),
        L.ID_PREDIKAT: _t("templat_hint_pilih_opsional"),
        L.ID_TANGGAL: _t("templat_hint_tanggal"),
    }
    for label in L.IDENTITAS_LABELS:
        r = IDENTITAS_ROW[label]
        sb.put(r, 1, label, bold=True, border=True, valign="center")
        if label in prefilled:
            fmt = None if label == L.ID_TAHUN else TEXT
            sb.style_cells(r, r, [2], locked=True, number_format=fmt)
            sb.put(r, 2, prefilled[label], align="left", valign="center")
        else:
            fmt = {L.ID_NIP_KEPALA: TEXT, L.ID_TANGGAL: DATE_FORMAT}.get(label, TEXT)
            sb.style_cells(r, r, [2], number_format=fmt)
            if editable[label] is not None:
                sb.put(r, 2, editable[label], align="left", valign="center")
        if label in hints:
            sb.put(
                r, 3, hints[label], italic=True, size=HINT_SIZE, colour=HINT_FONT, valign="center"
            )
        sb.ws.row_dimensions[r].height = 20


def _identitas_validations(sb: SheetBuilder, tahun: int) -> None:
    """NIP Kepala Unit: 18 characters; Predikat: one of the five words; Tanggal: a date of
    the year or the next."""
    _nip_validation(sb, _ref(2, IDENTITAS_ROW[L.ID_NIP_KEPALA]))
    from kinerja_cli.xlsxbuilder import DvText

    sb.list_validation(
        _ref(2, IDENTITAS_ROW[L.ID_PREDIKAT]),
        [p.value for p in PredikatOrganisasi],
        name="predikat_organisasi",
        says=_choice(L.ID_PREDIKAT[:32], _t("templat_dv_predikat")),
    )
    title = _t("templat_dv_tanggal_judul")
    sb.date_validation(
        _ref(2, IDENTITAS_ROW[L.ID_TANGGAL]),
        dt.date(tahun, 1, 1),
        dt.date(tahun + 1, 12, 31),
        DvText(
            title,
            _t("templat_dv_tanggal", tahun_depan=tahun + 1),
            title,
            _t("templat_dv_tanggal_salah", tahun=tahun, tahun_depan=tahun + 1),
        ),
    )


def _data_sheet_head(
    sb: SheetBuilder,
    ctx: _Context,
    title_kode: str,
    columns: Sequence[str],
    hints: Sequence[str | None],
    widths: Sequence[float],
) -> None:
    sb.widths(widths)
    sb.title_block([_t(title_kode), ctx.subtitle], width_cols=len(columns))
    sb.hint_row(HINT_ROW, hints)
    sb.header_row(HEADER_ROW, columns)


def _iku(sb: SheetBuilder, ctx: _Context) -> None:
    cols = L.IKU_COLUMNS
    c_kode, c_ind, c_sat, c_target = (
        _col(cols, h) for h in (L.COL_KODE, L.COL_INDIKATOR, L.COL_SATUAN, L.COL_TARGET)
    )
    c_tw = [_col(cols, h) for h in L.COL_REALISASI]
    c_ket = _col(cols, L.COL_KETERANGAN)
    angka = _t("templat_hint_angka")
    _data_sheet_head(
        sb,
        ctx,
        "templat_judul_iku",
        cols,
        [
            None,
            None,
            None,
            _t("templat_hint_target"),
            angka,
            angka,
            angka,
            angka,
            _t("templat_hint_keterangan"),
        ],
        [15, 50, 16, 14, 12, 12, 12, 12, 32],
    )
    row = FIRST_DATA_ROW
    for ind in ctx.iku:
        sb.style_cells(row, row, [c_kode, c_ind, c_sat], locked=True, number_format=TEXT, wrap=True)
        sb.style_cells(row, row, [c_target], number_format=TEXT)
        sb.style_cells(row, row, c_tw)
        sb.style_cells(row, row, [c_ket], number_format=TEXT, wrap=True)
        sb.put(row, c_kode, ind.kode)
        sb.put(row, c_ind, ind.nama)
        sb.put(row, c_sat, ind.satuan)
        if ind.target is not None:
            sb.put(row, c_target, _target_value(ind.target))
        _realisasi_validation(
            sb,
            _ref(c_tw[0], row, c_tw[-1], row),
            ind.batas.min if ind.batas else None,
            ind.batas.max if ind.batas else None,
        )
        from kinerja_cli.xlsxbuilder import text_row_height

        sb.ws.row_dimensions[row].height = max(
            text_row_height(ind.nama, 48), text_row_height(ind.satuan, 14)
        )
        row += 1
    extra = ctx.config.templat.baris_iku
    if extra:
        first, last = row, row + extra - 1
        sb.style_cells(
            first, last, [c_kode, c_ind, c_sat, c_target, c_ket], number_format=TEXT, wrap=True
        )
        sb.style_cells(first, last, c_tw)
        if ctx.iku:
            _code_validation(sb, _ref(c_kode, first, c_kode, last), ctx.iku, "iku", L.SHEET_IKU)
        lo, hi = _bounds(ctx.iku)
        _realisasi_validation(sb, _ref(c_tw[0], first, c_tw[-1], last), lo, hi)
        row = last + 1
    target_rows = max(row - 1, FIRST_DATA_ROW)
    sb.prompt_only(
        _ref(c_target, FIRST_DATA_ROW, c_target, target_rows),
        prompt_title=_t("templat_dv_target_judul"),
        prompt=_t("templat_dv_target"),
    )
    sb.freeze(FIRST_DATA_ROW, 1)
    sb.protect(allow_rows=True)
    ctx.print_setup(sb, title_rows=(HEADER_ROW, HEADER_ROW))


def _choice(prompt_title: str, prompt: str) -> DvText:
    """What a dropdown says: its own prompt, and the error every dropdown shows."""
    from kinerja_cli.xlsxbuilder import DvText

    return DvText(
        prompt_title, prompt, _t("templat_dv_pilihan_judul"), _t("templat_dv_pilihan_salah")
    )


def _number(prompt_title: str, prompt: str, error: str) -> DvText:
    """What a number cell says: its prompt and its error under the one number title."""
    from kinerja_cli.xlsxbuilder import DvText

    return DvText(prompt_title, prompt, _t("templat_dv_angka_judul"), error)


def _code_validation(
    sb: SheetBuilder, ref: str, indicators: Sequence[Indikator], name: str, lembar: str
) -> None:
    says = _choice(L.COL_KODE, _t("templat_dv_kode", lembar=lembar))
    sb.list_validation(ref, [i.kode for i in indicators], name=f"kode_{name}", says=says)


def _realisasi_validation(sb: SheetBuilder, ref: str, lo: float | None, hi: float | None) -> None:
    bounds = {"min": _num(lo), "max": _num(hi)}
    title, prompt = _t("templat_dv_angka_judul"), _t("templat_dv_angka", **bounds)
    sb.decimal_validation(
        ref, lo, hi, _number(title, prompt, _t("templat_dv_angka_salah", **bounds))
    )


def _nip_validation(sb: SheetBuilder, ref: str) -> None:
    from kinerja_cli.xlsxbuilder import DvText

    title = _t("templat_dv_nip_judul")
    sb.text_length_validation(
        ref, 18, DvText(title, _t("templat_dv_nip"), title, _t("templat_dv_nip_salah"))
    )


def _pegawai(sb: SheetBuilder, ctx: _Context) -> None:
    cols = L.PEGAWAI_COLUMNS
    pilih = _t("templat_hint_pilih")
    _data_sheet_head(
        sb,
        ctx,
        "templat_judul_pegawai",
        cols,
        [
            _t("templat_hint_nip"),
            None,
            None,
            pilih,
            _t("templat_hint_pilih_opsional"),
            pilih,
            _t("templat_hint_keterangan"),
        ],
        [22, 34, 34, 11, 22, 22, 32],
    )
    first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + ctx.config.templat.baris_pegawai - 1
    sb.style_cells(first, last, range(1, len(cols) + 1), number_format=TEXT)
    c = {h: _col(cols, h) for h in cols}
    _nip_validation(sb, _ref(c[L.COL_NIP], first, None, last))
    choices = (
        (L.COL_GOLONGAN, GOLONGAN_ALL, "golongan", "templat_dv_golongan"),
        (L.COL_RATING_HASIL, _rating_values(), "rating_hasil", "templat_dv_rating_hasil"),
        (L.COL_RATING_PERILAKU, _rating_values(), "rating_perilaku", "templat_dv_rating"),
    )
    for header, values, name, prompt_kode in choices:
        says = _choice(header, _t(prompt_kode))
        sb.list_validation(_ref(c[header], first, None, last), values, name=name, says=says)
    sb.autofilter(_ref(1, HEADER_ROW, len(cols), last))
    sb.freeze(FIRST_DATA_ROW, 3)
    sb.protect(allow_rows=True, allow_filter=True)
    ctx.print_setup(sb, title_rows=(HEADER_ROW, HEADER_ROW))


def _skp(sb: SheetBuilder, ctx: _Context) -> None:
    cols = L.SKP_COLUMNS
    angka = _t("templat_hint_angka")
    info = _t("templat_hint_info")
    _data_sheet_head(
        sb,
        ctx,
        "templat_judul_skp",
        cols,
        [
            _t("templat_hint_nip"),
            info,
            _t("templat_hint_pilih"),
            info,
            info,
            _t("templat_hint_target"),
            _t("templat_hint_bobot"),
            angka,
            angka,
            angka,
            angka,
        ],
        [22, 30, 15, 44, 14, 14, 10, 12, 12, 12, 12],
    )
    first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + ctx.config.templat.baris_skp - 1
    c = {h: _col(cols, h) for h in cols}
    text_cols = [
        c[h]
        for h in (L.COL_NIP, L.COL_NAMA, L.COL_KODE, L.COL_INDIKATOR, L.COL_SATUAN, L.COL_TARGET)
    ]
    sb.style_cells(first, last, text_cols, number_format=TEXT)
    sb.style_cells(first, last, [c[L.COL_BOBOT], *(c[h] for h in L.COL_REALISASI)])
    _nip_validation(sb, _ref(c[L.COL_NIP], first, None, last))
    if ctx.skp:
        _code_validation(sb, _ref(c[L.COL_KODE], first, None, last), ctx.skp, "skp", L.SHEET_SKP)
    sb.prompt_only(
        _ref(c[L.COL_TARGET], first, None, last),
        prompt_title=_t("templat_dv_target_judul"),
        prompt=_t("templat_dv_target"),
    )
    says = _number(
        L.COL_BOBOT, _t("templat_dv_bobot"), _t("templat_dv_angka_salah", min=0, max=100)
    )
    sb.decimal_validation(_ref(c[L.COL_BOBOT], first, None, last), 0, 100, says)
    lo, hi = _bounds(ctx.skp)
    tw = [c[h] for h in L.COL_REALISASI]
    _realisasi_validation(sb, _ref(tw[0], first, tw[-1], last), lo, hi)
    sb.autofilter(_ref(1, HEADER_ROW, len(cols), last))
    sb.freeze(FIRST_DATA_ROW, 3)
    sb.protect(allow_rows=True, allow_filter=True)
    ctx.print_setup(sb, title_rows=(HEADER_ROW, HEADER_ROW))


def _kompetensi(sb: SheetBuilder, ctx: _Context) -> None:
    """NIP, Nama, one column per competency of the unit (header = its kode, its name in the
    hint row; a level 1-5 from a dropdown), Metode Penilaian, JP Pengembangan Tahun Ini."""
    from kinerja_cli.config import LEVEL_KOMPETENSI

    comps = ctx.kompetensi
    cols = [L.COL_NIP, L.COL_NAMA, *(k.kode for k in comps), L.COL_METODE, L.COL_JP]
    _data_sheet_head(
        sb,
        ctx,
        "templat_judul_kompetensi",
        cols,
        [
            _t("templat_hint_nip"),
            None,
            *(_t("templat_hint_kompetensi", nama=k.nama) for k in comps),
            _t("templat_hint_pilih"),
            _t("templat_hint_jp", jp=_num(ctx.config.pengembangan.jp_minimum)),
        ],
        [22, 34, *(14 for _ in comps), 20, 18],
    )
    first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + ctx.config.templat.baris_pegawai - 1
    n = len(cols)
    sb.style_cells(first, last, [1, 2, n - 1], number_format=TEXT)
    sb.style_cells(first, last, [*range(3, 3 + len(comps)), n])
    _nip_validation(sb, _ref(1, first, None, last))
    if comps:
        sb.list_validation(
            _ref(3, first, 2 + len(comps), last),
            [str(level) for level in LEVEL_KOMPETENSI],
            name="level_kompetensi",
            says=_choice(_t("templat_dv_level_judul"), _t("templat_dv_level")),
        )
    sb.list_validation(
        _ref(n - 1, first, None, last),
        list(L.METODE_PENILAIAN),
        name="metode_penilaian",
        says=_choice(L.COL_METODE, _t("templat_dv_metode")),
    )
    says = _number(L.COL_JP, _t("templat_dv_jp"), _t("templat_dv_jp_salah"))
    sb.decimal_validation(_ref(n, first, None, last), 0, None, says)
    sb.autofilter(_ref(1, HEADER_ROW, n, last))
    sb.freeze(FIRST_DATA_ROW, 3)
    sb.protect(allow_rows=True, allow_filter=True)
    ctx.print_setup(sb, title_rows=(HEADER_ROW, HEADER_ROW))


def _meta(sb: SheetBuilder, ctx: _Context) -> None:
    for r, (key, value) in enumerate(metadata(ctx.config, ctx.unit.kode).items(), start=1):
        sb.put(r, 1, key)
        sb.put(r, 2, value)
    sb.widths([28, 30])
    sb.ws.sheet_state = "veryHidden"
    sb.protect()


def _protect_structure(book: WorkbookBuilder) -> None:
    """Lock the workbook structure (no password): sheets cannot be renamed, deleted, moved
    or unhidden, which keeps the contract's sheet names intact."""
    from openpyxl.workbook.protection import WorkbookProtection

    book.wb.security = WorkbookProtection(lockStructure=True)
