"""The message catalogue: both languages, same keys and placeholders; every issue kode
declared once (level, score effect, texts); numbers formatted for the language."""

from __future__ import annotations

import ast
import string
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_cli.messages import CATALOGUE, ISSUE_TYPES, LANGUAGES, format_number, render
from kinerja_cli.messages.types import IssueType, error, warning
from tests.conftest import ROOT


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_same_placeholders():
    assert CATALOGUE
    for kode, texts in CATALOGUE.items():
        assert set(texts) == set(LANGUAGES), kode
        assert placeholders(texts["id"]) == placeholders(texts["en"]), kode
        assert texts["id"].strip() and texts["en"].strip(), kode


def test_render_fills_and_falls_back():
    assert "x.yaml" in render("konfig_tidak_ada", "id", path="x.yaml")
    assert "not found" in render("konfig_tidak_ada", "en", path="x.yaml")
    # a missing parameter is shown as its placeholder, never a crash
    assert "{path}" in render("konfig_tidak_ada", "id")


# ---- plain texts as data (messages/<area>.toml) ----------------------------------------------

_MESSAGES_DIR = ROOT / "src" / "kinerja_cli" / "messages"


def test_the_toml_areas_hold_plain_texts_merged_into_the_catalogue_in_order():
    from kinerja_cli.messages import LABELS, read_texts

    areas = sorted(_MESSAGES_DIR.glob("*.toml"))
    assert {p.stem for p in areas} >= {"cli", "documents", "outputs", "template"}
    assert not {p.stem for p in areas} & {p.stem for p in _MESSAGES_DIR.glob("*.py")}
    kodes = list(CATALOGUE)
    for path in areas:
        texts, labels = read_texts(path.read_text(encoding="utf-8"), path.stem)
        assert texts and labels <= set(texts) and labels <= LABELS, path.name
        assert {k: CATALOGUE[k] for k in texts} == texts, path.name
        assert not set(texts) & set(ISSUE_TYPES), path.name
        start = kodes.index(next(iter(texts)))
        assert kodes[start : start + len(texts)] == list(texts), path.name  # file order kept


def test_a_toml_entry_is_read_as_a_label_or_a_text_in_both_languages():
    from kinerja_cli.messages import read_texts

    text = '''
kol_nama = ["Nama", "Name"]
berkas_hilang.id = """\\
    Berkas {path} tidak \\
    ditemukan."""
berkas_hilang.en = "File {path} not found."
'''
    texts, labels = read_texts(text, "contoh")
    assert texts == {
        "kol_nama": {"id": "Nama", "en": "Name"},
        "berkas_hilang": {"id": "Berkas {path} tidak ditemukan.", "en": "File {path} not found."},
    }
    assert list(texts) == ["kol_nama", "berkas_hilang"] and labels == {"kol_nama"}


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ('a.id = "Sel {sel} kosong"\na.en = "Cell {cell} is empty"', "placeholders differ"),
        ('a = ["Kolom {kolom}", "Column"]', "placeholders differ"),
        ('a.id = "Nama"', "texts"),
        ('a = ["Nama"]', "label is"),
        ('a = ["Nama", "Name", "Nom"]', "label is"),
        ('a.id = "Nama"\na.en = "Name"\na.fr = "Nom"', "texts"),
        ('a.id = "Nama"\na.en = " "', "empty"),
        ('a.id = "Nama"\na.en = 3', "empty or not a string"),
        ('a = "Nama"', "texts"),
    ],
)
def test_a_toml_entry_without_both_languages_or_with_unequal_placeholders_is_refused(text, refusal):
    from kinerja_cli.messages import read_texts

    with pytest.raises(ValueError, match=refusal):
        read_texts(text, "contoh")


def test_a_kode_defined_in_two_areas_is_refused(monkeypatch):
    import kinerja_cli.messages as messages

    areas = [
        ("cli", {"a": {"id": "Nama", "en": "Name"}}, frozenset({"a"})),
        ("validation", {"a": error(id="Sel kosong", en="Cell empty")}, frozenset()),
    ]
    monkeypatch.setattr(messages, "_areas", lambda: areas)
    with pytest.raises(RuntimeError, match="defined twice"):
        messages._load()


def test_a_kode_written_twice_in_a_toml_area_is_refused():
    import tomllib

    from kinerja_cli.messages import read_texts

    with pytest.raises(tomllib.TOMLDecodeError):
        read_texts('a = ["Nama", "Name"]\na = ["Nama", "Name"]', "contoh")


