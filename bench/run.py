"""``make bench``: how fast kinerja is, measured side by side with the fastest raw reader.

For each stage, in a fresh process per run: the median (and minimum) of the runs, the peak
memory, and the ratio to the raw python-calamine read of the same files measured in the same
run. Then the targets with a PASS/FAIL label (never an assertion): those of issue 10 through the
CLI (``kinerja validasi DIR``, ``kinerja rekap DIR``, one file, ``--help``; process start
included), then the library ones of issue 6; and the check that the fast path scores exactly
as the straightforward path does and that ``kinerja validasi`` reports the same issues. The
machine's other load is shown beside every stage ("lain") and as load averages.

Peak memory is given two ways: the largest single process (``ru_maxrss`` of the stage's
process and the workers it waited for, from ``os.wait4``) and the whole process tree
(proportional set size of the stage process and all its descendants, sampled every 0.1 s
from ``/proc``; PSS counts pages shared between forked workers once).

Usage::

    python bench/run.py                          # kota, 3 runs
    python bench/run.py --kind both              # kota (3 runs) and provinsi (1 run)
    python bench/run.py --kind provinsi --runs 1
    python bench/run.py --quick                  # a small corpus, 1 run: proves it works
    python bench/run.py --units 2 --employees 5 --quick --build-dir /tmp/b

Results are also written as JSON to ``<build-dir>/results-<kind>.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402

STAGE_SCRIPT = HERE / "stages.py"
SAMPLE_EVERY = 0.1
QUICK_UNITS, QUICK_EMPLOYEES = 4, 40

# (key, label, how): how is "child" (bench/stages.py), "cli" (kinerja rekap), "cli_validate"
# (kinerja validasi DIR), "cli_one" (kinerja validasi ONE_FILE), "cli_dokumen" (kinerja dokumen
# from the store the "cli" stage filled) or "help"
STAGES: tuple[tuple[str, str, str], ...] = (
    ("help", "kinerja --help (proses baru)", "help"),
    ("cli_one", "CLI: kinerja validasi SATU berkas", "cli_one"),
    ("calamine", "python-calamine mentah, berurutan [ACUAN]", "child"),
    ("calamine_threads", "python-calamine, 1 thread per inti", "child"),
    ("pandas", "pandas.read_excel(engine=openpyxl)", "child"),
    ("read", "baca kita (pre-flight + sandbox)", "child"),
    ("validate", "baca + normalisasi + validasi", "child"),
    ("ingest", "impor ke penyimpanan (db baru)", "child"),
    ("load", "muat dari penyimpanan", "child"),
    ("score", "penilaian", "child"),
    ("write", "tulis buku kerja rekap", "child"),
    ("e2e_lib", "ujung ke ujung: pustaka", "child"),
    ("cli_validate", "CLI: kinerja validasi DIR --format json", "cli_validate"),
    ("e2e_cli", "ujung ke ujung: kinerja rekap (CLI)", "cli"),
    ("cli_dokumen", "CLI: kinerja dokumen (semua pegawai, PDF)", "cli_dokumen"),
    ("impor_sqlite", "CLI: kinerja impor DIR ke SQLite (baru)", "cli_impor"),
    ("impor_pg", "CLI: kinerja impor DIR ke PostgreSQL (baru)", "cli_impor"),
)
LABELS = {k: label for k, label, _ in STAGES}
NEEDS_DB = {"load", "score", "write"}
ONE_FILE_RUNS = 2
"""Runs of the one-file stage per round (it is short: more samples for its median)."""
CLI_VALIDASI_JSON = "validasi-cli.json"
"""Where the last ``kinerja validasi DIR --format json`` run leaves its stdout (checked by the
``verify`` stage against the straightforward path)."""


# ---- measuring one process --------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return kids
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                kids.extend(int(x) for x in fh.read().split())
        except OSError:
            continue
    return kids


def _proc_field_kb(path: str, field: str) -> int | None:
    """The number after ``field`` in a /proc file (kB), or None."""
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _memory_kb(pid: int) -> int:
    """Proportional set size (kB), else resident set size."""
    pss = _proc_field_kb(f"/proc/{pid}/smaps_rollup", "Pss:")
    if pss is not None:
        return pss
    return _proc_field_kb(f"/proc/{pid}/status", "VmRSS:") or 0


def tree_memory_kb(pid: int) -> int:
    """Memory of ``pid`` and all its descendants now (kB)."""
    seen, todo, total = set(), [pid], 0
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _memory_kb(p)
        todo.extend(_children(p))
    return total


class TreeSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak_kb = max(self.peak_kb, tree_memory_kb(self.pid))
            self._stop_event.wait(SAMPLE_EVERY)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass(slots=True)
class Measured:
    wall: float
    seconds: float
    """The stage's own time: reported by the child, else the wall time."""
    maxrss_mb: float
    tree_mb: float
    returncode: int
    info: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    busy_before: float | None = None
    """Cores kept busy by other processes just before the stage (see :func:`busy_cores`)."""


