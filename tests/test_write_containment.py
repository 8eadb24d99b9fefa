"""Issue 26, item 3 and the "File exists" of item 9: one rule for every file kinerja writes into
a folder. The final path is resolved (symlinks of the folders and of the file name itself
followed) and must stay inside the output folder; a refused file is reported by name, the
others of the run are still written (exit 1), a single ``-o FILE`` is exit 2. An output folder
that is a file, or a folder that cannot be written, is a message in Indonesian, never exit 4.

Each writing place gets a planted symlink (a folder symlink where kinerja writes into a
sub-folder, a file symlink at a file's name) pointing at a folder outside, and the test
asserts that nothing appears there, with the exit code and the message."""

from __future__ import annotations

import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from kinerja_cli.atomic import atomic_path, atomic_write_text
from kinerja_cli.errors import UsageError
from kinerja_cli.safety.paths import contained, inside, output_folder, write_error
from tests.conftest import BUNDLED_CONFIG
from tests.untrusted import copy_as

OUTSIDE = "di luar folder keluaran"
NOT_A_FOLDER = "adalah berkas, bukan folder"
SOME_NOT_WRITTEN = "tidak dapat ditulis (lihat di atas); yang lain sudah ditulis"
DATE = ("--tanggal", "2027-01-15")


@pytest.fixture(scope="module")
def stored(tmp_path_factory, config):
    """Example workbooks of BAPPEDA and BKD imported into a store, and the per-employee
    document names of BKD (to plant a symlink at one)."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app
    from kinerja_cli.examples import generate_examples

    root = tmp_path_factory.mktemp("wc26")
    generate_examples(config, root / "contoh", units=("BAPPEDA", "BKD"), convert=False)
    for name in ("RENCANA-BAPPEDA-2026.xlsx", "RENCANA-BKD-2026.xlsx"):
        copy_as(root / "contoh" / name, root / "masuk", name)
    base = ["--config", str(BUNDLED_CONFIG), "--db", str(root / "k.db")]
    runner = CliRunner()
    done = runner.invoke(app, [*base, "impor", str(root / "masuk")], catch_exceptions=False)
    assert done.exit_code == 0, done.stderr
    scratch = root / "scratch"
    done = runner.invoke(
        app,
        [*base, "dokumen", "--per-pegawai", "--unit", "BKD", "-o", str(scratch), *DATE],
        catch_exceptions=False,
    )
    assert done.exit_code == 0, done.stderr
    names = sorted(p.name for p in (scratch / "BKD").iterdir())
    assert len(names) == 42
    return root, names[0]


@pytest.fixture()
def place(stored, tmp_path, monkeypatch):
    """A fresh working folder (the current folder) with the inbox and a copy of the store,
    and an empty folder ``x`` beside it: the place a planted symlink points at."""
    root, _ = stored
    work = tmp_path / "work"
    shutil.copytree(root / "masuk", work / "masuk")
    shutil.copyfile(root / "k.db", work / "k.db")
    (tmp_path / "x").mkdir()
    monkeypatch.chdir(work)
    return work, tmp_path / "x"


def kinerja(invoke, *args):
    return invoke("--config", BUNDLED_CONFIG, "--db", "k.db", *args)


def flat(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    plant: str
    """Where the symlink goes (relative to the working folder)."""
    folder: bool
    """True: a folder symlink (kinerja writes into it); False: a file symlink."""
    code: int
    """Exit code: 1 for a run of several files (the others are written), 2 for one file."""
    others: tuple[str, ...] = ()
    """Files of the same run that are still written."""


CASES = [
    Case(
        "dokumen --per-pegawai: unit folder",
        ("dokumen", "--per-pegawai", "-o", "o", *DATE),
        "o/BAPPEDA",
        True,
        1,
        ("o/BKD",),
    ),
    Case(
        "dokumen --per-pegawai: employee file",
        ("dokumen", "--per-pegawai", "--unit", "BKD", "-o", "o", *DATE),
        "o/BKD/{employee}",
        False,
        1,
        ("o/BKD/{other}",),
    ),
    Case(
        "dokumen pdf",
        ("dokumen", "--unit", "BKD", "-o", "o", *DATE),
        "o/DOKUMEN-BKD-2026-tahunan.pdf",
        False,
        1,
    ),
    Case(
        "dokumen xlsx, default folder",
        ("dokumen", "-f", "xlsx", *DATE),
        "DOKUMEN-2026-tahunan/DOKUMEN-BKD-2026-tahunan.xlsx",
        False,
        1,
        ("DOKUMEN-2026-tahunan/DOKUMEN-BAPPEDA-2026-tahunan.xlsx",),
    ),
    Case(
        "validasi --umpan-balik",
        ("validasi", "masuk", "--umpan-balik", "fb"),
        "fb/RENCANA-BKD-2026-UMPAN-BALIK.xlsx",
        False,
        1,
        ("fb/RENCANA-BAPPEDA-2026-UMPAN-BALIK.xlsx",),
    ),
    Case(
        "arsip --ekspor --semua-versi: unit folder",
        ("arsip", "--ekspor", "e", "--semua-versi"),
        "e/BKD-2026",
        True,
        1,
        ("e/BAPPEDA-2026/v1-RENCANA-BAPPEDA-2026.xlsx",),
    ),
    Case(
        "arsip --ekspor: file",
        ("arsip", "--ekspor", "e"),
        "e/RENCANA-BKD-2026.xlsx",
        False,
        1,
        ("e/RENCANA-BAPPEDA-2026.xlsx",),
    ),
    Case(
        "templat -o",
        ("templat", "-o", "t", "--unit", "BKD", "--unit", "BAPPEDA"),
        "t/RENCANA-BKD-2026.xlsx",
        False,
        1,
        ("t/RENCANA-BAPPEDA-2026.xlsx",),
    ),
    Case(
        "templat -o: a folder symlink at the file name",
        ("templat", "-o", "t", "--unit", "BKD", "--unit", "BAPPEDA"),
        "t/RENCANA-BKD-2026.xlsx",
        True,
        1,
        ("t/RENCANA-BAPPEDA-2026.xlsx",),
    ),
    Case(
        "contoh: unit file",
        ("contoh", "c", "--unit", "BKD", "--unit", "BAPPEDA"),
        "c/RENCANA-BKD-2026.xlsx",
        False,
        1,
        ("c/RENCANA-BAPPEDA-2026.xlsx", "c/MANIFEST.json"),
    ),
    Case(
        "contoh: manifest",
        ("contoh", "c", "--unit", "BKD"),
        "c/MANIFEST.json",
        False,
        1,
        ("c/RENCANA-BKD-2026.xlsx",),
    ),
    Case(
        "contoh --format ekinerja: csv",
        ("contoh", "-f", "ekinerja", "c"),
        "c/pengecualian.csv",
        False,
        1,
        ("c/MANIFEST-EKINERJA.json",),
    ),
    Case(
        "contoh --format ekinerja: manifest",
        ("contoh", "-f", "ekinerja", "c"),
        "c/MANIFEST-EKINERJA.json",
        False,
        1,
        ("c/pengecualian.csv",),
    ),
    Case(
        "contoh --format ekinerja: a unit's export",
        ("contoh", "-f", "ekinerja", "c"),
        "c/Laporan Penilaian SKP BKD 2026.xlsx",
        False,
        1,
        ("c/Laporan Penilaian SKP BAPPEDA 2026.xlsx", "c/pengecualian.csv"),
    ),
    Case("init: config folder", ("init", "w"), "w/config", True, 2),
    Case("init: readme", ("init", "w"), "w/BACA-SAYA.txt", False, 2),
    Case("rekap -o", ("rekap", "-o", "r/REKAP.xlsx"), "r/REKAP.xlsx", False, 2),
    Case("rekap, default name", ("rekap",), "REKAP-2026-tahunan.xlsx", False, 2),
    Case(
        "peringkat xlsx",
        ("peringkat", "-f", "xlsx", "-o", "r/p.xlsx", *DATE),
        "r/p.xlsx",
        False,
        2,
    ),
    Case("peringkat csv", ("peringkat", "-f", "csv", "-o", "r/p.csv"), "r/p.csv", False, 2),
    Case(
        "pantau json",
        ("pantau", "--periode", "TW3", "-f", "json", "-o", "r/p.json"),
        "r/p.json",
        False,
        2,
    ),
    Case("tren csv", ("tren", "-f", "csv", "-o", "t.csv"), "t.csv", False, 2),
    Case(
        "kebutuhan xlsx, default name",
        ("kebutuhan", "-f", "xlsx", *DATE),
        "KEBUTUHAN-PENGEMBANGAN-2026.xlsx",
        False,
        2,
    ),
    Case("kebutuhan csv", ("kebutuhan", "-f", "csv", "-o", "r/k.csv"), "r/k.csv", False, 2),
]


SLOW_CASES = ("contoh", "templat", "dokumen --per-pegawai", "validasi --umpan-balik")
"""Cases that generate or read the whole example city: marked ``slow`` (make test runs them,
make test-fast leaves them out; the other commands keep the check in the fast subset)."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.id, marks=pytest.mark.slow if c.id.startswith(SLOW_CASES) else ())
        for c in CASES
    ],
)
def test_a_planted_symlink_never_takes_a_file_out_of_its_folder(invoke, stored, place, case):
    work, outside = place
    _, employee = stored

    def at(rel: str) -> Path:
        return work / rel.format(employee=employee, other="")

    link = at(case.plant)
    link.parent.mkdir(parents=True, exist_ok=True)
    if case.folder:
        link.symlink_to(outside, target_is_directory=True)
    else:
        link.symlink_to(outside / "korban")
    result = kinerja(invoke, *case.args)
    assert list(outside.iterdir()) == [], "a file was written outside the output folder"
    err = flat(result.stderr)
    assert result.exit_code == case.code, err
    if case.folder and case.plant.endswith(".xlsx"):
        assert "adalah folder, bukan berkas" in err or OUTSIDE in err, err
    else:
        assert OUTSIDE in err and str(Path(case.plant).parts[0]) in err, err
    assert "Traceback" not in err and "File exists" not in err
    if case.code == 1:
        assert SOME_NOT_WRITTEN in err, err
    assert link.is_symlink(), "the planted link itself is left as it was"
    for rel in case.others:
        if "{other}" in rel:  # any other employee's document of the unit
            kept = [p for p in at(rel).iterdir() if p.name != employee]
            assert len(kept) == 41
        else:
            assert at(rel).exists(), f"{rel} should still be written"


