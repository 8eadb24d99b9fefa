"""Input safety: pre-flight limits, the sandboxed worker pool, safe reading, printable text."""

from __future__ import annotations

import dataclasses
import os
import string
import zipfile
from pathlib import Path

import pytest

from kinerja_cli.config import Keamanan, parse_config_text
from kinerja_cli.errors import ConfigError, InputError, KinerjaError
from kinerja_cli.messages import CATALOGUE, render
from kinerja_cli.model import display_value
from kinerja_cli.readers import read_workbook
from kinerja_cli.readers.base import RawWorkbook
from kinerja_cli.safety import (
    Limits,
    Sandbox,
    check_file,
    iter_read,
    printable,
    read_many,
    read_safely,
    run_limited,
)
from kinerja_cli.safety.preflight import parse_ref
from tests import hostile
from tests.conftest import ROOT

TEMPLATE = ROOT / "templates" / "xlsx" / "RENCANA-DINKES-2026.xlsx"


def refusal(path: Path, **limits: object) -> InputError:
    with pytest.raises(InputError) as info:
        check_file(path, Keamanan(**limits))
    return info.value


def assert_full_message(exc: KinerjaError) -> None:
    """Both languages render with every placeholder filled."""
    for lang in ("id", "en"):
        text = exc.message(lang)
        assert "{" not in text, text
        assert text.strip()


# ---- pre-flight ------------------------------------------------------------------------------


def test_preflight_measures_a_real_template():
    pre = check_file(TEMPLATE, Keamanan())
    assert pre.format == "xlsx"
    assert pre.size == TEMPLATE.stat().st_size
    assert 5 < pre.entries < 50
    assert pre.uncompressed > pre.size
    assert pre.largest_entry <= pre.uncompressed
    refs = {s.ref for s in pre.sheets}
    assert len(pre.sheets) >= 5 and all(r.startswith("A1:") for r in refs)
    assert pre.max_cells == max(s.rows * s.cols for s in pre.sheets)


@pytest.mark.parametrize(
    ("limits", "kode", "kunci"),
    [
        (
            {"ukuran_berkas_maks_mb": 0.01},
            "keamanan_berkas_terlalu_besar",
            "keamanan.ukuran_berkas_maks_mb",
        ),
        (
            {"ukuran_terurai_maks_mb": 0.1},
            "keamanan_terurai_terlalu_besar",
            "keamanan.ukuran_terurai_maks_mb",
        ),
        (
            {"ukuran_entri_maks_mb": 0.1},
            "keamanan_entri_terlalu_besar",
            "keamanan.ukuran_entri_maks_mb",
        ),
        (
            {"jumlah_entri_zip_maks": 5},
            "keamanan_entri_zip_terlalu_banyak",
            "keamanan.jumlah_entri_zip_maks",
        ),
        ({"sel_maks": 100}, "keamanan_sel_terlalu_banyak", "keamanan.sel_maks"),
        ({"baris_maks": 100}, "keamanan_baris_terlalu_banyak", "keamanan.baris_maks"),
    ],
)
def test_each_limit_names_itself_the_value_and_the_key(limits, kode, kunci):
    err = refusal(TEMPLATE, **limits)
    assert err.kode == kode
    assert err.exit_code == 3
    assert err.params["kunci"] == kunci
    assert err.params["path"] == str(TEMPLATE)
    assert_full_message(err)
    assert kunci in err.message("id") and "config/indikator.yaml" in err.message("id")
    assert kunci in err.message("en")


def test_limit_message_carries_measured_value_and_limit():
    err = refusal(TEMPLATE, ukuran_berkas_maks_mb=0.01)
    size_mb = f"{TEMPLATE.stat().st_size / 1024 / 1024:.1f}"
    assert size_mb in err.message("id") and "0.01" in err.message("id")
    err = refusal(TEMPLATE, baris_maks=100)
    assert err.params["lembar"] == "Pegawai"  # the first sheet over the limit, by its name
    assert err.params["baris"] == "204" and err.params["batas"] == "100"


