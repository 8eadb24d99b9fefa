"""Deterministic benchmark corpus: a city ("kota") or a province ("provinsi") of filled workbooks.

The files are written through the project's own pipeline, so they are what a dinas sends back:

1. a generated config (``indikator.yaml`` in the corpus folder) with the units of the kind and
   six employee indicators shared by every unit (both polarities, the three aggregations, a
   range target) plus the two IKU of the bundled config;
2. the people and their SKP rows come from :func:`kinerja_cli.examples.build_example_units`
   (valid NIPs, names with gelar, jabatan, golongan, quarterly realisasi around target, the
   rating bands of the distribution rule). ``kinerja contoh`` makes units of 20-60 people, so
   each benchmark unit is the union of several generated units ("UPT") of the same name,
   trimmed to the wanted size; generated units carrying a planted data mistake are left out,
   and NIPs are made unique across the whole corpus, so the corpus is clean;
3. each unit's workbook is its real template (:func:`kinerja_cli.template.build_template`)
   filled by :func:`kinerja_cli.examples.workbook.write_unit`, the filler of ``kinerja contoh``.

Everything is deterministic for the seed. The corpus is cached under
``build/bench/<kind>/<key>/`` where ``key`` hashes the generator inputs: the shape, the seed,
the config text, this file, and the bytes of the first unit's workbook, which is written first
(a few seconds) as a probe; so a rerun reuses the corpus, and a change to the template, the
example data or the filler (anything that changes what is written) regenerates it.
Generation runs on ``--workers`` processes (default 2).

Usage::

    python bench/corpus.py --kind kota            # 40 units x 400 employees x 6 indicators
    python bench/corpus.py --kind provinsi        # 200 units
    python bench/corpus.py --units 2 --employees 5 --build-dir /tmp/b   # a tiny corpus
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.examples import ExampleUnit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUILD = ROOT / "build" / "bench"
SEED = 2026
GENERATOR_VERSION = 1
"""Bump when this generator changes what it writes (the key also hashes this file)."""

EMPLOYEE_INDICATORS: dict[str, float] = {
    "UM-01": 20,  # %, positif, terakhir
    "UM-02": 10,  # laporan, positif, jumlah
    "DUK-01": 20,  # hari, negatif, rata-rata
    "KES-03": 15,  # menit, negatif, rata-rata
    "KES-04": 20,  # kunjungan, positif, jumlah
    "DIK-04": 15,  # %, positif, terakhir, some targets a range "80-90"
}
"""The six SKP indicators of every unit (codes of the bundled config) and their weights."""
UNIT_INDICATORS = ("IKU-UM-01", "IKU-UM-02")

OPD_NAMES = (
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan Rakyat dan Kawasan Permukiman",
    "Satuan Polisi Pamong Praja",
    "Dinas Sosial",
    "Dinas Tenaga Kerja",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas Ketahanan Pangan",
    "Dinas Lingkungan Hidup",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Pemberdayaan Masyarakat dan Kelurahan",
    "Dinas Pengendalian Penduduk dan Keluarga Berencana",
    "Dinas Perhubungan",
    "Dinas Komunikasi dan Informatika",
    "Dinas Koperasi dan Usaha Mikro",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Kepemudaan dan Olahraga",
    "Dinas Kebudayaan",
    "Dinas Perpustakaan dan Kearsipan",
    "Dinas Pariwisata",
    "Dinas Pertanian",
    "Dinas Perikanan",
    "Dinas Perdagangan",
    "Dinas Perindustrian",
    "Dinas Pemadam Kebakaran dan Penyelamatan",
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Badan Penanggulangan Bencana Daerah",
    "Badan Kesatuan Bangsa dan Politik",
    "Badan Penelitian dan Pengembangan",
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Inspektorat",
    "Kantor Kecamatan Medan Kota",
    "Kantor Kecamatan Medan Baru",
    "Rumah Sakit Umum Daerah",
    "Kantor Kecamatan Medan Timur",
)
"""Forty agencies of a city; a province's further units are regional UPT of them."""


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    """What to generate: ``units`` workbooks of ``employees`` people x 6 indicators."""

    kind: str
    units: int
    employees: int
    seed: int = SEED

    @property
    def skp_rows(self) -> int:
        return self.units * self.employees * len(EMPLOYEE_INDICATORS)

    @property
    def instansi(self) -> str:
        return (
            "Pemerintah Provinsi Sumatera Utara"
            if self.kind == "provinsi"
            else "Pemerintah Kota Medan"
        )


