"""Issue 25: every score change is explained, and no edit makes a command crash.

The invariant (docs/penilaian.md, "Setiap perubahan nilai dijelaskan"): for any change to an
input file, either every score stays the same, or ``validasi`` of that file reports an error
or a warning that says it changes scores, naming that file and, where the edit has one, the
cell.

Each operator of :data:`tests.mutation.CATALOGUE` (docs/mutasi.md) is applied, one at a time
at places chosen by a seed, to one file of a small city, and the city is run through the CLI
in-process: ``validasi FILE --format json --periode tahunan``, ``rekap FILE`` (into a store
that already holds the city's other files, built once per module), ``peringkat --format
json`` (pegawai and unit). No command may exit 4, and the scores (per employee: nilai, rating hasil kerja,
rating perilaku, predikat, whether ranked; per unit: capaian, predikat, employees scored,
whether ranked) are compared with the unmutated city's, computed once per module.

The cities: three units of ``kinerja contoh`` (BAPPEDA and DISPAR, clean; BKD, with rewritten
headers and percent texts that are read silently) with the bundled config;
their e-Kinerja exports (``kinerja contoh --format ekinerja``); a two-unit city of the bench
corpus generator (bench/corpus.py) with its own config. A failure prints the operator, city,
seed, place and the score diff; rerun one with ``pytest tests/test_mutation.py -k '<id>'``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests import mutation
from tests.conftest import BUNDLED_CONFIG, ROOT

pytestmark = pytest.mark.slow  # make test-fast leaves it out; make test runs it

DATE = "2027-03-01"
"""The date given to every command (--tanggal): after the examples' Tanggal and pull dates."""

VALIDASI = ("--periode", "tahunan", "--tanggal", DATE)
"""validasi checks for the period the recap scores (rekap's default, tahunan)."""

CONTOH_UNITS = ("BAPPEDA", "BKD", "DISPAR")
SCALE = int(os.environ.get("KINERJA_MUTASI_SKALA", "1"))
"""More runs per operator for exploring (``KINERJA_MUTASI_SKALA=10``); 1 in the suite."""
SEEDS_PER_OPERATOR = {"contoh": 1 * SCALE, "ekinerja": 2 * SCALE, "bench": 2 * SCALE}
"""Runs per operator and city (the whole module stays within its time budget)."""