def test_ratio_applies_only_to_big_members(tmp_path):
    # a tiny, highly compressible part is harmless: not refused however high its ratio
    parts = hostile.xlsx_parts(hostile.sheet_xml(hostile.GOOD_ROWS, dimension="A1:E2"))
    p = hostile.write_zip(tmp_path / "kecil.xlsx", [*parts, ("xl/pad.xml", b" " * 900_000)])
    assert check_file(p, Keamanan(rasio_kompresi_maks=2)).format == "xlsx"
    err = refusal(hostile.ratio_bomb(tmp_path))
    assert err.kode == "keamanan_rasio_kompresi"
    assert err.params["entri"] == "xl/worksheets/sheet1.xml"
    assert float(err.params["rasio"]) > 200


def test_lying_sizes_duplicate_parts_and_odd_compression_are_damage(tmp_path):
    assert refusal(hostile.lying_bomb(tmp_path)).kode == "berkas_rusak"
    parts = hostile.xlsx_parts(hostile.sheet_xml(hostile.GOOD_ROWS))
    dup = hostile.write_zip(tmp_path / "ganda.xlsx", [*parts, parts[-1]])
    err = refusal(dup)
    assert err.kode == "berkas_rusak" and "duplicate" in err.params["detail"]
    bz = tmp_path / "bzip2.xlsx"
    with zipfile.ZipFile(bz, "w", zipfile.ZIP_BZIP2) as zf:
        for name, data in parts:
            zf.writestr(name, data)
    err = refusal(bz)
    assert err.kode == "berkas_rusak" and "compression" in err.params["detail"]
    assert_full_message(err)


def test_encrypted_zip_entries_are_refused_as_encrypted(tmp_path):
    p = hostile.good_xlsx(tmp_path)
    data = bytearray(p.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:  # set the "encrypted" flag bit of every central directory entry
        data[at + 8] |= 1
        at = data.find(b"PK\x01\x02", at + 4)
    p.write_bytes(bytes(data))
    assert refusal(p).kode == "berkas_terenkripsi"


def test_missing_and_directory_paths(tmp_path):
    assert refusal(tmp_path / "tidak-ada.xlsx").kode == "berkas_tidak_ada"
    assert refusal(tmp_path).kode == "berkas_tidak_ada"


def test_entry_count_is_checked_before_zipfile_parses_the_directory(tmp_path, monkeypatch):
    p = hostile.too_many_parts(tmp_path)

    def boom(*args, **kwargs):
        raise AssertionError("zipfile must not parse a directory that is over the limit")

    monkeypatch.setattr(zipfile, "ZipFile", boom)
    err = refusal(p)
    assert err.kode == "keamanan_entri_zip_terlalu_banyak"
    assert int(err.params["jumlah"]) > 10_000


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("A1:K1200", (1200, 11)),
        ("B2", (2, 2)),
        ("$A$1:$XFD$1048576", (1048576, 16384)),
        ("A1:", None),
        ("", None),
        ("1A", None),
        ("A1:B2:C3", None),
    ],
)
def test_parse_ref(ref, expected):
    assert parse_ref(ref) == expected


def test_limits_mirror_every_config_key():
    names = {f.name for f in dataclasses.fields(Limits)}
    assert names == set(Keamanan.model_fields)
    k = Keamanan(sel_maks=7, baris_maks=3)
    lim = Limits.of(k)
    assert (lim.sel_maks, lim.baris_maks) == (7, 3)
    assert Limits.of(lim) is lim


