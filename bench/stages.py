"""One benchmark stage, run in a fresh process by ``bench/run.py``.

``python bench/stages.py STAGE --corpus ROOT --work DIR [--db FILE]`` runs the stage once and
prints one JSON line: ``{"stage", "seconds", "info"}``. ``seconds`` is measured inside this
process around the stage's work only: interpreter start-up and the import of the reader a
baseline uses (python-calamine, pandas + openpyxl) are left out, which favours the baselines;
the project's stages include every import they make lazily. Set-up a stage needs (a store to
read, a result to write) is done before the clock starts.

Stages (see :data:`STAGES`) and the ``verify`` check, which is not timed: the scores of the
fast path (parallel sandboxed reading, store, ``known`` submissions; and the CLI's store)
must equal those of the straightforward path (each file read in this process with
:func:`kinerja_cli.readers.read_workbook`, validated one by one, then scored).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import ScoreResult, Submission

PERIODE = "tahunan"
E2E_PICKLE = "e2e-lib-result.pickle"


@dataclass(slots=True)
class Ctx:
    root: Path
    work: Path
    db: Path | None
    cli_json: Path | None = None

    @property
    def input_dir(self) -> str:
        return str(self.root / "masuk")

    @property
    def config_path(self) -> Path:
        return self.root / "indikator.yaml"

    def files(self) -> list[Path]:
        from kinerja_cli.validate import expand_paths

        return expand_paths([self.input_dir])

    def config(self) -> Config:
        from kinerja_cli.config import load_config

        return load_config(self.config_path)


Timed = tuple[float, dict[str, Any]]


# ---- baselines ----------------------------------------------------------------------------------


def _calamine_one(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    rows = 0
    for name in wb.sheet_names:
        rows += len(wb.get_sheet_by_name(name).to_python())
    return rows


def stage_calamine(ctx: Ctx) -> Timed:
    """Baseline: python-calamine, every sheet ``to_python()``, one file after another."""
    import python_calamine  # noqa: F401  (imported before the clock)

    files = ctx.files()
    t0 = time.perf_counter()
    rows = sum(_calamine_one(f) for f in files)
    return time.perf_counter() - t0, {"files": len(files), "rows": rows}


def stage_calamine_threads(ctx: Ctx) -> Timed:
    """Reference: the same read on one thread per core (calamine releases the GIL)."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    import python_calamine  # noqa: F401

    files = ctx.files()
    t0 = time.perf_counter()
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        rows = sum(pool.map(_calamine_one, files))
    return time.perf_counter() - t0, {"files": len(files), "rows": rows}


def stage_pandas(ctx: Ctx) -> Timed:
    """The typical analyst script: ``pandas.read_excel(engine="openpyxl", sheet_name=None)``."""
    import openpyxl  # noqa: F401
    import pandas as pd

    files = ctx.files()
    t0 = time.perf_counter()
    rows = 0
    for f in files:
        frames = pd.read_excel(f, engine="openpyxl", sheet_name=None)
        rows += sum(len(df) for df in frames.values())
    return time.perf_counter() - t0, {"files": len(files), "rows": rows}


# ---- the project's stages -----------------------------------------------------------------------


def stage_read(ctx: Ctx) -> Timed:
    """Our read: pre-flight + reader in the sandboxed worker pool (``safety.iter_read``)."""
    from kinerja_cli.errors import InputError
    from kinerja_cli.safety import iter_read

    config, files = ctx.config(), ctx.files()
    t0 = time.perf_counter()
    refused = rows = 0
    for _path, outcome in iter_read(files, limits=config.keamanan):
        if isinstance(outcome, InputError):
            refused += 1
        else:
            rows += sum(len(s.rows) for s in outcome.sheets.values())
    return time.perf_counter() - t0, {"files": len(files), "refused": refused, "rows": rows}


def stage_validate(ctx: Ctx) -> Timed:
    """Read + normalise + validate, with the checks across files (``validate_paths``)."""
    from kinerja_cli.validate import validate_paths

    config = ctx.config()
    t0 = time.perf_counter()
    report = validate_paths([ctx.input_dir], config)
    seconds = time.perf_counter() - t0
    return seconds, {
        "files": len(report.submissions),
        "errors": report.error_count,
        "warnings": report.warning_count,
        "skp_rows": sum(len(s.skp) for s in report.submissions),
    }