KINDS = {
    "kota": CorpusSpec("kota", 40, 400),
    "provinsi": CorpusSpec("provinsi", 200, 400),
}


def spec_for(
    kind: str, *, units: int | None = None, employees: int | None = None, seed: int = SEED
) -> CorpusSpec:
    """The spec of ``kind``; ``units``/``employees`` override it (the kind becomes e.g.
    ``u2x5``, a separate cache)."""
    base = KINDS.get(kind, KINDS["kota"])
    n_units = units if units is not None else base.units
    n_emp = employees if employees is not None else base.employees
    if n_units < 1 or n_emp < 1:
        raise ValueError("units and employees must be at least 1")
    name = (
        base.kind
        if (n_units, n_emp) == (base.units, base.employees) and kind in KINDS
        else f"u{n_units}x{n_emp}"
    )
    return CorpusSpec(name, n_units, n_emp, seed)


@dataclass(slots=True)
class Corpus:
    """A generated corpus on disk."""

    spec: CorpusSpec
    root: Path
    key: str
    files: list[Path]
    generated: bool
    """True when this call wrote it, False when the cache was reused."""
    seconds: float
    """Generation time (of the run that wrote it)."""
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def config_path(self) -> Path:
        return self.root / "indikator.yaml"

    @property
    def input_dir(self) -> Path:
        return self.root / "masuk"

    def config(self) -> Config:
        from kinerja_cli.config import load_config

        return load_config(self.config_path)


# ---- the config -------------------------------------------------------------------------------


def unit_list(spec: CorpusSpec) -> list[dict[str, str]]:
    """Codes and names of the units: the city's agencies, then regional UPT (province)."""
    units = []
    for i in range(spec.units):
        base = OPD_NAMES[i % len(OPD_NAMES)]
        wave = i // len(OPD_NAMES)
        nama = base if wave == 0 else f"UPT {base} Wilayah {wave}"
        units.append({"kode": f"OPD{i + 1:03d}", "nama": nama})
    return units


def config_text(spec: CorpusSpec) -> str:
    """The YAML config of the corpus, derived from the bundled config's indicators."""
    import yaml

    from kinerja_cli.config import bundled_config_text

    bundled = yaml.safe_load(bundled_config_text())
    by_code = {ind["kode"]: ind for ind in bundled["indikator"]}
    indicators = []
    for kode in (*UNIT_INDICATORS, *EMPLOYEE_INDICATORS):
        ind = dict(by_code[kode])
        ind["unit"] = "semua"
        # the corpus measures the scoring path as it was measured before issue 13: no
        # competencies (their catalogue names the bundled units)
        ind.pop("kompetensi", None)
        if kode in EMPLOYEE_INDICATORS:
            ind["bobot"] = EMPLOYEE_INDICATORS[kode]
        indicators.append(ind)
    doc = {
        "instansi": spec.instansi,
        "tahun": bundled["tahun"],
        "tempat": "Medan",
        "penandatangan": bundled.get("penandatangan", {}),
        "penilaian": bundled.get("penilaian", {}),
        "templat": {
            # room for every row plus some blank rows left over, as a dinas gets them
            "baris_pegawai": spec.employees + 50,
            "baris_skp": spec.employees * len(EMPLOYEE_INDICATORS) + 100,
        },
        "unit": unit_list(spec),
        "indikator": indicators,
    }
    head = (
        f"# Konfigurasi korpus tolok ukur '{spec.kind}' ({spec.units} unit x "
        f"{spec.employees} pegawai x {len(EMPLOYEE_INDICATORS)} indikator), dibuat oleh "
        "bench/corpus.py.\n"
    )
    return head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)


# ---- the cache key ----------------------------------------------------------------------------


def corpus_key(spec: CorpusSpec, text: str, probe: bytes) -> str:
    """16 hex digits hashing everything the files depend on: the shape, the seed, the config
    text, this generator's source and the bytes of the first unit's workbook (``probe``),
    which change whenever the template, the example data or the filler change."""
    h = hashlib.sha256()
    h.update(json.dumps([GENERATOR_VERSION, spec.units, spec.employees, spec.seed]).encode())
    h.update(text.encode())
    h.update(Path(__file__).read_bytes())
    h.update(hashlib.sha256(probe).digest())
    return h.hexdigest()[:16]