def _busy_seconds() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (/proc/stat)."""
    try:
        with open("/proc/stat") as fh:
            fields = fh.readline().split()[1:]
    except OSError:
        return None
    ticks = [int(x) for x in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def busy_cores(window: float = 0.25) -> float | None:
    """How many cores other processes keep busy, over ``window`` seconds while this benchmark
    waits (no stage running). On a shared machine another process on one of two cores halves
    what a parallel stage can use but barely slows the sequential baseline, so the report
    shows this next to every stage."""
    start = _busy_seconds()
    time.sleep(window)
    end = _busy_seconds()
    if start is None or end is None:
        return None
    return max(0.0, (end - start) / window)


def run_process(
    cmd: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    sample: bool = True,
    ok_codes: tuple[int, ...] = (0,),
    keep_stdout: Path | None = None,
) -> Measured:
    """Run ``cmd``; wall time, largest process RSS (wait4) and sampled tree memory.
    ``keep_stdout``: also write the command's stdout to this file."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env
        )
        sampler = TreeSampler(proc.pid) if sample else None
        if sampler is not None:
            sampler.start()
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if sampler is not None:
            sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if keep_stdout is not None:
        keep_stdout.write_text(stdout, encoding="utf-8")
    m = Measured(
        wall=wall,
        seconds=wall,
        maxrss_mb=usage.ru_maxrss / 1024,
        tree_mb=(sampler.peak_kb / 1024) if sampler else 0.0,
        returncode=proc.returncode,
    )
    lines = [ln for ln in stdout.splitlines() if ln.startswith("{")]
    if lines:
        try:
            payload = json.loads(lines[-1])
            m.seconds = float(payload["seconds"])
            m.info = payload.get("info", {})
        except (ValueError, KeyError):
            pass
    if m.returncode not in ok_codes:
        tail = (stderr.strip().splitlines() or stdout.strip().splitlines() or ["?"])[-5:]
        m.error = f"kode keluar {m.returncode}: " + " | ".join(tail)
    return m


# ---- the machine ------------------------------------------------------------------------------


def load_average() -> tuple[float, float, float] | None:
    try:
        return os.getloadavg()
    except OSError:  # pragma: no cover - not on Linux
        return None


