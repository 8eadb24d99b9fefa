"""Where the time goes: cProfile of each stage of the pipeline, in this one process.

The sandboxed pool hides the readers' work in worker processes, so each stage is profiled
here directly, one file after another, on the benchmark corpus (see ``bench/corpus.py``):

- ``read``: what one sandbox worker does per file (:func:`kinerja_cli.safety.read_checked`:
  pre-flight + :func:`kinerja_cli.readers.read_workbook`);
- ``validate``: what a worker does after reading
  (:func:`kinerja_cli.validate.workbook.validate_workbook_cells`, then
  :func:`kinerja_cli.validate.batch.pack`), on workbooks already read;
- ``store``: :meth:`kinerja_cli.store.Store.ingest` of submissions already validated (fresh db);
- ``ingest``: :func:`kinerja_cli.pipeline.ingest_paths` as ``kinerja rekap PATH`` calls it (the
  parent's side: reading and validating run in the sandbox workers and show as waiting);
- ``load``: :meth:`Store.current_submissions`; ``score``: :func:`kinerja_cli.scoring.score`;
- ``write``: :func:`kinerja_cli.writers.write_recap`;
- ``cli_import``: importing the command line (what ``kinerja --help`` pays).

Usage::

    python bench/profile_stages.py --kind kota                 # every stage
    python bench/profile_stages.py --kind kota --stage read --stage score --top 20

Each profile is written to ``<build-dir>/profiles/<kind>-<stage>.txt`` (sorted by own time,
then by cumulative time) and a short summary of the top functions is printed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_mod  # noqa: E402
import stages  # noqa: E402

PROFILED = ("read", "validate", "store", "ingest", "load", "score", "write", "cli_import")


def _profile(func: Callable[[], Any]) -> tuple[float, pstats.Stats, Any]:
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    value = func()
    prof.disable()
    seconds = time.perf_counter() - t0
    return seconds, pstats.Stats(prof), value


def _short(path: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python3"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def top_lines(stats: pstats.Stats, n: int, key: str) -> list[str]:
    """The ``n`` heaviest functions by ``key`` ("tottime" or "cumulative") as text lines."""
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    index = 2 if key == "tottime" else 3
    items = sorted(raw.items(), key=lambda kv: kv[1][index], reverse=True)[:n]
    out = []
    for (filename, line, name), (_cc, ncalls, tottime, cumtime, _callers) in items:
        out.append(f"{tottime:8.3f} {cumtime:8.3f} {ncalls:>9}  {_short(filename)}:{line}({name})")
    return out


def run_stage(stage: str, ctx: stages.Ctx, work: Path) -> tuple[float, pstats.Stats]:
    from kinerja_cli.pipeline import ingest_paths
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.safety import read_checked
    from kinerja_cli.store import Store
    from kinerja_cli.validate import validate_workbook
    from kinerja_cli.writers import write_recap

    config = ctx.config()
    files = ctx.files()
    if stage == "cli_import":
        import subprocess

        code = (
            "import cProfile, pstats, sys; p = cProfile.Profile(); p.enable(); "
            "import kinerja_cli.cli.main; p.disable(); p.dump_stats(sys.argv[1])"
        )
        dump = work / "cli_import.prof"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(dump)], check=True)
        return time.perf_counter() - t0, pstats.Stats(str(dump))
    if stage == "read":
        seconds, st, _ = _profile(
            lambda: [read_checked(str(p), str(p), config.keamanan) for p in files]
        )
        return seconds, st
    raws = [read_workbook(p, display_name=str(p)) for p in files]
    if stage == "validate":
        # what a sandbox worker does after reading: validate, then pack for the pipe
        from kinerja_cli.validate.batch import pack
        from kinerja_cli.validate.workbook import validate_workbook_cells

        seconds, st, _ = _profile(lambda: [pack(*validate_workbook_cells(r, config)) for r in raws])
        return seconds, st
    if stage == "ingest":
        db = work / "profile-ingest.db"
        db.unlink(missing_ok=True)

        def ingest() -> None:
            with Store.open(db) as store:
                ingest_paths(store, [ctx.input_dir], config)

        seconds, st, _ = _profile(ingest)
        return seconds, st
    subs = [validate_workbook(r, config) for r in raws]
    db = work / "profile-store.db"
    db.unlink(missing_ok=True)
    with Store.open(db) as store:
        if stage == "store":
            pairs = [(s, Path(p).read_bytes()) for s, p in zip(subs, files, strict=True)]
            seconds, st, _ = _profile(lambda: [store.ingest(s, data) for s, data in pairs])
            return seconds, st
        for s, p in zip(subs, files, strict=True):
            store.ingest(s, Path(p).read_bytes())
        if stage == "load":
            seconds, st, _ = _profile(lambda: store.current_submissions(config.tahun))
            return seconds, st
        loaded = store.current_submissions(config.tahun)
        sources = store.sources(config.tahun)
    if stage == "score":
        seconds, st, _ = _profile(lambda: stages._score(loaded, sources, config))
        return seconds, st
    if stage == "write":
        result = stages._score(loaded, sources, config)
        out = work / "profile-rekap.xlsx"
        seconds, st, _ = _profile(lambda: write_recap(result, config, out))
        return seconds, st
    raise ValueError(stage)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Profil cProfile tiap tahap pada korpus.")
    parser.add_argument("--kind", choices=list(corpus_mod.KINDS), default="kota")
    parser.add_argument("--units", type=int)
    parser.add_argument("--employees", type=int)
    parser.add_argument("--stage", action="append", choices=PROFILED)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--build-dir", type=Path, default=corpus_mod.DEFAULT_BUILD)
    args = parser.parse_args(argv)
    spec = corpus_mod.spec_for(args.kind, units=args.units, employees=args.employees)
    c = corpus_mod.ensure_corpus(
        spec, build_dir=args.build_dir, log=lambda m: print(m, file=sys.stderr)
    )
    out_dir = args.build_dir / "profiles"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kinerja-profil-") as tmp:
        ctx = stages.Ctx(c.root, Path(tmp), None)
        for stage in args.stage or PROFILED:
            seconds, st = run_stage(stage, ctx, Path(tmp))
            buf = io.StringIO()
            st.stream = buf  # type: ignore[attr-defined]
            st.sort_stats("tottime").print_stats(40)
            st.sort_stats("cumulative").print_stats(40)
            target = out_dir / f"{spec.kind}-{stage}.txt"
            target.write_text(buf.getvalue(), encoding="utf-8")
            print(f"== {stage}: {seconds:.2f} s di bawah cProfile ({target})")
            print("   waktu sendiri  kumulatif   panggilan  fungsi (urut waktu sendiri)")
            for line in top_lines(st, args.top, "tottime"):
                print("   " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