# ---- the data ---------------------------------------------------------------------------------


def _data_config(doc: dict[str, Any], unit: dict[str, str], parts: int) -> Config:
    """A config whose ``parts`` units are the generated UPT making up one benchmark unit."""
    from kinerja_cli.config import Config

    data = dict(doc)
    data.pop("templat", None)  # the default rows: build_example_units sizes units to them
    data["unit"] = [{"kode": f"{unit['kode']}-{j:02d}", "nama": unit["nama"]} for j in range(parts)]
    return Config.model_validate(data)


def build_unit_data(
    doc: dict[str, Any], unit: dict[str, str], employees: int, seed: int
) -> ExampleUnit:
    """The people, SKP and IKU rows of one benchmark unit (NIPs unique within the unit);
    ``doc`` is the corpus config as loaded YAML."""
    from kinerja_cli.examples import ExampleUnit, build_example_units

    parts = max(2, math.ceil(employees / 30) + 1)
    while True:
        generated = build_example_units(_data_config(doc, unit, parts), seed=seed)
        usable = [u for u in generated if u.duplicate_of is None and u.unknown_code_row is None]
        if sum(len(u.pegawai) for u in usable) >= employees:
            break
        parts *= 2
    first = usable[0]
    people = []
    for n, part in enumerate(usable):
        for i, emp in enumerate(part.pegawai):
            if n > 0 and i == 0:  # the head of a further part leads a UPT of the unit
                emp = replace(emp, jabatan=f"Kepala UPT {n}")
            elif n > 0 and emp.jabatan == "Sekretaris":
                emp = replace(emp, jabatan=f"Kepala Subbagian Tata Usaha UPT {n}")
            people.append(emp)
    people = people[:employees]
    keep = {p.nip for p in people}
    skp = [r for part in usable for r in part.skp if r.nip in keep]
    return ExampleUnit(
        kode=unit["kode"],
        nama=unit["nama"],
        tanggal=first.tanggal,
        predikat=first.predikat,
        pegawai=people,
        skp=skp,
        iku=first.iku,
    )


def make_nips_unique(units: Sequence[ExampleUnit]) -> int:
    """Give a fresh sequence number to an employee whose NIP an earlier unit already uses
    (units are generated independently). Deterministic; returns how many were changed."""
    seen: set[str] = set()
    changed = 0
    for unit in units:
        own = {e.nip for e in unit.pegawai}
        renamed: dict[str, str] = {}
        for emp in unit.pegawai:
            if emp.nip in seen:
                prefix = emp.nip[:15]
                new = next(
                    f"{prefix}{s:03d}"
                    for s in [*range(351, 1000), *range(1, 351)]
                    if f"{prefix}{s:03d}" not in seen and f"{prefix}{s:03d}" not in own
                )
                renamed[emp.nip] = new
                own.add(new)
                emp.nip = new
                changed += 1
            seen.add(emp.nip)
        if renamed:
            for row in unit.skp:
                row.nip = renamed.get(row.nip, row.nip)
    return changed


# ---- workers ----------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(config_path: str, seed: int, employees: int) -> None:
    import yaml

    from kinerja_cli.config import load_config

    _WORKER.update(
        config=load_config(config_path),
        seed=seed,
        employees=employees,
        doc=yaml.safe_load(Path(config_path).read_text(encoding="utf-8")),
    )


def _data_task(unit: dict[str, str]) -> ExampleUnit:
    return build_unit_data(_WORKER["doc"], unit, _WORKER["employees"], _WORKER["seed"])


def _write_task(job: tuple[ExampleUnit, str, str]) -> tuple[str, int, int]:
    from kinerja_cli.examples.workbook import write_unit

    unit, folder, tmp = job
    ex = write_unit(_WORKER["config"], unit, {unit.kode: unit}, Path(folder), Path(tmp), None, True)
    return str(ex.path), ex.pegawai, ex.skp_rows


def _pool_map(
    func: Callable[[Any], Any], items: Iterable[Any], workers: int, initargs: tuple[Any, ...]
) -> list[Any]:
    items = list(items)
    if workers <= 1 or len(items) <= 1:
        _init_worker(*initargs)
        return [func(x) for x in items]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=initargs) as pool:
        return pool.map(func, items, chunksize=1)


# ---- the corpus -------------------------------------------------------------------------------