def test_a_symlink_that_stays_inside_the_folder_is_followed(invoke, place):
    """``t/RENCANA-BKD-2026.xlsx -> arsip/bkd.xlsx`` inside ``t``: the template is written
    at the link's target, the link stays."""
    work, outside = place
    (work / "t" / "arsip").mkdir(parents=True)
    (work / "t" / "RENCANA-BKD-2026.xlsx").symlink_to(Path("arsip") / "bkd.xlsx")
    result = kinerja(invoke, "templat", "-o", "t", "--unit", "BKD")
    assert result.exit_code == 0, result.stderr
    assert (work / "t" / "RENCANA-BKD-2026.xlsx").is_symlink()
    assert (work / "t" / "arsip" / "bkd.xlsx").stat().st_size > 1000
    assert list(outside.iterdir()) == []


# ---- -o that is a file, a missing folder, a folder that cannot be written -----------------------

FOLDER_COMMANDS = [
    ("dokumen", ("dokumen", "--unit", "BKD", "-o", "{out}", *DATE)),
    ("templat", ("templat", "--unit", "BKD", "-o", "{out}")),
    ("contoh", ("contoh", "--unit", "BKD", "{out}")),
    ("contoh ekinerja", ("contoh", "-f", "ekinerja", "{out}")),
    ("validasi", ("validasi", "masuk", "--umpan-balik", "{out}")),
    ("arsip", ("arsip", "--ekspor", "{out}")),
    ("init", ("init", "{out}")),
    ("rekap", ("rekap", "-o", "{out}/R.xlsx")),
    ("peringkat", ("peringkat", "-f", "csv", "-o", "{out}/p.csv")),
    ("kebutuhan", ("kebutuhan", "-f", "xlsx", "-o", "{out}/k.xlsx", *DATE)),
]