def machine() -> dict[str, Any]:
    from importlib import metadata

    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    ram_gb = None
    try:
        with open("/proc/meminfo") as fh:
            kb = next(int(ln.split()[1]) for ln in fh if ln.startswith("MemTotal:"))
            ram_gb = round(kb / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    versions = {}
    for dist in ("python-calamine", "openpyxl", "pandas", "xlsxwriter", "kinerja-cli"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "-"
    commit = "-"
    try:
        head = subprocess.run(
            ["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            [
                "git",
                "-C",
                str(HERE.parent),
                "status",
                "--porcelain",
                "--untracked-files=no",
                "--",
                "src",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        commit = f"{head}{' + perubahan belum di-commit di src/' if dirty else ''}" or "-"
    except OSError:
        pass
    return {
        "commit": commit,
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "system": platform.platform(),
        "versions": versions,
    }


# ---- the corpus --------------------------------------------------------------------------------

_ENSURE = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import corpus
spec = corpus.CorpusSpec(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
c = corpus.ensure_corpus(spec, build_dir=Path(sys.argv[6]), workers=int(sys.argv[7]),
                         log=lambda m: print(m, file=sys.stderr, flush=True))
print(json.dumps({"root": str(c.root), "key": c.key, "files": [str(f) for f in c.files],
                  "generated": c.generated, "seconds": c.seconds, "facts": c.facts}))
"""


def corpus_in_child(
    spec: corpus_mod.CorpusSpec, build_dir: Path, workers: int
) -> corpus_mod.Corpus:
    """:func:`corpus.ensure_corpus` in a child process, so this process stays small: on Linux
    a child's ``ru_maxrss`` starts at its parent's resident size (it is inherited through
    fork and exec), which would put a floor under every stage's figure."""
    cmd = [
        sys.executable,
        "-c",
        _ENSURE,
        str(HERE),
        spec.kind,
        str(spec.units),
        str(spec.employees),
        str(spec.seed),
        str(build_dir.resolve()),
        str(workers),
    ]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
    d = json.loads(done.stdout.strip().splitlines()[-1])
    return corpus_mod.Corpus(
        spec,
        Path(d["root"]),
        d["key"],
        [Path(f) for f in d["files"]],
        d["generated"],
        d["seconds"],
        d["facts"],
    )


# ---- one kind -----------------------------------------------------------------------------------


def store_cmd(config: Path, db: str) -> list[str]:
    """``kinerja --config CONFIG --db DB --quiet``: the start of every command over a store."""
    return [*kinerja_cmd(), "--config", str(config), "--db", db, "--quiet"]


def kinerja_cmd() -> list[str]:
    script = Path(sys.executable).parent / "kinerja"
    if script.is_file():
        return [str(script)]
    found = shutil.which("kinerja")
    if found:
        return [found]
    return [sys.executable, "-c", "from kinerja_cli.cli.main import run; run()"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    for key in ("KINERJA_CONFIG", "KINERJA_DB"):
        env.pop(key, None)
    env.update(NO_COLOR="1", TERMINAL_WIDTH="200")
    return env


def _remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


@dataclass(slots=True)
class KindRun:
    corpus: corpus_mod.Corpus
    runs: int
    work: Path
    stages: list[str]
    results: dict[str, list[Measured]] = field(default_factory=dict)
    verify: Measured | None = None
    loadavg_before: tuple[float, float, float] | None = None
    loadavg_after: tuple[float, float, float] | None = None
    pg: Any = None
    """A throwaway PostgreSQL server (tests/pgcluster.py) for the impor_pg stage."""
    pg_why: str = ""

    def median(self, key: str) -> float | None:
        ok = [m.seconds for m in self.results.get(key, []) if m.error is None]
        return statistics.median(ok) if ok else None


@contextlib.contextmanager
def postgres_if(run: KindRun, wanted: bool) -> Iterator[None]:
    """A throwaway PostgreSQL server (the tests' own, :mod:`tests.pgcluster`) while the kind
    is measured, when the impor_pg stage is chosen; without the binaries the stage is skipped
    and says why."""
    if not wanted:
        yield
        return
    sys.path.insert(0, str(HERE.parent))
    try:
        from tests.pgcluster import throwaway_server

        server = throwaway_server()
        run.pg = server.__enter__()
    except BaseException as exc:  # pytest's Skipped is a BaseException
        run.pg, run.pg_why = None, f"{type(exc).__name__}: {exc}"
        yield
        return
    try:
        yield
    finally:
        server.__exit__(None, None, None)


def measure_kind(run: KindRun, *, say: Any) -> None:
    c = run.corpus
    env = child_env()
    py = sys.executable
    prepared = run.work / "prepared.db"
    cli_db = run.work / "e2e-cli.db"
    _remove_db(prepared)
    for path in c.files:  # warm the page cache: every stage reads warm files
        path.read_bytes()
    base = ["--corpus", str(c.root), "--work", str(run.work)]
    run.loadavg_before = load_average()
    help_runs = max(5, run.runs)
    for r in range(run.runs):
        for key, _label, how in STAGES:
            if key not in run.stages:
                continue
            if how == "help":
                ms = [
                    run_process([*kinerja_cmd(), "--help"], env=env, sample=False)
                    for _ in range(help_runs if r == 0 else 0)
                ]
                run.results.setdefault(key, []).extend(ms)
                continue
            ok_codes: tuple[int, ...] = (0,)
            keep: Path | None = None
            repeat = 1
            if how == "cli_validate":
                # exit 1 = errors found: still a complete run
                cmd = [
                    *kinerja_cmd(),
                    "--config",
                    str(c.config_path),
                    "validasi",
                    str(c.input_dir),
                    "--format",
                    "json",
                ]
                ok_codes, keep = (0, 1), run.work / CLI_VALIDASI_JSON
            elif how == "cli_one":
                cmd = [
                    *kinerja_cmd(),
                    "--config",
                    str(c.config_path),
                    "validasi",
                    str(c.files[0]),
                    "--format",
                    "json",
                ]
                ok_codes, repeat = (0, 1), ONE_FILE_RUNS
            elif how == "cli":
                _remove_db(cli_db)
                out = run.work / "rekap-e2e-cli.xlsx"
                cmd = [
                    *store_cmd(c.config_path, str(cli_db)),
                    "rekap",
                    str(c.input_dir),
                    "-o",
                    str(out),
                ]
                ok_codes = (0, 1)  # rekap exits 1 when the data has errors: still a complete run
            elif how == "cli_impor":
                if key == "impor_pg":
                    if run.pg is None:
                        say(f"  lewati {key}: PostgreSQL tidak tersedia ({run.pg_why})")
                        continue
                    target = run.pg.new_database("bench")
                else:
                    target = str(run.work / "impor-sqlite.db")
                    _remove_db(Path(target))
                cmd = [*store_cmd(c.config_path, target), "impor", str(c.input_dir)]
                ok_codes = (0, 1)  # exit 1: files with data errors, stored all the same
            elif how == "cli_dokumen":
                if not cli_db.is_file():
                    say(f"  lewati {key}: belum ada penyimpanan dari tahap e2e_cli")
                    continue
                docs = run.work / "dokumen"
                shutil.rmtree(docs, ignore_errors=True)
                cmd = [
                    *store_cmd(c.config_path, str(cli_db)),
                    "dokumen",
                    "--tanggal",
                    "2026-12-31",
                    "-o",
                    str(docs),
                ]
                ok_codes = (0, 1)  # exit 1: some employees incomplete, the rest written
            else:
                cmd = [py, str(STAGE_SCRIPT), key, *base]
                if key == "ingest":
                    cmd += ["--db", str(run.work / "ingest.db")]
                elif key in NEEDS_DB:
                    if not prepared.is_file():
                        say(f"  lewati {key}: belum ada penyimpanan dari tahap impor")
                        continue
                    cmd += ["--db", str(prepared)]
            for _ in range(repeat):
                busy = busy_cores()
                m = run_process(cmd, env=env, ok_codes=ok_codes, keep_stdout=keep)
                m.busy_before = busy
                run.results.setdefault(key, []).append(m)
                if key == "ingest" and m.error is None and not prepared.is_file():
                    os.replace(run.work / "ingest.db", prepared)
                state = f"GAGAL ({m.error})" if m.error else f"{m.seconds:7.2f} s"
                say(f"  [{r + 1}/{run.runs}] {LABELS[key]:<42} {state}")
    run.loadavg_after = load_average()
    if {"e2e_lib", "e2e_cli", "cli_validate"} & set(run.stages) or "verify" in run.stages:
        cmd = [py, str(STAGE_SCRIPT), "verify", *base]
        if cli_db.is_file():
            cmd += ["--db", str(cli_db)]
        if (run.work / CLI_VALIDASI_JSON).is_file():
            cmd += ["--cli-json", str(run.work / CLI_VALIDASI_JSON)]
        run.verify = run_process(cmd, env=env, sample=False)


# ---- reporting -------------------------------------------------------------------------------


def _fmt_busy(ms: list[Measured]) -> str:
    busy = [m.busy_before for m in ms if m.busy_before is not None]
    return f"{statistics.median(busy):.1f}" if busy else "-"


def _fmt_ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"


# The quality bars of issue 10 (product.md, "Quality bars"): through the CLI, process start
# included, as ratios to the raw sequential calamine read measured in the same run.
DOKUMEN_MAX_S = 60.0
IMPOR_PG_MAX = 1.5
"""Issue 14: ingest of the city into PostgreSQL within 1.5x of SQLite (both through the CLI)."""
"""Issue 11: the evaluation documents of the 16,000-employee city, on 2 cores."""
CLI_VALIDASI_MAX = 1.5
CLI_REKAP_MAX = 3.5
CLI_REKAP_PANDAS_MAX = 0.3
ONE_FILE_MAX_S = 0.5
HELP_MAX_S = 0.2


def targets(run: KindRun) -> list[tuple[str | None, str]]:
    """(PASS/FAIL/None, text) for each target that applies to this corpus: first the CLI
    targets of issue 10, then the library targets of issue 6 (kept for comparison)."""
    kind = run.corpus.spec.kind
    out: list[tuple[str | None, str]] = []
    raw = run.median("calamine")
    pandas = run.median("pandas")
    is_city = kind == "kota"
    note = "" if is_city else " (info: target untuk korpus kota)"

    def label(ok: bool | None, applies: bool = True) -> str | None:
        return None if ok is None or not applies else ("PASS" if ok else "FAIL")

    def ratio(key: str, ref: float | None) -> float | None:
        v = run.median(key)
        return None if v is None or not ref else v / ref

    # ---- issue 10: what a user waits for (CLI, process start included)
    v = ratio("cli_validate", raw)
    if "cli_validate" in run.results:
        out.append(
            (
                label(None if v is None else v <= CLI_VALIDASI_MAX, is_city),
                f"[issue 10] kinerja validasi DIR <= {CLI_VALIDASI_MAX}x calamine mentah: "
                f"{_fmt_ratio(v)}{note}",
            )
        )
    if "e2e_cli" in run.results:
        a, b = ratio("e2e_cli", raw), ratio("e2e_cli", pandas)
        out.append(
            (
                label(None if a is None else a <= CLI_REKAP_MAX, is_city),
                f"[issue 10] kinerja rekap DIR <= {CLI_REKAP_MAX}x calamine mentah: "
                f"{_fmt_ratio(a)}{note}",
            )
        )
        out.append(
            (
                label(None if b is None else b <= CLI_REKAP_PANDAS_MAX, is_city),
                f"[issue 10] kinerja rekap DIR <= {CLI_REKAP_PANDAS_MAX}x pandas/openpyxl: "
                f"{_fmt_ratio(b)}{note}",
            )
        )
    one = run.median("cli_one")
    if one is not None:
        out.append(
            (
                label(one <= ONE_FILE_MAX_S, is_city),
                f"[issue 10] kinerja validasi SATU berkas (konfigurasi {len(run.corpus.files)} "
                f"unit) <= {ONE_FILE_MAX_S} s: {one:.3f} s{note}",
            )
        )
    h = run.median("help")
    if h is not None:
        out.append(
            (label(h <= HELP_MAX_S), f"[issue 10] kinerja --help <= {HELP_MAX_S} s: {h:.3f} s")
        )
    pg, lite = run.median("impor_pg"), run.median("impor_sqlite")
    if pg is not None and lite:
        out.append(
            (
                label(pg / lite <= IMPOR_PG_MAX, is_city),
                f"[issue 14] kinerja impor DIR ke PostgreSQL <= {IMPOR_PG_MAX}x SQLite: "
                f"{pg:.2f} s / {lite:.2f} s = {_fmt_ratio(pg / lite)}{note}",
            )
        )
    d = run.median("cli_dokumen")
    if d is not None:
        spec = run.corpus.spec
        who = f"{spec.units * spec.employees} pegawai"
        out.append(
            (
                label(d <= DOKUMEN_MAX_S, is_city),
                f"[issue 11] kinerja dokumen ({who}, PDF per unit) <= {DOKUMEN_MAX_S:.0f} s: "
                f"{d:.1f} s{note}",
            )
        )

    # ---- issue 6: the library path (kept for comparison)
    v = ratio("validate", raw)
    if v is not None:
        out.append(
            (
                label(v <= 2.0),
                f"[issue 6] pustaka: baca + normalisasi + validasi <= 2x calamine mentah: "
                f"{_fmt_ratio(v)}",
            )
        )
    a, b = ratio("e2e_lib", raw), ratio("e2e_lib", pandas)
    if "e2e_lib" in run.results:
        out.append(
            (
                label(None if a is None else a <= 5.0, is_city),
                f"[issue 6] {LABELS['e2e_lib']} <= 5x calamine mentah: {_fmt_ratio(a)}{note}",
            )
        )
        out.append(
            (
                label(None if b is None else b < 0.5, is_city),
                f"[issue 6] {LABELS['e2e_lib']} < 0.5x pandas/openpyxl: {_fmt_ratio(b)}{note}",
            )
        )
    is_prov = kind == "provinsi"
    for key in ("e2e_lib", "e2e_cli"):
        peaks = [m.tree_mb for m in run.results.get(key, []) if m.error is None]
        if peaks:
            peak = max(peaks)
            note_p = "" if is_prov else " (info: target untuk korpus provinsi)"
            out.append(
                (
                    label(peak < 1024, is_prov),
                    f"{LABELS[key]}: memori puncak (semua proses) < 1 GB: {peak:.0f} MB{note_p}",
                )
            )
    return out


def report(run: KindRun, mach: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    c = run.corpus
    f = c.facts
    lines = []
    lines.append(
        f"== Korpus {c.spec.kind}: {len(c.files)} berkas, {f.get('pegawai')} pegawai, "
        f"{f.get('skp_rows')} baris SKP, {f.get('bytes', 0) / 1e6:.1f} MB "
        f"({c.root})"
    )
    lines.append(
        f"   Mesin: {mach['cpu']}, {mach['nproc']} inti, RAM {mach['ram_gb']} GB, "
        f"Python {mach['python']}; "
        + ", ".join(f"{k} {v}" for k, v in mach["versions"].items())
        + f"; kode {mach['commit']}"
    )
    lines.append(
        f"   {run.runs} putaran per tahap, setiap putaran proses baru; waktu = median "
        "(min); rasio = median / median calamine mentah (dan min / min)"
    )
    raw = run.median("calamine")
    head = (
        f"   {'tahap':<42} {'median':>8} {'min':>8} {'rasio':>8} {'(min)':>7} "
        f"{'RSS maks':>9} {'semua proses':>13} {'lain':>5}"
    )
    lines.append(head)
    lines.append("   " + "-" * (len(head) - 3))
    rows: dict[str, Any] = {}
    for key, label_, _how in STAGES:
        ms = run.results.get(key)
        if not ms:
            continue
        ok = [m for m in ms if m.error is None]
        if not ok:
            lines.append(f"   {label_:<42} GAGAL: {ms[0].error}")
            rows[key] = {"error": ms[0].error}
            continue
        med = statistics.median(m.seconds for m in ok)
        mn = min(m.seconds for m in ok)
        rss = max(m.maxrss_mb for m in ok)
        tree = max(m.tree_mb for m in ok)
        ratio = med / raw if raw else None
        raw_min = min(
            (m.seconds for m in run.results.get("calamine", []) if m.error is None), default=None
        )
        ratio_min = mn / raw_min if raw_min else None
        tree_text = f"{tree:8.0f} MB" if tree else "        -"
        lines.append(
            f"   {label_:<42} {med:7.2f}s {mn:7.2f}s {_fmt_ratio(ratio):>8} "
            f"{_fmt_ratio(ratio_min):>7} "
            f"{rss:6.0f} MB {tree_text:>13} {_fmt_busy(ok):>5}"
        )
        rows[key] = {
            "label": label_,
            "median_s": round(med, 4),
            "min_s": round(mn, 4),
            "runs": [round(m.seconds, 4) for m in ok],
            "ratio_calamine": None if ratio is None else round(ratio, 3),
            "ratio_calamine_min": None if ratio_min is None else round(ratio_min, 3),
            "maxrss_mb": round(rss, 1),
            "tree_peak_mb": round(tree, 1),
            "busy_other_cores": [m.busy_before for m in ok],
            "info": ok[-1].info,
        }
    if run.loadavg_before is not None and run.loadavg_after is not None:
        lines.append(
            "   beban mesin (load average 1/5/15 menit): sebelum "
            + "/".join(f"{x:.2f}" for x in run.loadavg_before)
            + ", sesudah "
            + "/".join(f"{x:.2f}" for x in run.loadavg_after)
        )
    busy_all = [
        m.busy_before for ms in run.results.values() for m in ms if m.busy_before is not None
    ]
    if busy_all:
        mean_busy = statistics.mean(busy_all)
        lines.append(
            f"   lain = inti yang dipakai proses lain sesaat sebelum tahap (median); "
            f"rata-rata {mean_busy:.2f} inti"
        )
        if mean_busy > 0.3:
            lines.append(
                "   PERINGATAN: mesin sedang dipakai proses lain; tahap paralel (dua "
                "pekerja) dirugikan dibanding acuan berurutan: ulangi saat senggang."
            )
    lines.append("   Target:")
    tlist = targets(run)
    for verdict, text in tlist:
        lines.append(f"   {verdict or 'info':<5} {text}")
    verified: dict[str, Any] = {}
    if run.verify is not None:
        v = run.verify
        if v.error:
            lines.append(f"   Pemeriksaan hasil GAGAL dijalankan: {v.error}")
            verified = {"error": v.error}
        else:
            checks = v.info.get("checks", {})
            verified = v.info
            names = {
                "validasi": "validasi paralel = validasi berurutan",
                "pustaka": "skor ujung ke ujung (pustaka) = jalur lurus",
                "cli": "skor dari penyimpanan CLI = jalur lurus",
                "cli_validasi": "masalah dari kinerja validasi --format json = jalur lurus",
            }
            lines.append(
                f"   Pemeriksaan hasil (jalur lurus: tiap berkas dibaca tanpa "
                f"sandbox/pool, divalidasi satu per satu, dinilai): "
                f"{v.info.get('units')} unit, {v.info.get('employees')} pegawai "
                f"({v.info.get('scored')} bernilai), {v.info.get('issues')} masalah"
            )
            for key, value in checks.items():
                word = "SAMA" if value is True else f"BEDA {value}"
                lines.append(f"   {'ok' if value is True else 'BEDA':<5} {names[key]}: {word}")
    data = {
        "kind": c.spec.kind,
        "corpus": {**f, "root": str(c.root)},
        "machine": mach,
        "runs": run.runs,
        "stages": rows,
        "targets": [{"verdict": v, "text": t} for v, t in tlist],
        "loadavg": {"before": run.loadavg_before, "after": run.loadavg_after},
        "verify": verified,
    }
    return "\n".join(lines), data


def failed(run: KindRun) -> bool:
    crashed = any(m.error for ms in run.results.values() for m in ms)
    v = run.verify
    bad_check = v is not None and (
        v.error is not None or any(value is not True for value in v.info.get("checks", {}).values())
    )
    return crashed or bad_check


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tolok ukur kinerja (bukan bagian pengujian).")
    parser.add_argument("--kind", choices=["kota", "provinsi", "both"], default="kota")
    parser.add_argument(
        "--runs",
        type=int,
        default=None,
        help="putaran per tahap (bawaan: kota 3, provinsi 1, --quick 1)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"1 putaran; korpus kecil ({QUICK_UNITS} unit x "
        f"{QUICK_EMPLOYEES} pegawai) kecuali --units/--employees diberikan",
    )
    parser.add_argument("--units", type=int)
    parser.add_argument("--employees", type=int)
    parser.add_argument("--stages", help="tahap yang dijalankan, dipisah koma (bawaan: semua)")
    parser.add_argument("--build-dir", type=Path, default=corpus_mod.DEFAULT_BUILD)
    parser.add_argument("--workers", type=int, default=2, help="proses pembuat korpus")
    args = parser.parse_args(argv)

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    units, employees = args.units, args.employees
    if args.quick and units is None and employees is None:
        units, employees = QUICK_UNITS, QUICK_EMPLOYEES
    kinds = ["kota", "provinsi"] if args.kind == "both" else [args.kind]
    chosen = [k for k, _, _ in STAGES]
    if args.stages:
        wanted = {s.strip() for s in args.stages.split(",") if s.strip()}
        unknown = wanted - set(chosen) - {"verify"}
        if unknown:
            parser.error(f"tahap tidak dikenal: {', '.join(sorted(unknown))}")
        chosen = [k for k in chosen if k in wanted] + (["verify"] if "verify" in wanted else [])
    mach = machine()
    status = 0
    for kind in kinds:
        spec = corpus_mod.spec_for(kind, units=units, employees=employees)
        runs = args.runs or (1 if args.quick or kind == "provinsi" else 3)
        c = corpus_in_child(spec, args.build_dir, args.workers)
        work = args.build_dir / f"work-{spec.kind}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        say(f"Mengukur korpus '{spec.kind}' ({len(c.files)} berkas), {runs} putaran ...")
        run = KindRun(corpus=c, runs=runs, work=work, stages=chosen)
        with postgres_if(run, "impor_pg" in chosen):
            measure_kind(run, say=say)
        text, data = report(run, mach)
        print(text, flush=True)
        out = args.build_dir / f"results-{spec.kind}.json"
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"   Hasil JSON: {out}", flush=True)
        if failed(run):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