def _fresh_db(ctx: Ctx, name: str) -> Path:
    db = ctx.db or ctx.work / name
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def stage_ingest(ctx: Ctx) -> Timed:
    """Store ingest into a fresh database: ``ingest_paths`` (reads and validates each file)."""
    from kinerja_cli.pipeline import ingest_paths
    from kinerja_cli.store import Store

    config = ctx.config()
    db = _fresh_db(ctx, "ingest.db")
    t0 = time.perf_counter()
    with Store.open(db) as store:
        results = ingest_paths(store, [ctx.input_dir], config)
    seconds = time.perf_counter() - t0
    statuses: dict[str, int] = {}
    for r in results:
        statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
    return seconds, {
        "files": len(results),
        "status": statuses,
        "db_mb": round(db.stat().st_size / 1e6, 1),
    }


def _load(ctx: Ctx, config: Config) -> tuple[list[Submission], list[dict[str, Any]]]:
    from kinerja_cli.store import Store

    assert ctx.db is not None, "--db (a store filled by the ingest stage) is needed"
    with Store.open(ctx.db, create=False) as store:
        return store.current_submissions(config.tahun), store.sources(config.tahun)


def stage_load(ctx: Ctx) -> Timed:
    """Loading the current submissions back from the store (what ``rekap`` scores)."""
    config = ctx.config()
    t0 = time.perf_counter()
    subs, _sources = _load(ctx, config)
    return time.perf_counter() - t0, {
        "submissions": len(subs),
        "skp_rows": sum(len(s.skp) for s in subs),
    }


def _score(subs: list[Submission], sources: list[dict[str, Any]], config: Config) -> ScoreResult:
    from kinerja_cli.scoring import score

    return score(subs, config, PERIODE, sources=sources, tahun=config.tahun)


def stage_score(ctx: Ctx) -> Timed:
    """Scoring the stored submissions (``scoring.score``)."""
    config = ctx.config()
    subs, sources = _load(ctx, config)
    t0 = time.perf_counter()
    result = _score(subs, sources, config)
    return time.perf_counter() - t0, {
        "units": len(result.units),
        "employees": len(result.employees),
    }


def stage_write(ctx: Ctx) -> Timed:
    """Writing the recap workbook (``writers.write_recap``)."""
    from kinerja_cli.writers import write_recap

    config = ctx.config()
    subs, sources = _load(ctx, config)
    result = _score(subs, sources, config)
    out = ctx.work / "rekap-write.xlsx"
    t0 = time.perf_counter()
    write_recap(result, config, out)
    return time.perf_counter() - t0, {"mb": round(out.stat().st_size / 1e6, 2)}


def stage_e2e_lib(ctx: Ctx) -> Timed:
    """End to end through the library: files -> store -> score -> recap workbook."""
    from kinerja_cli.pipeline import ingest_paths
    from kinerja_cli.store import Store
    from kinerja_cli.writers import write_recap

    config = ctx.config()
    db = _fresh_db(ctx, "e2e-lib.db")
    out = ctx.work / "rekap-e2e-lib.xlsx"
    t0 = time.perf_counter()
    with Store.open(db) as store:
        results = ingest_paths(store, [ctx.input_dir], config, keep_submissions=True)
        known = {r.submission.sha256: r.submission for r in results if r.submission is not None}
        subs = store.current_submissions(config.tahun, known=known)
        result = _score(subs, store.sources(config.tahun), config)
    write_recap(result, config, out)
    seconds = time.perf_counter() - t0
    with open(ctx.work / E2E_PICKLE, "wb") as fh:
        pickle.dump(result, fh)
    return seconds, {"files": len(results), "employees": len(result.employees)}


# ---- the correctness check ----------------------------------------------------------------------


def canonical(obj: Any, *, drop: tuple[str, ...] = ()) -> str:
    """A dataclass as sorted JSON (NaN-safe, dates as text), without the ``drop`` keys."""
    data = asdict(obj)
    for key in drop:
        data.pop(key, None)
    return json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)


def _first_difference(a: ScoreResult, b: ScoreResult) -> str:
    if len(a.employees) != len(b.employees) or len(a.units) != len(b.units):
        return f"{len(a.units)}/{len(b.units)} unit, {len(a.employees)}/{len(b.employees)} pegawai"
    for x, y in zip(a.units, b.units, strict=True):
        if canonical(x) != canonical(y):
            return f"unit {x.kode}"
    for p, q in zip(a.employees, b.employees, strict=True):
        if canonical(p) != canonical(q):
            return f"pegawai {p.nip}"
    return "issues"