def _args(args: tuple[str, ...], out: str) -> list[str]:
    return [a.replace("{out}", out) for a in args]


@pytest.mark.parametrize("where", ["berkas", "berkas/sub"])
@pytest.mark.parametrize("name,args", FOLDER_COMMANDS, ids=[n for n, _ in FOLDER_COMMANDS])
def test_an_output_folder_that_is_a_file_is_exit_2_in_indonesian(invoke, place, name, args, where):
    work, _ = place
    (work / "berkas").write_text("isi lama")
    result = kinerja(invoke, *_args(args, where))
    err = flat(result.stderr)
    assert result.exit_code == 2, err
    assert "berkas adalah berkas, bukan folder" in err, err
    assert "File exists" not in err and "Not a directory" not in err
    assert (work / "berkas").read_text() == "isi lama"


@pytest.mark.parametrize(
    "name,args",
    FOLDER_COMMANDS[:3] + FOLDER_COMMANDS[7:8],
    ids=["dokumen", "templat", "contoh", "rekap"],
)
def test_an_output_folder_that_does_not_exist_is_created(invoke, place, name, args):
    work, _ = place
    result = kinerja(invoke, *_args(args, "belum/ada"))
    assert result.exit_code == 0, result.stderr
    assert any((work / "belum" / "ada").iterdir())