Scores = dict[str, dict[Any, tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class City:
    name: str
    config: Path
    files: tuple[Path, ...]
    kind: str  # "templat" or "ekinerja": which operators apply


@dataclass(frozen=True, slots=True)
class Baseline:
    city: City
    scores: Scores
    issues: frozenset[tuple[str, Any, Any, str]]
    stores: dict[str, Path]
    """File name -> a store holding every other file of the city ("": every file), so a run
    imports only the file it changed (the city's other files are read once per module)."""


# ---- running the CLI -----------------------------------------------------------------------


def _cli(config: Path, db: Path, *args: Any) -> Any:
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    return CliRunner().invoke(app, ["--config", str(config), "--db", str(db), *map(str, args)])


def _no_crash(result: Any, what: str) -> str | None:
    """The reason this command counts as a crash (exit 4 or an exception that escaped)."""
    if result.exit_code == 4:
        return f"{what}: exit 4\n{result.stderr[-2000:]}"
    exc = result.exception
    if exc is not None and not isinstance(exc, SystemExit):
        return f"{what}: {type(exc).__name__}: {exc}"
    return None


def _json(result: Any) -> Any:
    return json.loads(result.stdout) if result.stdout.strip() else []


def _run_city(config: Path, db: Path, checked: Path) -> tuple[list[str], Any, Scores]:
    """validasi ``checked``; rekap with ``checked`` (imported into ``db``, which holds the
    city's other files); peringkat pegawai and unit: the crashes, the validasi JSON and the
    scores."""
    crashes: list[str] = []
    val = _cli(config, db, "validasi", checked, "--format", "json", *VALIDASI)
    rek = _cli(config, db, "rekap", checked, "-o", db.parent / "rekap.xlsx", "--tanggal", DATE)
    peg = _cli(config, db, "peringkat", "--format", "json", "--tanggal", DATE)
    unit = _cli(config, db, "peringkat", "--tingkat", "unit", "--format", "json", "--tanggal", DATE)
    for result, what in ((val, "validasi"), (rek, "rekap"), (peg, "peringkat"), (unit, "unit")):
        reason = _no_crash(result, what)
        if reason:
            crashes.append(reason)
    if crashes:
        return crashes, None, {}
    scores: Scores = {
        "pegawai": {
            (p["unit"], p["nip"]): (
                p["nilai"],
                p["rating_hasil_kerja"],
                p["rating_perilaku"],
                p["predikat"],
            )
            for p in _json(peg)
        },
        "unit": {
            u["unit"]: (u["capaian"], u["predikat"], u["pegawai_dinilai"]) for u in _json(unit)
        },
    }
    return crashes, json.loads(val.stdout), scores


def _issue_keys(report: Any) -> frozenset[tuple[str, Any, Any, str]]:
    return frozenset(
        (Path(i["file"]).name, i["sheet"], i["cell"], i["kode"]) for i in report["issues"]
    )


def _diff(before: Scores, after: Scores) -> list[str]:
    out: list[str] = []
    for level in ("unit", "pegawai"):
        old, new = before[level], after.get(level, {})
        for key in sorted(set(old) | set(new), key=str):
            a, b = old.get(key, "tidak diperingkat"), new.get(key, "tidak diperingkat")
            if a != b:
                out.append(f"{level} {key}: {a} -> {b}")
    return out


# ---- the cities ----------------------------------------------------------------------------


def _contoh_city(root: Path, config: Any) -> City:
    from kinerja_cli.examples import generate_examples

    written = generate_examples(config, root / "contoh", units=CONTOH_UNITS, convert=False)
    return City("contoh", BUNDLED_CONFIG, tuple(f.path for f in written), "templat")


def _ekinerja_city(root: Path, config: Any) -> City:
    from kinerja_cli.examples.ekinerja import write_ekinerja_exports

    written = write_ekinerja_exports(config, root / "ekinerja")
    files = tuple(
        sorted(p for p in written if p.suffix == ".xlsx" and any(u in p.name for u in CONTOH_UNITS))
    )
    return City("ekinerja", BUNDLED_CONFIG, files, "ekinerja")


def _bench_city(root: Path) -> City:
    spec_ = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec_ is not None and spec_.loader is not None
    module = importlib.util.module_from_spec(spec_)
    sys.modules.setdefault("bench_corpus", module)
    spec_.loader.exec_module(module)
    corpus = module.ensure_corpus(
        module.spec_for("kota", units=2, employees=6), build_dir=root / "bench", workers=1
    )
    return City("bench", corpus.root / "indikator.yaml", tuple(corpus.files), "templat")


@pytest.fixture(scope="module")
def baselines(tmp_path_factory: pytest.TempPathFactory, config: Any) -> dict[str, Baseline]:
    """Every city and its unmutated scores and validasi issues, computed once."""
    root = tmp_path_factory.mktemp("kota")
    cities = [_contoh_city(root, config), _ekinerja_city(root, config), _bench_city(root)]
    out: dict[str, Baseline] = {}
    for city in cities:
        work = root / f"base-{city.name}"
        work.mkdir()
        stores: dict[str, Path] = {}
        for left_out in ["", *(f.name for f in city.files)]:
            db = work / f"sans-{left_out or 'none'}.db"
            others = [f for f in city.files if f.name != left_out]
            result = _cli(
                city.config, db, "rekap", *others, "-o", work / "rekap.xlsx", "--tanggal", DATE
            )  # imports them (impor has no --tanggal: rekap's date is the runs' date)
            assert _no_crash(result, "impor") is None and result.exit_code in (0, 1), result.stderr
            stores[left_out] = db
        first = city.files[0]
        db = work / "kinerja.db"
        shutil.copy2(stores[first.name], db)
        crashes, report, scores = _run_city(city.config, db, first)
        assert not crashes, crashes
        issues = set(_issue_keys(report))
        for f in city.files[1:]:
            result = _cli(city.config, db, "validasi", f, "--format", "json", *VALIDASI)
            assert _no_crash(result, "validasi") is None
            issues |= _issue_keys(json.loads(result.stdout))
        assert scores["pegawai"], f"city {city.name} has no scores"
        out[city.name] = Baseline(city, scores, frozenset(issues), stores)
    return out


# ---- the runs ------------------------------------------------------------------------------


def _runs() -> list[Any]:
    params = []
    for entry in mutation.CATALOGUE:
        for city, n in SEEDS_PER_OPERATOR.items():
            kind = "ekinerja" if city == "ekinerja" else "templat"
            if kind not in entry.kinds:
                continue
            for i in range(n):
                seed = zlib.crc32(f"{entry.name}/{city}/{i}".encode())
                params.append(pytest.param(entry, city, seed, id=f"{entry.name}-{city}-{i}"))
    return params


RUNS = _runs()


def test_catalogue_covers_every_kind_and_names_are_unique() -> None:
    names = [e.name for e in mutation.CATALOGUE]
    assert len(names) == len(set(names))
    assert all(e.kinds and e.send in ("replace", "beside") for e in mutation.CATALOGUE)
    assert {"templat", "ekinerja"} <= {k for e in mutation.CATALOGUE for k in e.kinds}
    assert len(RUNS) >= 2 * len(mutation.CATALOGUE)


@pytest.mark.parametrize(("entry", "city_name", "seed"), RUNS)
def test_every_score_change_is_explained(
    entry: mutation.Entry,
    city_name: str,
    seed: int,
    baselines: dict[str, Baseline],
    tmp_path: Path,
) -> None:
    from kinerja_cli.config import load_config

    base = baselines[city_name]
    city = base.city
    rng = random.Random(seed)
    target = rng.choice([f for f in city.files if entry.pick in f.name])
    mutated = tmp_path / target.name
    if entry.send == "beside":
        mutated = tmp_path / f"{target.stem} (unduh ulang){target.suffix}"
    shutil.copy2(target, mutated)
    db = tmp_path / "kinerja.db"
    shutil.copy2(base.stores["" if entry.send == "beside" else target.name], db)
    mutation.use_config(load_config(city.config))
    change = entry.op(mutated, rng)

    crashes, report, scores = _run_city(city.config, db, mutated)
    where = (
        f"operator {entry.name}, kota {city_name}, seed {seed}, berkas {mutated.name}, "
        f"tempat {change.place()}: {change.description}"
    )
    assert not crashes, f"{where}\n" + "\n".join(crashes)

    diff = _diff(base.scores, scores)
    if not diff:
        return
    explaining = [
        i
        for i in report["issues"]
        if Path(i["file"]).name == mutated.name
        and (i["tingkat"] == "error" or i.get("mengubah_nilai"))
        and (mutated.name, i["sheet"], i["cell"], i["kode"]) not in base.issues
    ]
    if change.cell is not None:
        explaining = [
            i for i in explaining if i["sheet"] == change.sheet and i["cell"] == change.cell
        ]
    shown = "\n  ".join(diff[:15]) + ("\n  ..." if len(diff) > 15 else "")
    issues = "\n  ".join(
        f"{i['kode']} ({i['tingkat']}, mengubah_nilai={i.get('mengubah_nilai')}) "
        f"{i['sheet']}!{i['cell']}"
        for i in report["issues"][:15]
    )
    assert explaining, (
        f"{where}\nnilai berubah tanpa penjelasan dari validasi"
        f"{' di sel ' + change.place() if change.cell else ''}:\n  {shown}\n"
        f"masalah validasi berkas ini:\n  {issues or '(tidak ada)'}"
    )
