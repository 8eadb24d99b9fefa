"""What every command says and writes on the examples, as text files to compare (issue 32).

A restructuring must not change behaviour. This script runs the installed ``kinerja`` (a real
process, as a user runs it) over the bundled examples, ``kinerja contoh`` files and e-Kinerja
exports, in both languages, and writes one text file per command line: the exit code, stdout
and stderr, and every workbook or CSV the command wrote (cell values of every sheet, comments
included). Run it before and after a change and compare the two folders::

    .venv/bin/python -m tests.behaviour_snapshot build/snapshot-before
    ... change ...
    .venv/bin/python -m tests.behaviour_snapshot build/snapshot-after
    diff -r build/snapshot-before build/snapshot-after

Paths of the scratch folder are replaced by ``<TMP>``, the dates the commands print are fixed
with ``--tanggal``, and what depends on the moment of the run is masked (the time a file was
stored, and the hashes and sizes of example files, whose zip entries carry the time they were
written; their cells are compared instead), so two runs of one commit give the same folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAY = "2026-11-25"
EK_DAY = "2027-01-20"


def _dump_workbook(path: Path) -> str:
    from openpyxl import load_workbook

    lines = []
    book = load_workbook(path)
    for sheet in book.worksheets:
        lines.append(f"## {sheet.title} ({sheet.sheet_state})")
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None or cell.comment is not None:
                    comment = f"  # {cell.comment.text!r}" if cell.comment else ""
                    lines.append(f"{cell.coordinate}={cell.value!r}{comment}")
    return "\n".join(lines)


def _dump_outputs(folder: Path) -> str:
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        out.append(f"### {rel}")
        if path.suffix == ".xlsx":
            out.append(_dump_workbook(path))
        elif path.suffix == ".pdf":
            text = subprocess.run(
                ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True
            )
            out.append(text.stdout if text.returncode == 0 else f"<pdf {path.stat().st_size}>")
        elif path.suffix in (".csv", ".json", ".md", ".txt", ".yaml"):
            out.append(path.read_text(encoding="utf-8", errors="replace"))
        else:
            out.append(f"<{path.stat().st_size} bytes>")
    return "\n".join(out)


_MOMENT = [
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00"), "<WAKTU>"),
    (re.compile(r"\b[0-9a-f]{64}\b"), "<SHA256>"),
    (re.compile(r'"size": \d+'), '"size": <N>'),
    (re.compile(r"^(### .*\n)?<\d+ bytes>$", re.M), r"\1<N bytes>"),
]


def _mask(text: str) -> str:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    for pattern, mark in _MOMENT:
        text = pattern.sub(mark, text)
    today = re.compile(re.escape(now.strftime("%Y-%m-%d")) + r" \d\d:\d\d")
    return today.sub("<WAKTU>", text)


class Runner:
    def __init__(self, work: Path, snap: Path) -> None:
        self.work = work
        self.snap = snap
        self.count = 0
        self.env = {
            **os.environ,
            "COLUMNS": "200",
            "NO_COLOR": "1",
            "TERM": "dumb",
            "KINERJA_CONFIG": str(work / "config" / "indikator.yaml"),
        }
        self.env.pop("KINERJA_DB", None)
        self.kinerja = str(Path(sys.executable).with_name("kinerja"))

    def writes(self, name: str, *args: str, file: str = "") -> None:
        """Run a command that writes into the folder ``name`` (``-o name/file``, or the
        folder itself without ``file``) and keep what it wrote."""
        out = self.work / name
        self(name, *args, "-o", str(out / file if file else out), outputs=out)

    def __call__(self, name: str, *args: str, outputs: Path | None = None) -> None:
        self.count += 1
        if outputs is not None:
            shutil.rmtree(outputs, ignore_errors=True)
        run = subprocess.run(
            [self.kinerja, *args], cwd=self.work, env=self.env, capture_output=True, text=True
        )
        text = [f"$ kinerja {' '.join(args)}", f"exit {run.returncode}", "--- stdout", run.stdout]
        text += ["--- stderr", run.stderr]
        if outputs is not None and outputs.exists():
            text += ["--- files", _dump_outputs(outputs)]
        body = _mask("\n".join(text).replace(str(self.work), "<TMP>"))
        (self.snap / f"{self.count:03d}-{name}.txt").write_text(body, encoding="utf-8")


def snapshot(snap: Path) -> int:
    shutil.rmtree(snap, ignore_errors=True)
    snap.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="kinerja-snap-") as tmp:
        work = Path(tmp) / "ws"
        run = Runner(Path(tmp), snap)
        run("init", "init", str(work))
        run.work = work
        run.env["KINERJA_CONFIG"] = str(work / "config" / "indikator.yaml")
        shutil.copytree(ROOT / "examples" / "masuk", work / "masuk", dirs_exist_ok=True)
        run("contoh", "contoh", "contoh", outputs=work / "contoh")
        run("contoh-ek", "contoh", "ekmasuk", "-f", "ekinerja", outputs=work / "ekmasuk")
        run("templat", "templat", "-o", "tpl", outputs=work / "tpl")
        for lang in ("id", "en"):
            for fmt in ("json", "csv", "table"):
                run(f"validasi-{fmt}-{lang}", "--lang", lang, "validasi", "masuk", "-f", fmt)
            run(f"validasi-ek-{lang}", "--lang", lang, "validasi", "ekmasuk", "-f", "json")
        run("umpan-balik", "validasi", "masuk", "--umpan-balik", "ub", outputs=work / "ub")
        run("impor", "impor", "masuk", "-f", "json", "--tanggal", DAY)
        run("impor-contoh", "impor", "contoh", "-f", "json", "--tanggal", DAY)
        for lang in ("id", "en"):
            pre = ("--lang", lang)
            run(f"status-{lang}", *pre, "status", "-f", "json")
            run(f"status-table-{lang}", *pre, "status")
            run(f"arsip-{lang}", *pre, "arsip", "-f", "json")
            for fmt in ("json", "markdown", "table"):
                run(f"ringkasan-{fmt}-{lang}", *pre, "ringkasan", "-f", fmt)
            for tingkat in ("unit", "pegawai"):
                for fmt in ("json", "csv", "table"):
                    run(
                        f"peringkat-{tingkat}-{fmt}-{lang}",
                        *pre,
                        "peringkat",
                        "--tingkat",
                        tingkat,
                        "-f",
                        fmt,
                    )
            for periode in ("TW1", "TW2", "TW3"):
                run(f"pantau-{periode}-{lang}", *pre, "pantau", "-p", periode, "-f", "json")
            run(f"pantau-table-{lang}", *pre, "pantau", "-p", "TW2")
            run(f"kebutuhan-{lang}", *pre, "kebutuhan", "-f", "json", "--tanggal", DAY)
            run(f"kebutuhan-table-{lang}", *pre, "kebutuhan", "--tanggal", DAY)
            for tingkat in ("unit", "pegawai"):
                run(f"tren-{tingkat}-{lang}", *pre, "tren", "--tingkat", tingkat, "-f", "json")
            run(f"tren-pembinaan-{lang}", *pre, "tren", "--pembinaan", "-f", "json")
            for periode in ("tahunan", "TW2"):
                rekap = f"rekap masuk contoh -p {periode} --tanggal {DAY}"
                run.writes(f"rekap-{periode}-{lang}", *pre, *rekap.split(), file="rekap.xlsx")
            rekap = f"rekap --tanggal {DAY} --tren"
            run.writes(f"rekap-store-{lang}", *pre, *rekap.split(), file="rekap.xlsx")
            needs = f"kebutuhan -f xlsx --tanggal {DAY}"
            run.writes(f"kebutuhan-xlsx-{lang}", *pre, *needs.split(), file="k.xlsx")
            for fmt in ("pdf", "xlsx"):
                docs = f"dokumen --unit BKD -f {fmt} --tanggal {DAY}"
                run.writes(f"dokumen-{fmt}-{lang}", *pre, *docs.split())
        run("impor-ek", "impor", "ekmasuk", "-f", "json", "--tanggal", EK_DAY)
        run("ringkasan-ek", "ringkasan", "-f", "json")
        run.writes("rekap-ek", *f"rekap ekmasuk --tanggal {EK_DAY}".split(), file="r.xlsx")
        run("salin-db", "salin-db", "config/kinerja.db", "salin.db", "-f", "json")
        run("status-salin", "--db", "salin.db", "status", "-f", "json")
        run("pulihkan", "arsip", "--pulihkan", "BKD", "--versi", "1", "-f", "json")
        run("unit-unknown", "peringkat", "--unit", "XYZ", "-f", "json")
        run("bad-config", "--config", "tidak-ada.yaml", "status")
        run("validasi-periode", "validasi", "masuk", "-p", "TW2", "-f", "json")
    return run.count


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/snapshot")
    n = snapshot(target)
    print(f"{n} command lines written to {target}")