@pytest.mark.parametrize(
    "name,args,code",
    [
        ("templat", ("templat", "--unit", "BKD", "--unit", "BAPPEDA", "-o", "ro"), 1),
        ("dokumen", ("dokumen", "--unit", "BKD", "-o", "ro", *DATE), 1),
        ("arsip", ("arsip", "--ekspor", "ro"), 1),
        ("init", ("init", "ro"), 2),
        ("rekap", ("rekap", "-o", "ro/R.xlsx"), 2),
        ("peringkat", ("peringkat", "-f", "csv", "-o", "ro/p.csv"), 2),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_folder_that_cannot_be_written_is_said_in_indonesian(
    invoke, place, monkeypatch, name, args, code
):
    """The machine runs the tests as root (permissions do not stop it), so the operating
    system's refusal is simulated where every writer makes its temp file."""
    import tempfile

    work, _ = place
    (work / "ro").mkdir()
    real_mkstemp = tempfile.mkstemp

    def refuse(*a, **k):
        if Path(k.get("dir", ".")).resolve().is_relative_to((work / "ro").resolve()):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_mkstemp(*a, **k)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = kinerja(invoke, *_args(args, "ro"))
    err = flat(result.stderr)
    assert result.exit_code == code, err
    assert "tidak ada izin menulis di folder ro" in err, err
    assert "Permission denied" not in err and "Traceback" not in err
    if code == 1:
        assert SOME_NOT_WRITTEN in err
    assert [p for p in (work / "ro").rglob("*") if p.is_file()] == []


# ---- the one function ---------------------------------------------------------------------------


def test_contained_follows_symlinks_of_folders_and_of_the_file_name(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    (out / "real").mkdir(parents=True)
    elsewhere.mkdir()
    (out / "in").symlink_to(out / "real", target_is_directory=True)
    (out / "away").symlink_to(elsewhere, target_is_directory=True)
    (out / "f.pdf").symlink_to(elsewhere / "f.pdf")
    (out / "g.pdf").symlink_to(out / "real" / "g.pdf")
    (out / "loop").symlink_to(out / "loop")
    assert contained(out, out / "in" / "a.pdf") == (out / "real" / "a.pdf").resolve()
    assert contained(out, out / "g.pdf") == (out / "real" / "g.pdf").resolve()
    for bad in (out / "away" / "a.pdf", out / "f.pdf", out / "loop", out, out / ".." / "x"):
        with pytest.raises(UsageError) as info:
            contained(out, bad)
        assert info.value.kode == "keluaran_di_luar_folder"
    with pytest.raises(UsageError):
        inside(out, "away", "a.pdf")


def test_atomic_path_never_writes_through_a_symlink_out_of_its_folder(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "f.txt").write_text("milik orang lain")
    (out / "f.txt").symlink_to(elsewhere / "f.txt")
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UsageError) as info:
        atomic_write_text(out / "f.txt", "baru")
    assert info.value.kode == "keluaran_di_luar_folder" and info.value.exit_code == 2
    with pytest.raises(UsageError):
        atomic_write_text(out / "sub" / "g.txt", "baru", root=out)
    assert (elsewhere / "f.txt").read_text() == "milik orang lain"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["f.txt"]
    assert sorted(p.name for p in out.iterdir()) == ["f.txt", "sub"], "no temp file left"


def test_a_symlink_planted_while_the_file_is_made_is_refused(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    with pytest.raises(UsageError) as info, atomic_path(out / "f.txt") as tmp:
        tmp.write_text("baru")
        (out / "f.txt").symlink_to(elsewhere / "f.txt")
    assert info.value.kode == "keluaran_di_luar_folder"
    assert list(elsewhere.iterdir()) == []


def test_output_folder_names_the_file_in_the_way(tmp_path):
    (tmp_path / "f").write_text("x")
    output_folder(tmp_path / "baru" / "sub")
    for folder in (tmp_path / "f", tmp_path / "f" / "a" / "b"):
        with pytest.raises(UsageError) as info:
            output_folder(folder)
        assert info.value.kode == "keluaran_bukan_folder"
        assert info.value.params["path"] == str(tmp_path / "f")


@pytest.mark.parametrize(
    "code,kode,words",
    [
        (errno.EACCES, "keluaran_tanpa_izin", "tidak ada izin menulis"),
        (errno.EPERM, "keluaran_tanpa_izin", "tidak ada izin menulis"),
        (errno.EROFS, "keluaran_hanya_baca", "hanya dapat dibaca"),
        (errno.ENOSPC, "keluaran_ruang_habis", "sudah penuh"),
        (errno.EDQUOT, "keluaran_ruang_habis", "sudah penuh"),
        (errno.ENAMETOOLONG, "keluaran_nama_terlalu_panjang", "terlalu panjang"),
        (errno.EIO, "gagal_menulis", "Tidak dapat menulis"),
    ],
)
def test_write_errors_are_said_in_the_users_language(tmp_path, code, kode, words):
    err = write_error(tmp_path / "o" / "R.xlsx", OSError(code, os.strerror(code)))
    assert err.kode == kode and err.exit_code == 2
    text = err.message("id")
    assert words in text and str(tmp_path / "o" / "R.xlsx") in text
    if kode != "gagal_menulis":
        assert os.strerror(code) not in text
        assert err.message("en") != text


def test_a_full_disk_while_a_workbook_is_saved_is_said_in_indonesian(invoke, place, monkeypatch):
    """xlsxwriter wraps the OSError of a full disk in its own FileCreateError: the message
    is the catalogue's, not "[Errno 28] No space left on device"."""
    import xlsxwriter.workbook

    def full(self):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    work, _ = place
    result = kinerja(invoke, "rekap", "-o", "r/R.xlsx")
    err = flat(result.stderr)
    assert result.exit_code == 2, err
    assert "sudah penuh" in err and os.strerror(errno.ENOSPC) not in err, err
    assert [p for p in (work / "r").iterdir()] == [], "no temp file left"