def test_keamanan_keys_load_from_yaml_and_are_checked():
    base = (
        'instansi: X\ntahun: 2026\nunit: [{kode: "A", nama: A}]\nindikator: [{kode: "I", '
        'nama: I, satuan: "%", polaritas: positif, agregasi: jumlah, tingkat: pegawai, '
        'unit: ["A"]}]\n'
    )
    cfg = parse_config_text(base + "keamanan: {baris_maks: 1000, ukuran_entri_maks_mb: 20}\n")
    assert cfg.keamanan.baris_maks == 1000 and cfg.keamanan.ukuran_entri_maks_mb == 20
    with pytest.raises(ConfigError) as info:
        parse_config_text(base + "keamanan: {memori_baca_maks_mb: 64, batas_lain: 1}\n")
    found = {(p.path, p.kode) for p in info.value.problems}
    assert ("keamanan.memori_baca_maks_mb", "konfig_rentang") in found
    assert ("keamanan.batas_lain", "konfig_kunci_tak_dikenal") in found


# ---- the sandbox -----------------------------------------------------------------------------

FAST = Keamanan(waktu_baca_maks_detik=1.5, memori_baca_maks_mb=256)


def test_run_limited_returns_results_and_reraises_our_errors():
    assert run_limited(hostile.echo, 1, "dua", None, limits=FAST) == (1, "dua", None)
    with pytest.raises(InputError) as info:
        run_limited(hostile.raise_input_error, "x.xlsx", limits=FAST)
    assert (info.value.kode, info.value.params) == (
        "berkas_rusak",
        {"path": "x.xlsx", "detail": "uji"},
    )
    with pytest.raises(ConfigError) as cinfo:
        run_limited(hostile.raise_config_error, limits=FAST)
    assert cinfo.value.problems[0].path == "tahun"
    assert cinfo.value.exit_code == 2


def test_worker_has_the_memory_cap():
    assert run_limited(hostile.memory_cap, limits=FAST) == 256 * 1024 * 1024


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_memory_error_timeout_abort_and_bugs_become_refusals():
    with Sandbox(FAST, workers=2) as box:
        tasks = [("a",), (400,), (5,), ("b",), (), (3,), (), ("c",)]
        funcs = [
            hostile.echo,
            hostile.hog_memory,
            hostile.sleep_for,
            hostile.echo,
            hostile.abort_now,
            hostile.exit_with,
            hostile.raise_value_error,
            hostile.echo,
        ]
        outcomes = [next(iter(box.map(f, [t])))[1] for f, t in zip(funcs, tasks, strict=True)]
        assert outcomes[0] == ("a",) and outcomes[3] == ("b",) and outcomes[7] == ("c",)
        kodes = [o.kode if isinstance(o, InputError) else None for o in outcomes]
        assert kodes == [
            None,
            "keamanan_memori_habis",
            "keamanan_waktu_habis",
            None,
            "keamanan_proses_gagal",
            "keamanan_proses_gagal",
            "keamanan_galat_pembaca",
            None,
        ]
        assert outcomes[1].params["detail"] == "MemoryError"
        assert outcomes[1].params["kunci"] == "keamanan.memori_baca_maks_mb"
        assert outcomes[2].params["kunci"] == "keamanan.waktu_baca_maks_detik"
        assert "SIGABRT" in outcomes[4].params["detail"]
        assert "exit code 3" in outcomes[5].params["detail"]
        assert "ValueError: bug di pembaca" in outcomes[6].params["detail"]
        for o in outcomes:
            if isinstance(o, InputError):
                assert_full_message(o)
        assert box.crashes == 4  # memory, timeout, abort, exit: each worker replaced
        procs = [w.proc for w in box._workers]
        assert procs
    assert all(not p.is_alive() for p in procs)


def test_map_keeps_input_order_and_survives_crashes_in_a_batch(tmp_path):
    tasks = [(0.3,), (0.0,), (0.2,), (0.0,)]
    with Sandbox(FAST, workers=2) as box:
        out = list(box.map(hostile.sleep_for, tasks))
        assert [i for i, _ in out] == [0, 1, 2, 3]
        assert all(v == "bangun" for _, v in out)
        mixed = list(
            box.map(
                hostile.calamine_corners,
                [
                    (str(TEMPLATE),),
                    (str(hostile.huge_dimension_undeclared(tmp_path)),),
                    (str(TEMPLATE),),
                ],
            )
        )
    assert mixed[0][1] == mixed[2][1] > 10
    err = mixed[1][1]
    assert isinstance(err, InputError) and err.kode == "keamanan_memori_habis"
    assert "memory allocation" in err.params["detail"]  # calamine's own words, from the log


