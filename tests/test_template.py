"""The blank unit workbook: contract, golden dump, determinism, committed templates."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kinerja_cli import TEMPLATE_VERSION, __version__, layout as L
from kinerja_cli.config import parse_config_text
from kinerja_cli.domain import GOLONGAN_ALL, PredikatOrganisasi, Rating
from kinerja_cli.errors import UsageError
from kinerja_cli.template import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    IDENTITAS_ROW,
    build_template,
    metadata,
    write_template,
    write_templates,
)
from tests.conftest import ROOT
from tests.test_template_support import (
    GOLDEN_FILE,
    GOLDEN_UNIT,
    SMALL_CONFIG,
    diff_paths,
    dump_workbook,
    small_config,
)

TEMPLATES_DIR = ROOT / "templates" / "xlsx"


@pytest.fixture(scope="module")
def cfg():
    return small_config()


@pytest.fixture(scope="module")
def golden_path(cfg, tmp_path_factory):
    return write_template(cfg, GOLDEN_UNIT, tmp_path_factory.mktemp("golden"))


@pytest.fixture(scope="module")
def wb(golden_path):
    return openpyxl.load_workbook(golden_path)


def _dv_for(ws, coord):
    """The data validations covering one cell."""
    return [dv for dv in ws.data_validations.dataValidation if coord in dv.sqref]


# ---- golden and determinism ----------------------------------------------------------------


def test_matches_golden_dump(golden_path):
    """Regenerate after an intended change: .venv/bin/python -m tests.test_template_support"""
    expected = json.loads(GOLDEN_FILE.read_text(encoding="utf-8"))
    actual = dump_workbook(golden_path)
    assert actual == expected, "\n".join(diff_paths(expected, actual))


def test_same_config_gives_same_bytes(cfg, tmp_path):
    a = write_template(cfg, GOLDEN_UNIT, tmp_path / "a.xlsx")
    b = write_template(cfg, GOLDEN_UNIT, tmp_path / "b.xlsx")
    assert a.read_bytes() == b.read_bytes()
    assert dump_workbook(a) == dump_workbook(b)


@pytest.mark.slow(reason="writes every template of the bundled config, ~5 s on 2 busy cores")
def test_committed_templates_are_up_to_date(config, tmp_path):
    """templates/xlsx/ must match config/indikator.yaml: run `make templates` when it fails."""
    fresh = write_templates(config, tmp_path)
    committed = sorted(p.name for p in TEMPLATES_DIR.glob("*.xlsx"))
    assert committed == sorted(p.name for p in fresh), "run `make templates`"
    for path in fresh:
        old = TEMPLATES_DIR / path.name
        if old.read_bytes() == path.read_bytes():
            continue  # same bytes: same meaning; else compare what the files say
        expected, actual = dump_workbook(old), dump_workbook(path)
        assert actual == expected, f"{path.name} is stale (run `make templates`):\n" + "\n".join(
            diff_paths(expected, actual)
        )


# ---- contract ---------------------------------------------------------------------------------


def test_sheets_in_order_with_states(wb):
    assert wb.sheetnames == [
        L.SHEET_PETUNJUK,
        L.SHEET_IDENTITAS,
        L.SHEET_IKU,
        L.SHEET_PEGAWAI,
        L.SHEET_SKP,
        "_daftar",
        L.SHEET_META,
    ]
    states = {ws.title: ws.sheet_state for ws in wb.worksheets}
    assert states[L.SHEET_META] == "veryHidden"
    assert states["_daftar"] == "hidden"
    assert all(states[s] == "visible" for s in (L.SHEET_PETUNJUK, *L.SHEETS_REQUIRED))
    assert wb.active.title == L.SHEET_PETUNJUK
    assert wb.security.lockStructure
    for ws in wb.worksheets:
        assert ws.protection.sheet, ws.title
        assert not ws.protection.password, ws.title


@pytest.mark.parametrize(
    ("sheet", "columns"),
    [
        (L.SHEET_IKU, L.IKU_COLUMNS),
        (L.SHEET_PEGAWAI, L.PEGAWAI_COLUMNS),
        (L.SHEET_SKP, L.SKP_COLUMNS),
    ],
)
def test_header_rows_carry_the_contract_texts(wb, sheet, columns):
    ws = wb[sheet]
    headers = [ws.cell(HEADER_ROW, c).value for c in range(1, len(columns) + 1)]
    assert headers == list(columns)
    assert ws.cell(HEADER_ROW, len(columns) + 1).value is None
    # nothing above the header row reads as a contract header (readers find it by text)
    for r in range(1, HEADER_ROW):
        for c in range(1, len(columns) + 1):
            assert L.canonical_header(ws.cell(r, c).value) is None, (r, c)
    assert ws.freeze_panes.endswith(str(FIRST_DATA_ROW))
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0


def test_identitas_labels_values_and_locks(wb, cfg):
    ws = wb[L.SHEET_IDENTITAS]
    labels = {
        ws.cell(r, 1).value: r
        for r in range(1, ws.max_row + 1)
        if L.canonical_label(ws.cell(r, 1).value)
    }
    assert list(labels) == list(L.IDENTITAS_LABELS)
    assert labels == IDENTITAS_ROW
    value = {label: ws.cell(r, 2) for label, r in labels.items()}
    assert value[L.ID_INSTANSI].value == cfg.instansi
    assert value[L.ID_KODE_UNIT].value == GOLDEN_UNIT
    assert value[L.ID_NAMA_UNIT].value == "Dinas Contoh Pelayanan"
    assert value[L.ID_TAHUN].value == 2027
    assert value[L.ID_NAMA_KEPALA].value == "dr. Budi Santoso, M.Kes."
    assert value[L.ID_NIP_KEPALA].value == "197501012000031001"
    assert value[L.ID_NIP_KEPALA].number_format == "@"
    for label in (L.ID_INSTANSI, L.ID_KODE_UNIT, L.ID_NAMA_UNIT, L.ID_TAHUN):
        assert value[label].protection.locked, label
    for label in L.IDENTITAS_OPTIONAL:
        assert not value[label].protection.locked, label
    (predikat,) = _dv_for(ws, value[L.ID_PREDIKAT].coordinate)
    assert predikat.type == "list"
    assert predikat.formula1 == '"' + ",".join(p.value for p in PredikatOrganisasi) + '"'
    (tanggal,) = _dv_for(ws, value[L.ID_TANGGAL].coordinate)
    assert (tanggal.type, tanggal.formula1, tanggal.formula2) == (
        "date",
        "DATE(2027,1,1)",
        "DATE(2028,12,31)",
    )
    # the signature block sits in column B only: no row below the labels reads as a label
    texts = [ws.cell(r, 2).value for r in range(labels[L.ID_TANGGAL] + 1, ws.max_row + 1)]
    assert "Kota Contoh, ........................ 2027" in texts
    assert "Kepala Dinas Contoh Pelayanan" in texts
    assert "dr. Budi Santoso, M.Kes." in texts
    assert "NIP. 197501012000031001" in texts
    assert all(ws.cell(r, 1).value is None for r in range(labels[L.ID_TANGGAL] + 1, ws.max_row + 1))


def test_iku_prefilled_with_unit_indicators_and_batas_validation(wb, cfg):
    ws = wb[L.SHEET_IKU]
    iku = cfg.indicators_for(GOLDEN_UNIT, "unit")
    assert [ws.cell(FIRST_DATA_ROW + i, 1).value for i in range(len(iku))] == [i.kode for i in iku]
    r1, r2, r3 = FIRST_DATA_ROW, FIRST_DATA_ROW + 1, FIRST_DATA_ROW + 2
    assert ws.cell(r1, 2).value == "Indeks kepuasan masyarakat"
    assert ws.cell(r1, 3).value == "indeks"
    assert ws.cell(r1, 4).value == "80-90"  # range target as text
    assert ws.cell(r2, 4).value == 80  # number target as number
    assert ws.cell(r3, 4).value is None  # no default target
    assert ws.cell(r1, 1).protection.locked and ws.cell(r1, 2).protection.locked
    assert not ws.cell(r1, 4).protection.locked
    assert ws.cell(r1, 4).number_format == "@"
    for col in range(5, 9):
        assert not ws.cell(r1, col).protection.locked
    (dv1,) = _dv_for(ws, f"E{r1}")
    assert (dv1.type, dv1.operator, dv1.formula1, dv1.formula2) == (
        "decimal",
        "between",
        "0",
        "100",
    )
    (dv2,) = _dv_for(ws, f"H{r2}")
    assert (dv2.operator, dv2.formula1) == ("lessThanOrEqual", "1000")
    assert [dv for dv in _dv_for(ws, f"E{r3}") if dv.type == "decimal"] == []
    # the extra rows: input cells with the unit's IKU codes as a dropdown
    extra = FIRST_DATA_ROW + len(iku)
    assert ws.cell(extra, 1).value is None and not ws.cell(extra, 1).protection.locked
    (codes,) = [dv for dv in _dv_for(ws, f"A{extra}") if dv.type == "list"]
    assert codes.formula1 == '"IKU-01,IKU-02,IKU-03"'
    assert ws.cell(extra + cfg.templat.baris_iku, 1).protection.locked


def test_pegawai_rows_text_nip_and_dropdowns(wb, cfg):
    ws = wb[L.SHEET_PEGAWAI]
    last = FIRST_DATA_ROW + cfg.templat.baris_pegawai - 1
    for r in (FIRST_DATA_ROW, last):
        for c in range(1, len(L.PEGAWAI_COLUMNS) + 1):
            cell = ws.cell(r, c)
            assert not cell.protection.locked and cell.value is None
        assert ws.cell(r, 1).number_format == "@"
    assert ws.cell(last + 1, 1).protection.locked
    (nip,) = _dv_for(ws, f"A{last}")
    assert (nip.type, nip.operator, nip.formula1) == ("textLength", "equal", "18")
    (gol,) = _dv_for(ws, f"D{FIRST_DATA_ROW}")
    assert gol.formula1 == '"' + ",".join(GOLONGAN_ALL) + '"'  # 131 characters: inline
    ratings = '"' + ",".join(r.value for r in Rating) + '"'
    assert _dv_for(ws, f"E{last}")[0].formula1 == ratings
    assert _dv_for(ws, f"F{last}")[0].formula1 == ratings
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:G{last}"


def test_skp_rows_codes_on_list_sheet_and_union_bounds(wb, cfg):
    ws = wb[L.SHEET_SKP]
    last = FIRST_DATA_ROW + cfg.templat.baris_skp - 1
    for c in (1, 2, 3, 4, 5, 6):
        assert ws.cell(FIRST_DATA_ROW, c).number_format == "@"
    assert all(not ws.cell(last, c).protection.locked for c in range(1, 12))
    (kode,) = _dv_for(ws, f"C{last}")
    assert kode.formula1 == "daftar_kode_skp"
    ref = wb.defined_names["daftar_kode_skp"].attr_text
    assert ref == "'_daftar'!$A$2:$A$16"
    codes = [wb["_daftar"].cell(r, 1).value for r in range(2, 17)]
    assert codes == [i.kode for i in cfg.indicators_for(GOLDEN_UNIT, "pegawai")]
    (bobot,) = _dv_for(ws, f"G{FIRST_DATA_ROW}")
    assert (bobot.type, bobot.formula1, bobot.formula2) == ("decimal", "0", "100")
    (real,) = _dv_for(ws, f"K{last}")
    assert (real.formula1, real.formula2) == ("-5", "14000")  # smallest min, largest max
    (target,) = _dv_for(ws, f"F{FIRST_DATA_ROW}")
    assert target.type is None and target.showInputMessage  # a hint, no numeric rule


def test_metadata_sheet(wb, cfg):
    ws = wb[L.SHEET_META]
    rows = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert list(rows) == list(L.META_KEYS)
    assert rows == metadata(cfg, GOLDEN_UNIT)
    assert rows[L.META_VERSI] == TEMPLATE_VERSION
    assert rows[L.META_FINGERPRINT] == cfg.fingerprint()
    assert rows[L.META_GENERATOR] == f"kinerja {__version__}"
    assert rows[L.META_TAHUN] == 2027


def test_no_formulas_and_petunjuk_lists_every_indicator(wb, cfg):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
    texts = {c.value for row in wb[L.SHEET_PETUNJUK].iter_rows() for c in row if c.value}
    for ind in cfg.indicators_for(GOLDEN_UNIT):
        assert ind.kode in texts and ind.nama in texts


def test_calamine_reads_headers_and_labels(golden_path):
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(golden_path))
    assert L.SHEET_META in book.sheet_names
    skp = book.get_sheet_by_name(L.SHEET_SKP).to_python(skip_empty_area=False)
    assert skp[HEADER_ROW - 1][: len(L.SKP_COLUMNS)] == list(L.SKP_COLUMNS)
    ident = book.get_sheet_by_name(L.SHEET_IDENTITAS).to_python(skip_empty_area=False)
    assert [r[0] for r in ident if L.canonical_label(r[0])] == list(L.IDENTITAS_LABELS)


# ---- API behaviour ----------------------------------------------------------------------------


def test_write_templates_all_units_with_progress(cfg, tmp_path):
    seen = []
    paths = write_templates(cfg, tmp_path / "out", on_progress=lambda *a: seen.append(a))
    assert [p.name for p in paths] == ["RENCANA-DINAS-A-2027.xlsx", "RENCANA-B-2027.xlsx"]
    assert seen == [(1, 2, paths[0]), (2, 2, paths[1])]
    assert all(p.is_file() for p in paths)
    # unit B has no IKU of its own beyond the shared one, and a single SKP indicator
    wb = openpyxl.load_workbook(paths[1])
    assert wb[L.SHEET_IKU].cell(FIRST_DATA_ROW, 1).value == "IKU-01"
    assert "_daftar" not in wb.sheetnames
    (kode,) = _dv_for(wb[L.SHEET_SKP], f"C{FIRST_DATA_ROW}")
    assert kode.formula1 == '"SKP-01"'


def test_write_templates_selected_units_case_insensitive_deduplicated(cfg, tmp_path):
    paths = write_templates(cfg, tmp_path, ["b", "B", "dinas-a"])
    assert [p.name for p in paths] == ["RENCANA-B-2027.xlsx", "RENCANA-DINAS-A-2027.xlsx"]


def test_unknown_unit_is_a_usage_error_naming_known_codes(cfg, tmp_path):
    with pytest.raises(UsageError) as info:
        write_templates(cfg, tmp_path, ["B", "NOPE"])
    assert info.value.exit_code == 2
    assert "NOPE" in info.value.message() and "DINAS-A, B" in info.value.message()
    assert list(tmp_path.iterdir()) == []  # nothing written before the codes are checked


def test_write_template_to_folder_or_file(cfg, tmp_path):
    assert write_template(cfg, "b", tmp_path).name == "RENCANA-B-2027.xlsx"
    target = tmp_path / "sub" / "mine.xlsx"
    assert write_template(cfg, "B", target) == target and target.is_file()
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temp left


def test_text_from_config_is_never_a_formula(tmp_path):
    text = SMALL_CONFIG.replace("nama: Badan Contoh", 'nama: \'=HYPERLINK("http://x","y")\'')
    cfg = parse_config_text(text)
    path = write_template(cfg, "B", tmp_path)
    ws = openpyxl.load_workbook(path)[L.SHEET_IDENTITAS]
    cell = ws.cell(IDENTITAS_ROW[L.ID_NAMA_UNIT], 2)
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"


def test_unit_without_indicators_still_writes(tmp_path):
    text = SMALL_CONFIG.replace('unit: ["DINAS-A", "B"]', 'unit: ["DINAS-A"]').replace(
        "unit: semua", 'unit: ["DINAS-A"]'
    )
    cfg = parse_config_text(text)
    wb = build_template(cfg, "B").wb
    assert wb[L.SHEET_IKU].cell(FIRST_DATA_ROW, 1).value is None
    assert not [dv for dv in wb[L.SHEET_SKP].data_validations.dataValidation if dv.type == "list"]


def test_bundled_template_sizes(config):
    wb = build_template(config, "DINKES").wb
    assert wb[L.SHEET_PEGAWAI].max_row == FIRST_DATA_ROW + config.templat.baris_pegawai - 1
    assert wb[L.SHEET_SKP].max_row == FIRST_DATA_ROW + config.templat.baris_skp - 1


def test_templates_dir_exists():
    assert TEMPLATES_DIR.is_dir()
    assert isinstance(TEMPLATES_DIR, Path)


def test_page_header_escapes_ampersand_and_stays_short(tmp_path):
    text = SMALL_CONFIG.replace("nama: Badan Contoh", "nama: Dinas Koperasi &UKM " + "x" * 300)
    wb = build_template(parse_config_text(text), "B").wb
    header = wb[L.SHEET_SKP].oddHeader.center.text
    assert "&&UKM" in header and len(header) <= 200


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\\'\""),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    instansi=_names,
    nama=_names,
    satuan=_names,
    lo=st.integers(-1000, 1000),
    span=st.integers(0, 10**6),
)
def test_any_config_text_gives_a_readable_template(instansi, nama, satuan, lo, span):
    import yaml

    data = yaml.safe_load(SMALL_CONFIG)
    data["instansi"] = instansi
    data["unit"][1]["nama"] = nama
    data["indikator"][3]["satuan"] = satuan
    data["indikator"][3]["batas"] = {"min": lo, "max": lo + span}
    cfg = parse_config_text(yaml.safe_dump(data, allow_unicode=True))
    book = build_template(cfg, "B")
    ws = book.wb[L.SHEET_IDENTITAS]
    assert ws.cell(IDENTITAS_ROW[L.ID_NAMA_UNIT], 2).value == nama
    assert ws.cell(IDENTITAS_ROW[L.ID_INSTANSI], 2).value == instansi
    assert [c.value for c in book.wb[L.SHEET_SKP][HEADER_ROW]][: len(L.SKP_COLUMNS)] == list(
        L.SKP_COLUMNS
    )
