"""The expected outputs in examples/keluaran/ are what the tool really produces from
examples/masuk/ with the bundled config.

Regenerate after an intended change with:  .venv/bin/python -m tests.test_examples_outputs
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import BUNDLED_CONFIG, ROOT

EXAMPLES = ROOT / "examples"
EXPECTED = EXAMPLES / "keluaran"
TEXT_OUTPUTS = {
    "validasi.json": ("validasi", "masuk", "--format", "json"),
    "ringkasan.json": ("ringkasan", "--format", "json"),
    "ringkasan.md": ("ringkasan", "--format", "markdown"),
    "peringkat-unit.json": ("peringkat", "--tingkat", "unit", "--format", "json"),
    "peringkat-pegawai.csv": ("peringkat", "--format", "csv"),
}
RECAP = "REKAP-2026-tahunan.xlsx"
DOCUMENT = "DOKUMEN-BKD-2026-tahunan.pdf"
"""One unit's evaluation documents (``kinerja dokumen --unit BKD``), the sample of issue 11."""
DAY = "2026-11-25"
"""The date printed on the expected recap: fixed, so the outputs do not depend on the day."""


def produce(out: Path, db: Path) -> dict[str, str]:
    """Run the CLI over examples/masuk exactly as the README shows; return text outputs."""
    import os

    from kinerja_cli.cli.main import app

    runner = CliRunner()
    common = ["--config", str(BUNDLED_CONFIG), "--db", str(db)]
    cwd = os.getcwd()
    os.chdir(EXAMPLES)  # file names in the outputs read "masuk/RENCANA-...", as a user sees
    try:
        rekap = runner.invoke(
            app, [*common, "rekap", "masuk", "--tanggal", DAY, "-o", str(out / RECAP)]
        )
        assert rekap.exit_code in (0, 1), rekap.output
        dokumen = runner.invoke(
            app, [*common, "dokumen", "--unit", "BKD", "--tanggal", DAY, "-o", str(out)]
        )
        assert dokumen.exit_code == 0, dokumen.output
        texts = {}
        for name, args in TEXT_OUTPUTS.items():
            result = runner.invoke(app, [*common, *args])
            assert result.exit_code in (0, 1), result.output
            texts[name] = result.stdout
    finally:
        os.chdir(cwd)
    return texts


def sheet_values(path: Path, sheet: str) -> list[tuple]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


@pytest.mark.slow(reason="end-to-end CLI runs, ~5 s on 2 busy cores")
def test_expected_outputs_are_current(tmp_path):
    texts = produce(tmp_path, tmp_path / "kinerja.db")
    for name, text in texts.items():
        expected = (EXPECTED / name).read_text(encoding="utf-8")
        assert text == expected, (
            f"examples/keluaran/{name} is stale: run .venv/bin/python -m tests.test_examples_outputs"
        )
    for sheet in ("Unit", "Pegawai", "Indikator", "Pembinaan", "Masalah"):
        assert sheet_values(tmp_path / RECAP, sheet) == sheet_values(EXPECTED / RECAP, sheet), sheet
    assert pdf_pages(tmp_path / DOCUMENT) == pdf_pages(EXPECTED / DOCUMENT), DOCUMENT


def pdf_pages(path: Path) -> list[str]:
    """The text of every page (the PDF's bytes carry typst's build; the text is the content)."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def update() -> None:
    import tempfile

    EXPECTED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        texts = produce(Path(tmp), Path(tmp) / "kinerja.db")
        for name, text in texts.items():
            (EXPECTED / name).write_text(text, encoding="utf-8")
        shutil.copyfile(Path(tmp) / RECAP, EXPECTED / RECAP)
        shutil.copyfile(Path(tmp) / DOCUMENT, EXPECTED / DOCUMENT)
    sys.stderr.write(f"updated {EXPECTED}\n")


if __name__ == "__main__":
    update()