# ---- an issue as a type ----------------------------------------------------------------------


def test_a_declaration_with_an_unknown_level_or_unequal_placeholders_is_refused():
    with pytest.raises(ValueError, match="unknown level"):
        IssueType("fatal", True, "Sel {sel}", "Cell {sel}")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="placeholders differ"):
        error(id="Sel {sel} kosong", en="Cell {cell} is empty")
    with pytest.raises(ValueError, match="placeholders differ"):
        warning(False, alasan="tidak dinilai", id="Kolom {kolom}", en="Column")
    with pytest.raises(ValueError, match="always"):
        IssueType("error", False, "Sel {sel}", "Cell {sel}")
    with pytest.raises(ValueError, match="why"):
        warning(True, alasan=" ", id="Sel {sel}", en="Cell {sel}")
    with pytest.raises(ValueError, match="empty"):
        error(id="", en="")
    declared = warning(True, alasan="x", id="Sel {sel} ({nilai})", en="Cell {sel} ({nilai})")
    assert declared.params == {"sel", "nilai"} and declared.tingkat == "warning"


def test_the_catalogue_holds_every_declaration_once_with_its_kode_and_texts():
    assert len(ISSUE_TYPES) > 100
    for kode, declared in ISSUE_TYPES.items():
        assert declared.kode == kode
        assert CATALOGUE[kode] == {"id": declared.id, "en": declared.en}
        assert declared.params == placeholders(declared.id)


def test_severity_and_score_effect_are_read_from_the_declarations():
    from kinerja_cli.messages.effects import WARNING_CHANGES_SCORE, changes_score, severity
    from kinerja_cli.model import make_issue

    warnings = {k: t.mengubah_nilai for k, t in ISSUE_TYPES.items() if t.tingkat == "warning"}
    assert warnings == WARNING_CHANGES_SCORE and len(warnings) > 30
    for kode, declared in ISSUE_TYPES.items():
        assert severity(kode) == declared.tingkat == make_issue(kode, "f.xlsx").tingkat
        assert changes_score(kode, declared.tingkat) == declared.mengubah_nilai
    # a reader's failure (no issue kode) is the one error of its file
    assert "berkas_rusak" not in ISSUE_TYPES and severity("berkas_rusak") == "error"
    # a warning stored by an earlier version and no longer declared can change a score
    assert changes_score("peringatan_lama", "warning")


def test_a_change_of_level_comes_with_a_rules_version_bump():
    """A kode that becomes an error (or a warning) changes which stored rows are scored: bump
    ``RULES_VERSION`` in validate/rules.py (stored files are checked again), then write the
    new pair here. The levels are not mixed into the checking fingerprint itself, which
    ``status`` and ``arsip`` show: that would change it for every stored file today."""
    import hashlib

    from kinerja_cli.validate.rules import RULES_VERSION

    text = "\n".join(f"{kode}:{t.tingkat}" for kode, t in sorted(ISSUE_TYPES.items()))
    levels = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert (RULES_VERSION, levels) == (6, "9a95b381dbfac914")


# the calls that report an issue, and where their kode stands
_ISSUE_CALLS = {"make_issue", "add", "at", "issue", "_problem", "_failed"}


def _string_constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            found.update({t.id: value.value for t in node.targets if isinstance(t, ast.Name)})
    return found