def test_pool_never_exceeds_the_cores():
    with Sandbox(FAST, workers=64) as box:
        assert box.max_workers == (os.cpu_count() or 1)
    with Sandbox(FAST) as box:
        assert box.max_workers == (os.cpu_count() or 1)


# ---- reading safely --------------------------------------------------------------------------


def test_read_safely_gives_what_the_reader_gives():
    direct = read_workbook(TEMPLATE, display_name="t.xlsx")
    safe = read_safely(TEMPLATE, limits=Keamanan(), display_name="t.xlsx")
    assert isinstance(safe, RawWorkbook)
    assert (safe.format, safe.sha256, safe.display_name) == (direct.format, direct.sha256, "t.xlsx")
    assert list(safe.sheets) == list(direct.sheets)
    for name, sheet in direct.sheets.items():
        assert safe.sheets[name].rows == sheet.rows
        assert safe.sheets[name].percent_cells == sheet.percent_cells


def test_read_safely_reuses_a_sandbox_and_refuses_with_the_display_name(tmp_path):
    bomb = hostile.huge_dimension_undeclared(tmp_path)
    with Sandbox(Keamanan(), workers=1) as box:
        assert read_safely(TEMPLATE, limits=Keamanan(), sandbox=box).sheets
        with pytest.raises(InputError) as info:
            read_safely(bomb, limits=Keamanan(), sandbox=box, display_name="dinas/x.xlsx")
        assert info.value.kode == "keamanan_memori_habis"
        assert info.value.params["path"] == "dinas/x.xlsx"
        assert read_safely(TEMPLATE, limits=Keamanan(), sandbox=box).sheets  # a new worker


def test_read_many_mixed_batch_keeps_order_and_reports_progress(tmp_path):
    files = [
        hostile.good_xlsx(tmp_path),
        hostile.huge_dimension_undeclared(tmp_path),
        hostile.good_csv(tmp_path),
        hostile.truncated_zip(tmp_path),
        TEMPLATE,
        hostile.billion_laughs(tmp_path),
        hostile.empty_file(tmp_path),
        hostile.huge_dimension(tmp_path),
    ]
    seen: list[tuple[int, int, str]] = []
    out = read_many(files, limits=Keamanan(), on_progress=lambda d, t, n: seen.append((d, t, n)))
    kinds = [o.kode if isinstance(o, InputError) else o.format for o in out]
    assert kinds == [
        "xlsx",
        "keamanan_memori_habis",
        "csv",
        "berkas_rusak",
        "xlsx",
        "berkas_xml_berbahaya",
        "berkas_kosong",
        "keamanan_baris_terlalu_banyak",
    ]
    assert [d for d, _, _ in seen] == list(range(1, len(files) + 1))
    assert {t for _, t, _ in seen} == {len(files)}
    assert any(row and row[0] == "NIP" for row in out[4].sheets["SKP"].rows)


def test_iter_read_names_and_edges(tmp_path):
    assert list(iter_read([], limits=Keamanan())) == []
    with pytest.raises(ValueError):
        list(iter_read([TEMPLATE], limits=Keamanan(), display_names=["a", "b"]))
    ((path, wb),) = list(iter_read([TEMPLATE], limits=Keamanan(), display_names=["kiriman"]))
    assert path == TEMPLATE and wb.display_name == "kiriman"


# ---- messages and untrusted text -------------------------------------------------------------


def test_safety_messages_have_both_languages_and_say_how_to_raise_limits():
    from kinerja_cli.messages import read_texts

    source = ROOT / "src" / "kinerja_cli" / "messages" / "safety.toml"
    safety, _ = read_texts(source.read_text(encoding="utf-8"), "safety")
    assert safety
    for kode, file_texts in safety.items():
        texts = CATALOGUE[kode]
        assert texts == file_texts
        assert kode.startswith("keamanan_")
        fields = {f for _, f, _, _ in string.Formatter().parse(texts["id"]) if f}
        assert "path" in fields, kode
        if "kunci" in fields:
            assert "config/indikator.yaml" in texts["id"] and "config/indikator.yaml" in texts["en"]


