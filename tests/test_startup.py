"""Start-up paths (issue 10): the libyaml config loader, the lean command line, the early
fork server. No timing here: speed is measured by bench/run.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kinerja_cli import config as config_mod
from kinerja_cli.cli import main as cli_main
from kinerja_cli.errors import ConfigError
from kinerja_cli.prestart import wants_workers

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    getattr(yaml, "CSafeLoader", None) is None, reason="PyYAML built without libyaml"
)


def test_libyaml_gives_the_same_data_and_lines_as_the_pure_loader():
    text = (ROOT / "config" / "indikator.yaml").read_text(encoding="utf-8")
    fast = config_mod._parse_fast(text, "x.yaml")
    pure = config_mod._parse_yaml(config_mod._StrictLoader, text, "x.yaml")
    assert fast is not None
    assert fast == pure


def _error(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        config_mod.parse_config_text(text, "uji.yaml")
    return info.value


def _pure_error(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        config_mod._parse_yaml(config_mod._StrictLoader, text, "uji.yaml")
    return info.value


@pytest.mark.parametrize(
    "text",
    [
        "a: [1, 2\nb: 3\n",  # syntax error: libyaml words it differently
        "a: *nowhere\n",  # undefined alias
        "a: !!python/object/apply:os.system ['true']\n",  # a Python tag
        "a: 1\nb:\n  - x\n\tc: 2\n",  # a tab
    ],
)
def test_yaml_errors_keep_the_pure_loader_message(text):
    got, want = _error(text), _pure_error(text)
    assert (got.kode, got.params) == (want.kode, want.params)


def test_duplicate_key_and_depth_are_refused_through_libyaml_too():
    err = _error("instansi: A\ntahun: 2026\ninstansi: B\n")
    assert (err.kode, err.params["baris"], err.params["baris_pertama"]) == (
        "konfig_kunci_ganda",
        3,
        1,
    )
    assert _error("a: " + "[" * 60 + "]" * 60 + "\n").kode == "konfig_terlalu_dalam"
    assert _error("a: " + "[" * 5000 + "]" * 5000 + "\n").kode == "konfig_terlalu_dalam"


def test_the_libyaml_in_use_refuses_deep_nesting_itself():
    assert config_mod._libyaml_usable(yaml.CSafeLoader)


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["validasi", "masuk/"], "validasi"),
        (["--config", "k.yaml", "--db", "x.db", "rekap", "masuk"], "rekap"),
        (["--config=k.yaml", "-q", "status"], "status"),
        (["--help"], None),
        (["--lang", "en", "--version"], None),
        ([], None),
    ],
)
def test_command_of(argv, command):
    assert cli_main.command_of(argv) == command


def test_one_command_app_and_listing_app_match_the_full_app():
    runner = CliRunner()
    full = runner.invoke(cli_main.app, ["--help"])
    listing = runner.invoke(cli_main.build_app(None, listing=True), ["--help"])
    assert full.exit_code == listing.exit_code == 0
    assert full.output == listing.output
    for name in ("validasi", "validate", "rekap", "templat"):
        alone = cli_main.build_app(name)
        assert [c.name for c in alone.registered_commands] != []
        assert name in {c.name for c in alone.registered_commands}
        assert len(alone.registered_commands) <= 2
        one = runner.invoke(alone, [name, "--help"])
        assert one.exit_code == 0
        assert one.output == runner.invoke(cli_main.app, [name, "--help"]).output
    # an unknown name gets the full app, whose error lists nothing wrongly
    assert len(cli_main.build_app("tidak-ada").registered_commands) == len(
        cli_main.app.registered_commands
    )


def test_help_through_the_entry_point_imports_no_pydantic_or_readers():
    code = (
        "import sys\n"
        "sys.argv = ['kinerja', '--help']\n"
        "from kinerja_cli.entry import run\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('pydantic', 'rich', 'python_calamine', 'openpyxl', 'pandas',"
        " 'multiprocessing') if m in sys.modules]\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Commands:" in out.stdout
    assert out.stderr.strip().endswith("HEAVY="), out.stderr


def test_wants_workers_only_for_reading_commands_with_a_spreadsheet(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    book = tmp_path / "A.xlsx"
    book.write_bytes(b"")
    assert wants_workers(["validasi", str(folder)])
    assert wants_workers(["--config", "k.yaml", "rekap", str(book), "-o", "r.xlsx"])
    assert not wants_workers(["rekap"])  # from the store only
    assert not wants_workers(["validasi", str(tmp_path / "tidak-ada.xlsx")])
    assert not wants_workers(["status", str(folder)])
    assert not wants_workers(["--help"])


@pytest.mark.slow(reason="fresh Python processes, ~3 s on 2 busy cores")
def test_validasi_imports_no_scoring_or_recap_writer(tmp_path, config):
    """``kinerja validasi`` renders issue lists; it must not pay for the recap writer, the
    scoring engine or xlsxwriter (a package ``__init__`` importing them eagerly once cost the
    one-file run ~40 ms, issue 10's 0.5 s target)."""
    from kinerja_cli.examples import generate_examples

    (made,) = generate_examples(config, tmp_path / "masuk", units=["BKD"], convert=False)
    book = made.path
    code = (
        "import sys\n"
        f"sys.argv = ['kinerja', 'validasi', {str(book)!r}, '--format', 'json',"
        f" '--config', {str(ROOT / 'config' / 'indikator.yaml')!r}]\n"
        "from kinerja_cli.entry import run\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('kinerja_cli.scoring', 'kinerja_cli.writers.recap',"
        " 'kinerja_cli.writers.ranking', 'xlsxwriter') if m in sys.modules]\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert '"BKD"' in out.stdout, out.stderr[-2000:]
    assert out.stderr.strip().endswith("HEAVY="), out.stderr[-2000:]