def straightforward(ctx: Ctx, config: Config) -> tuple[list[Submission], ScoreResult]:
    """Each file read in this process (no sandbox, no pool), validated one by one, scored."""
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.validate import validate_workbook

    subs = [validate_workbook(read_workbook(p, display_name=str(p)), config) for p in ctx.files()]
    return subs, _score(subs, [], config)


def _issue_key(d: dict[str, Any]) -> tuple[str, ...]:
    """An issue of the validation JSON, its file by name only (the CLI was given the folder)."""
    return (
        Path(str(d.get("file"))).name,
        *(str(d.get(k)) for k in ("sheet", "cell", "row", "column", "kode", "tingkat", "nilai")),
    )


def _same_issues(ctx: Ctx, config: Config) -> bool | str:
    """The issues and counts `kinerja validasi DIR --format json` printed == those of the
    straightforward path (each file validated in this process, then the checks across files)."""
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.validate import ValidationReport, cross_file
    from kinerja_cli.validate.workbook import validate_workbook_cells

    assert ctx.cli_json is not None
    got = json.loads(ctx.cli_json.read_text(encoding="utf-8"))
    report = ValidationReport(tahun=config.tahun)
    cells = {}
    for p in ctx.files():  # again, with the NIP cells the checks across files point at
        sub, nip_cells = validate_workbook_cells(read_workbook(p, display_name=str(p)), config)
        report.submissions.append(sub)
        cells[id(sub)] = nip_cells
    cross_file(report, config, cells)
    want = report.to_dict("id", config)
    a = sorted(_issue_key(d) for d in got["issues"])
    b = sorted(_issue_key(d) for d in want["issues"])
    if a != b:
        return f"BEDA: {len(a)} lawan {len(b)} masalah"
    if got["summary"] != want["summary"]:
        return f"BEDA: ringkasan {got['summary']} lawan {want['summary']}"
    return True


def stage_verify(ctx: Ctx) -> Timed:
    """Not timed: fast paths == straightforward path (see the module docstring)."""
    from kinerja_cli.validate import validate_paths

    config = ctx.config()
    t0 = time.perf_counter()
    subs, expected = straightforward(ctx, config)
    want = canonical(expected, drop=("sources",))
    checks: dict[str, Any] = {}
    fast = validate_paths([ctx.input_dir], config).submissions
    checks["validasi"] = [canonical(s) for s in fast] == [canonical(s) for s in subs]
    e2e = ctx.work / E2E_PICKLE
    if e2e.is_file():
        with open(e2e, "rb") as fh:
            got: ScoreResult = pickle.load(fh)
        same = canonical(got, drop=("sources",)) == want
        checks["pustaka"] = same if same else f"BEDA: {_first_difference(got, expected)}"
    if ctx.cli_json is not None and ctx.cli_json.is_file():
        checks["cli_validasi"] = _same_issues(ctx, config)
    if ctx.db is not None and ctx.db.is_file():
        cli_subs, sources = _load(ctx, config)
        got = _score(cli_subs, sources, config)
        same = canonical(got, drop=("sources",)) == want
        checks["cli"] = same if same else f"BEDA: {_first_difference(got, expected)}"
    return time.perf_counter() - t0, {
        "checks": checks,
        "units": len(expected.units),
        "employees": len(expected.employees),
        "scored": sum(1 for e in expected.employees if e.nilai is not None),
        "issues": len(expected.issues),
    }


STAGES: dict[str, Callable[[Ctx], Timed]] = {
    "calamine": stage_calamine,
    "calamine_threads": stage_calamine_threads,
    "pandas": stage_pandas,
    "read": stage_read,
    "validate": stage_validate,
    "ingest": stage_ingest,
    "load": stage_load,
    "score": stage_score,
    "write": stage_write,
    "e2e_lib": stage_e2e_lib,
    "verify": stage_verify,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Jalankan satu tahap tolok ukur.")
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--db", type=Path)
    parser.add_argument(
        "--cli-json", type=Path, help="verify: stdout of `kinerja validasi DIR --format json`"
    )
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    ctx = Ctx(args.corpus.resolve(), args.work.resolve(), args.db.resolve() if args.db else None)
    ctx.cli_json = args.cli_json
    seconds, info = STAGES[args.stage](ctx)
    sys.stdout.write(json.dumps({"stage": args.stage, "seconds": seconds, "info": info}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