def test_printable_neutralises_control_and_bidi_characters():
    for name in hostile.NASTY_NAMES:
        shown = printable(name, 80)
        assert len(shown) <= 80
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in shown)
        assert "\u202e" not in shown
    assert printable("Budi\x1b[2J") == "Budi\\x1b[2J"
    assert printable("\u202egnp.exe") == "\\u202egnp.exe"
    assert (
        printable("Siti Nurhaliza — Kepala Seksi, Dinas Kesehatan")
        == "Siti Nurhaliza — Kepala Seksi, Dinas Kesehatan"
    )
    assert printable("a\r\nb\tc") == "a\\r\\nb\\tc"
    assert printable("x" * 100, 10) == "x" * 9 + "…"


def test_display_value_caps_long_cell_strings_and_escapes_controls():
    long = display_value("Nama sangat panjang " + "x" * 5000)
    assert long is not None and len(long) == 80 and long.endswith("…")
    assert display_value("Budi\x1b]8;;http://x\x07") == "Budi\\x1b]8;;http://x\\x07"
    assert display_value(None) is None
    assert (
        render("keamanan_galat_pembaca", "id", path=display_value("\x1b[31m"), detail="x").count(
            "\x1b"
        )
        == 0
    )


# ---- the YAML config as hostile input (complements tests/test_config.py) ---------------------

CONFIG_BASE = (
    'instansi: X\ntahun: 2026\nunit: [{kode: "A", nama: A}]\nindikator: [{kode: "I", '
    'nama: I, satuan: "%", polaritas: positif, agregasi: jumlah, tingkat: pegawai, '
    'unit: ["A"]}]\n'
)


def config_refusal(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_config_text(text, "uji.yaml")
    return info.value


def test_config_nesting_beyond_the_yaml_stack_is_refused_not_a_crash():
    err = config_refusal("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert err.kode == "konfig_terlalu_dalam"
    assert err.exit_code == 2


def test_config_python_tags_never_run(tmp_path):
    marker = tmp_path / "dijalankan"
    err = config_refusal(f"instansi: !!python/object/apply:os.system ['touch {marker}']\n")
    assert err.kode == "konfig_yaml_rusak"
    assert not marker.exists()


def test_config_alias_bomb_of_mappings_is_refused():
    text = "a: &a {x: 1, y: 2}\n" + "".join(
        f"b{i}: &b{i} [" + ", ".join(["*" + ("a" if i == 0 else f"b{i - 1}")] * 10) + "]\n"
        for i in range(7)
    )
    assert config_refusal(text).kode == "konfig_terlalu_besar"


def test_config_file_size_and_encoding(tmp_path):
    from kinerja_cli.config import MAX_CONFIG_BYTES, load_config

    big = tmp_path / "besar.yaml"
    big.write_text(CONFIG_BASE + "# " + "x" * MAX_CONFIG_BYTES + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(big)
    assert info.value.kode == "konfig_terlalu_besar"
    latin = tmp_path / "latin1.yaml"
    latin.write_bytes(
        CONFIG_BASE.replace("instansi: X", "instansi: Dinas Kesehatan \xe9").encode("latin-1")
    )
    with pytest.raises(ConfigError) as info:
        load_config(latin)
    assert info.value.kode == "konfig_bukan_utf8"


def test_config_yaml_11_booleans_are_not_taken_for_codes():
    err = config_refusal(
        CONFIG_BASE.replace('kode: "A"', "kode: NO").replace('unit: ["A"]', "unit: [NO]")
    )
    kodes = {(p.path, p.kode) for p in err.problems}
    assert ("unit[0].kode", "konfig_harus_teks") in kodes
