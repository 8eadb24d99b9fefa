"""Atomic writes: all or nothing, usual permissions."""

from __future__ import annotations

import os
import stat

import pytest

from kinerja_cli.atomic import atomic_path, atomic_write_bytes, atomic_write_text


def test_replaces_only_on_success(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write_text(target, "lama")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("setengah")
        raise RuntimeError("mati di tengah jalan")
    assert target.read_text() == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"], "temp file left behind"


def test_output_gets_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        target = atomic_write_text(tmp_path / "x.txt", "isi")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_creates_missing_folder(tmp_path):
    target = atomic_write_text(tmp_path / "a" / "b" / "c.txt", "isi")
    assert target.read_text() == "isi"


def test_a_folder_as_target_is_a_usage_error(tmp_path):
    from kinerja_cli.errors import UsageError

    (tmp_path / "o.xlsx").mkdir()
    with pytest.raises(UsageError) as err, atomic_path(tmp_path / "o.xlsx") as tmp:
        tmp.write_bytes(b"x")
    assert err.value.kode == "keluaran_adalah_folder" and err.value.exit_code == 2
    assert list(tmp_path.iterdir()) == [tmp_path / "o.xlsx"]


def test_an_unwritable_folder_is_a_usage_error(tmp_path):
    from kinerja_cli.errors import UsageError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError) as err, atomic_path(blocker / "o.xlsx") as tmp:
        tmp.write_bytes(b"x")
    assert err.value.kode == "keluaran_bukan_folder" and err.value.exit_code == 2
    assert err.value.params["path"] == str(blocker)


def test_longest_legal_name_can_be_written(tmp_path):
    """A 255-byte name (what the file system accepts) is written; the temp name is shortened
    (it once added a prefix and suffix and failed with 'File name too long')."""
    name = "RENCANA-BAPPEDA-2026 revisi " + "ä" * 110 + ".xlsx"
    assert len(name.encode()) <= 255
    written = atomic_write_bytes(tmp_path / name, b"data")
    assert written.read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == [name]
