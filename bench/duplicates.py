"""Issue 26, item 6: how long the duplicate checks take on fill-down mistakes, through the CLI.

Builds, from the ``kinerja contoh`` files, the files of tests/test_duplicates_linear.py at full
size (one NIP on 100,000 rows of an e-Kinerja export, of the Pegawai sheet, of a Laporan SKP
and of ``pengecualian.csv``; one SKP row and one IKU row copied down 100,000 rows; a cycle of
5,000 raters), runs each command in a fresh process and prints the wall time, the peak memory
(``ru_maxrss`` of the process and the workers it waited for), the exit code and the issue
kodes found. Prints, never asserts: the tests assert the shapes.

Usage::

    python bench/duplicates.py                 # all cases, 100,000 rows
    python bench/duplicates.py --rows 10000    # smaller
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONFIG = ROOT / "config" / "indikator.yaml"
TODAY = ["--tanggal", "2027-01-20"]
KINERJA = [sys.executable, "-c", "from kinerja_cli.cli.main import app; app()"]


def run(args: list[str]) -> tuple[float, float, int, str]:
    """(seconds, peak MB of the process and the workers it waited for, exit code, stdout)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*KINERJA, "--config", str(CONFIG), *args],
            stdout=out,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "NO_COLOR": "1"},
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return seconds, usage.ru_maxrss / 1024, proc.returncode, text


def kodes(stdout: str) -> str:
    try:
        issues = json.loads(stdout)["issues"]
    except (ValueError, KeyError, TypeError):
        return "-"
    return ", ".join(f"{k} x{n}" for k, n in collections.Counter(i["kode"] for i in issues).items())


def build(base: Path, n: int, cycle: int) -> list[tuple[str, list[str]]]:
    """Write the files into ``base``; the cases to run: (label, kinerja arguments)."""
    from tests import test_duplicates_linear as t

    subprocess.run([*KINERJA, "--config", str(CONFIG), "contoh", str(base / "masuk"), "-u",
                    "DINKES"], check=True, capture_output=True)  # fmt: skip
    subprocess.run([*KINERJA, "--config", str(CONFIG), "contoh", "-f", "ekinerja",
                    str(base / "ek")], check=True, capture_output=True)  # fmt: skip
    (template,) = (base / "masuk").glob("*.xlsx")
    cases: list[tuple[str, list[str]]] = []
    ek = base / "penilaian.csv"
    t.ekinerja_csv(base / "ek" / "Laporan Penilaian SKP DINKES 2026.xlsx", ek, n)
    cases.append((f"e-Kinerja Penilaian, 1 NIP x {n}", ["validasi", str(ek)]))
    peg = base / "pegawai" / template.name
    peg.parent.mkdir()
    t.template_with_copies(template, peg, n)
    cases.append((f"Pegawai sheet, 1 NIP x {n + 1}", ["validasi", str(peg)]))
    for sheet in ("SKP", "IKU"):
        path = base / sheet.lower() / template.name
        path.parent.mkdir()
        t.sheet_row_copied(template, path, sheet, n)
        cases.append((f"{sheet} sheet, 1 row x {n + 1}", ["validasi", str(path)]))
    cyc = base / "cycle" / template.name
    cyc.parent.mkdir()
    t.pegawai_in_a_cycle(template, cyc, cycle)
    cases.append((f"raters in one cycle of {cycle}", ["validasi", str(cyc)]))
    two = base / "two"
    two.mkdir()
    for unit in ("DINKES", "BAPPEDA"):
        subprocess.run([*KINERJA, "--config", str(CONFIG), "contoh", str(base / unit), "-u",
                        unit], check=True, capture_output=True)  # fmt: skip
        (source,) = (base / unit).glob("*.xlsx")
        t.pegawai_in_a_cycle(source, two / source.name, n // 5, raters=False)
    cases.append((f"two units sharing {n // 5} NIPs", ["validasi", str(two)]))
    folder = base / "rekap"
    folder.mkdir()
    for name in ("Laporan Penilaian SKP DINKES 2026.xlsx", "Laporan SKP DINKES 2026.xlsx"):
        (folder / name).write_bytes((base / "ek" / name).read_bytes())
    exclusions = base / "pengecualian.csv"
    t.exclusions_csv(exclusions, "196501011990031001", n)
    cases.append(
        (
            f"pengecualian.csv, 1 NIP x {n} (rekap)",
            ["rekap", str(folder), "--pengecualian", str(exclusions), "--db",
             str(base / "k.db"), "-o", str(base / "rekap.xlsx")],
        )
    )  # fmt: skip
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--cycle", type=int, default=5_000)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.build is not None:  # the child that writes the files (heavy imports stay there)
        print(json.dumps(build(opts.build, opts.rows, opts.cycle)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        made = subprocess.run(
            [sys.executable, __file__, "--build", tmp, "--rows", str(opts.rows),
             "--cycle", str(opts.cycle)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        # this process imports nothing of kinerja: a child's peak memory is its own
        print(f"{'case':44} {'s':>7} {'MB':>7} {'exit':>4}  issues")
        for label, args in json.loads(made.stdout):
            json_args = ["--format", "json"] if args[0] == "validasi" else []
            seconds, mb, code, out = run([*args, *json_args, *TODAY])
            print(f"{label:44} {seconds:7.2f} {mb:7.0f} {code:>4}  {kodes(out)}")


if __name__ == "__main__":
    main()