def ensure_corpus(
    spec: CorpusSpec,
    *,
    build_dir: Path = DEFAULT_BUILD,
    workers: int = 2,
    log: Callable[[str], None] | None = None,
) -> Corpus:
    """The corpus of ``spec`` under ``build_dir/<kind>/<key>/``: reused when present, else
    generated (old keys of the same kind are removed)."""
    say = log or (lambda _msg: None)
    start = time.perf_counter()
    text = config_text(spec)
    kind_dir = build_dir / spec.kind
    kind_dir.mkdir(parents=True, exist_ok=True)
    staging = kind_dir / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "masuk").mkdir(parents=True)
    (staging / "tmp").mkdir()
    config_path = staging / "indikator.yaml"
    config_path.write_text(text, encoding="utf-8")
    initargs = (str(config_path), spec.seed, spec.employees)
    units_cfg = unit_list(spec)
    # The first unit's workbook, written exactly as in a full run, keys the cache.
    _init_worker(*initargs)
    first = _data_task(units_cfg[0])
    probe = _write_task((first, str(staging / "masuk"), str(staging / "tmp")))
    key = corpus_key(spec, text, Path(probe[0]).read_bytes())
    root = kind_dir / key
    facts_path = root / "corpus.json"
    if facts_path.is_file():
        facts = json.loads(facts_path.read_text(encoding="utf-8"))
        files = [root / name for name in facts["files"]]
        if all(f.is_file() for f in files):
            shutil.rmtree(staging, ignore_errors=True)
            return Corpus(spec, root, key, files, False, float(facts["seconds"]), facts)
    say(
        f"Membuat korpus '{spec.kind}' ({spec.units} unit x {spec.employees} pegawai) di {root} ..."
    )
    units = [first, *_pool_map(_data_task, units_cfg[1:], workers, initargs)]
    renamed = make_nips_unique(units)
    say(
        f"  data {len(units)} unit siap ({time.perf_counter() - start:.1f} s); menulis buku "
        "kerja ..."
    )
    jobs = [(u, str(staging / "masuk"), str(staging / "tmp")) for u in units[1:]]
    written = [probe, *_pool_map(_write_task, jobs, workers, initargs)]
    shutil.rmtree(staging / "tmp")
    seconds = time.perf_counter() - start
    files = sorted(Path(p).name for p, _, _ in written)
    facts = {
        "kind": spec.kind,
        "units": spec.units,
        "employees": spec.employees,
        "indicators": len(EMPLOYEE_INDICATORS),
        "seed": spec.seed,
        "key": key,
        "pegawai": sum(n for _, n, _ in written),
        "skp_rows": sum(n for _, _, n in written),
        "nip_renamed": renamed,
        "seconds": round(seconds, 2),
        "bytes": sum((staging / "masuk" / f).stat().st_size for f in files),
        "files": [f"masuk/{f}" for f in files],
    }
    (staging / "corpus.json").write_text(json.dumps(facts, indent=2) + "\n", encoding="utf-8")
    for old in kind_dir.iterdir():
        if old.is_dir() and old != staging and not old.name.startswith(".staging-"):
            shutil.rmtree(old, ignore_errors=True)
    staging.rename(root)
    say(
        f"  selesai: {facts['pegawai']} pegawai, {facts['skp_rows']} baris SKP, "
        f"{facts['bytes'] / 1e6:.1f} MB dalam {seconds:.1f} s"
    )
    return Corpus(spec, root, key, [root / f for f in facts["files"]], True, seconds, facts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Buat korpus tolok ukur (deterministik).")
    parser.add_argument("--kind", choices=[*KINDS, "both"], default="kota")
    parser.add_argument("--units", type=int, help="jumlah unit (mengganti bawaan jenisnya)")
    parser.add_argument("--employees", type=int, help="pegawai per unit")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--build-dir", type=Path, default=DEFAULT_BUILD)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    kinds = list(KINDS) if args.kind == "both" else [args.kind]
    for kind in kinds:
        spec = spec_for(kind, units=args.units, employees=args.employees, seed=args.seed)
        corpus = ensure_corpus(
            spec,
            build_dir=args.build_dir,
            workers=args.workers,
            log=lambda m: print(m, file=sys.stderr),
        )
        state = "dibuat" if corpus.generated else "dipakai ulang dari cache"
        print(f"{spec.kind}: {len(corpus.files)} berkas di {corpus.root} ({state})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
