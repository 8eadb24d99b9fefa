"""A real client: LibreOffice converts every generated template to PDF and ODS without error,
and the ODS round trip keeps the sheet names, header texts and validations.

All files go through ONE soffice call per format (soffice starts in seconds, converts fast),
with a private user profile so a running LibreOffice or a broken ~/.config does not interfere.
"""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest

from kinerja_cli import layout as L
from kinerja_cli.template import HEADER_ROW, IDENTITAS_ROW, write_templates
from tests.conftest import skip_without_soffice
from tests.test_template_support import small_config

pytestmark = [skip_without_soffice, pytest.mark.soffice, pytest.mark.slow]

HEADERS = {
    L.SHEET_IKU: L.IKU_COLUMNS,
    L.SHEET_PEGAWAI: L.PEGAWAI_COLUMNS,
    L.SHEET_SKP: L.SKP_COLUMNS,
}


@pytest.fixture(scope="module")
def converted(config, tmp_path_factory):
    """Both conversions run at once (one soffice each, own profiles): one call per format."""
    src = tmp_path_factory.mktemp("xlsx")
    files = write_templates(config, src) + write_templates(small_config(), src)
    out, procs = {}, {}
    for fmt in ("pdf", "ods"):
        profile = tmp_path_factory.mktemp(f"lo-profile-{fmt}")
        out[fmt] = tmp_path_factory.mktemp(fmt)
        procs[fmt] = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                fmt,
                "--outdir",
                str(out[fmt]),
                *map(str, files),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    for fmt, proc in procs.items():
        try:
            _, err = proc.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            pytest.fail(f"soffice --convert-to {fmt} took more than 300 s")
        assert proc.returncode == 0, err
    return files, out


def test_every_template_converts_to_pdf_and_ods(converted):
    files, out = converted
    assert len(files) == 12
    for path in files:
        for fmt, folder in out.items():
            result = folder / f"{path.stem}.{fmt}"
            assert result.is_file() and result.stat().st_size > 1000, result
    for path in files:
        assert (out["pdf"] / f"{path.stem}.pdf").read_bytes().startswith(b"%PDF")


def test_ods_round_trip_keeps_sheets_headers_and_identity(converted):
    from python_calamine import CalamineWorkbook

    files, out = converted
    for path in files:
        book = CalamineWorkbook.from_path(str(out["ods"] / f"{path.stem}.ods"))
        for sheet in (L.SHEET_PETUNJUK, *L.SHEETS_REQUIRED, L.SHEET_META):
            assert sheet in book.sheet_names, (path.name, sheet)
        for sheet, columns in HEADERS.items():
            rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            assert [str(v) for v in rows[HEADER_ROW - 1][: len(columns)]] == list(columns)
        ident = book.get_sheet_by_name(L.SHEET_IDENTITAS).to_python(skip_empty_area=False)
        for label, row in IDENTITAS_ROW.items():
            assert ident[row - 1][0] == label
        meta = book.get_sheet_by_name(L.SHEET_META).to_python()
        assert [r[0] for r in meta] == list(L.META_KEYS)


def test_ods_keeps_validations_and_protection(converted):
    files, out = converted
    for path in files:
        with zipfile.ZipFile(out["ods"] / f"{path.stem}.ods") as z:
            content = z.read("content.xml").decode("utf-8")
        conditions = re.findall(r'table:condition="([^"]*)"', content)
        assert any("cell-content-text-length()=18" in c for c in conditions), path.name
        assert any("Di Atas Ekspektasi" in c for c in conditions), path.name
        assert any("cell-content-is-decimal-number" in c for c in conditions), path.name
        for sheet in (L.SHEET_IDENTITAS, *HEADERS):
            assert re.search(
                rf'<table:table table:name="{sheet}"[^>]*table:protected="true"', content
            ), (path.name, sheet)
    # the long code list of the small config lives on the hidden list sheet: still a list
    with zipfile.ZipFile(out["ods"] / "RENCANA-DINAS-A-2027.ods") as z:
        content = z.read("content.xml").decode("utf-8")
    assert re.search(r"cell-content-is-in-list\([^)]*(daftar_kode_skp|_daftar)", content)