def _kodes_reported_in(src: Path) -> dict[str, str]:
    """Every catalogue kode written (literally or as a module constant) as an argument of a
    call that reports an issue, with the first place it stands."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in src.rglob("*.py")}
    constants: dict[str, str] = {}
    for tree in trees.values():
        constants.update(_string_constants(tree))
    used: dict[str, str] = {}
    for path, tree in trees.items():
        if path.parent.name == "messages":
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            if name not in _ISSUE_CALLS:
                continue
            args = [*node.args, *(k.value for k in node.keywords if k.arg == "kode")]
            for arg in args:
                if isinstance(arg, ast.Constant):
                    value = arg.value
                else:
                    value = constants.get(arg.id) if isinstance(arg, ast.Name) else None
                if isinstance(value, str) and value in CATALOGUE:
                    used.setdefault(value, f"{path.relative_to(src)}:{node.lineno}")
    return used


@pytest.mark.slow(reason="an AST walk over every source file, ~1 s on 2 busy cores")
def test_every_kode_the_source_reports_is_declared_as_an_issue():
    used = _kodes_reported_in(ROOT / "src" / "kinerja_cli")
    assert len(used) > 90
    undeclared = {kode: where for kode, where in used.items() if kode not in ISSUE_TYPES}
    assert undeclared == {}


# ---- numbers for the language ----------------------------------------------------------------


def test_numbers_are_formatted_for_the_language_when_rendered():
    params = {"angka": 99.5, "min": 0.0, "max": 100, "satuan": "%"}
    assert "Realisasi 99,5 %" in render("realisasi_di_luar_batas", "id", **params)
    assert "Realisasi 99.5 %" in render("realisasi_di_luar_batas", "en", **params)
    assert format_number(Decimal("1234.50"), "id") == "1234,5"
    assert format_number(Decimal("1234.50"), "en") == "1234.5"
    assert format_number(Decimal("100.0E+3")) == "100000"  # no thousands separator
    assert format_number(1e-6) == "0,000001" and format_number(1e15) == "1000000000000000"
    assert format_number(1e-25, "en") == "1e-25" and format_number(2.5e20) == "2,5e+20"
    assert format_number(1 / 3, "en") == "0.333333" and format_number(-0.0) == "-0"
    assert "80-90,5" in render("target_di_luar_batas", "id", angka=(80, 90.5), min=0, max=1)
    assert "80-90.5" in render("target_di_luar_batas", "en", angka=(80, 90.5), min=0, max=1)
    # a text parameter (stored by an earlier version) is shown as it is, in any language
    assert "Realisasi 99,5 %" in render("realisasi_di_luar_batas", "en", angka="99,5", satuan="%")


def test_an_issue_says_its_numbers_in_the_language_asked():
    from kinerja_cli.model import make_issue

    issue = make_issue("bobot_jumlah", "f.xlsx", nip="1", jumlah=99.5, baris="6, 7")
    assert "99,5" in issue.pesan("id") and "99.5" not in issue.pesan("id")
    assert "99.5" in issue.pesan("en") and "99,5" not in issue.pesan("en")


# ---- docs/validasi.md ------------------------------------------------------------------------


def test_the_kode_reference_of_docs_validasi_is_generated_from_the_declarations():
    """Stale? Run ``python -m kinerja_cli.messages.reference docs/validasi.md``."""
    from kinerja_cli.messages import reference

    doc = ROOT / "docs" / "validasi.md"
    text = doc.read_text(encoding="utf-8")
    assert reference.updated(text) == text
    assert reference.main(["--check", str(doc)]) == 0
    block = text[text.index(reference.KODES[0]) : text.index(reference.KODES[1])]
    assert all(f"| `{kode}` |" in block for kode in ISSUE_TYPES)
    effects = text[text.index(reference.EFFECTS[0]) : text.index(reference.EFFECTS[1])]
    rows = [line.split(" | ")[0] for line in effects.splitlines() if line.startswith("| `")]
    listed = {kode for row in rows for kode in row.strip("| `").split("`, `")}
    assert listed == {k for k, t in ISSUE_TYPES.items() if t.tingkat == "warning"}


def test_the_hand_written_tables_of_docs_validasi_state_the_declared_level():
    """The tables that say what each kode means (prose, outside the generated blocks) also
    name its level: it is the declared one."""
    import re

    from kinerja_cli.messages import reference

    text = (ROOT / "docs" / "validasi.md").read_text(encoding="utf-8")
    text = text[: text.index(reference.KODES[0])] + text[text.index(reference.KODES[1]) :]
    words = {"error": "error", "warning": "warning", "peringatan": "warning"}
    checked = 0
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if not line.startswith("| `") or len(cells) < 3:
            continue
        level = words.get(cells[1].split(" ")[0])
        for kode in re.findall(r"`([a-z0-9_]+)`", cells[0]):
            if level is not None and kode in ISSUE_TYPES:
                assert ISSUE_TYPES[kode].tingkat == level, line
                checked += 1
    assert checked > 100


def test_a_stale_reference_is_reported(tmp_path):
    from kinerja_cli.messages import reference

    doc = tmp_path / "validasi.md"
    stale = (ROOT / "docs" / "validasi.md").read_text(encoding="utf-8").replace("| ya |", "| ?? |")
    doc.write_text(stale, encoding="utf-8")
    assert reference.main(["--check", str(doc)]) == 1
    assert reference.main([str(doc)]) == 0
    assert reference.main(["--check", str(doc)]) == 0
