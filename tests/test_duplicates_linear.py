"""Issue 26, item 6: every duplicate check is linear and reports a duplicated key once (and
the check of raters rating each other in a cycle is linear too).

A fill-down mistake (one NIP copied down 100,000 rows) used to give one ``nip_ganda`` per
row naming every other row: quadratic time and memory, ending as ``keamanan_memori_habis``
at 10,000 rows of an e-Kinerja export. Each case goes through the CLI, built from the
``kinerja contoh`` files: an e-Kinerja export saved as CSV, the Pegawai sheet of a kinerja
template, and the exclusions list ``pengecualian.csv`` of a recap. The result's shape is
asserted (one grouped issue with the row count, every row unused), never a time: bench/
duplicates.py measures the time and memory of the same files.
"""

from __future__ import annotations

import csv
import json
import re
import zipfile
from pathlib import Path

import pytest

from kinerja_cli.readers import read_workbook
from kinerja_cli.validate.rows import row_list
from tests.conftest import BUNDLED_CONFIG, exclusions_problems

pytestmark = pytest.mark.slow  # make test-fast leaves it out; make test runs it

ROWS = 100_000
TODAY = ["--tanggal", "2027-01-20"]
"""The contoh exports are pulled on 15 January of the next year."""


# ---- building the big files quickly ---------------------------------------------------------


def ekinerja_csv(source: Path, target: Path, copies: int) -> tuple[str, int]:
    """The Laporan Penilaian SKP ``source`` saved as CSV with its first employee's row
    copied down ``copies`` times (numbered on, as a fill-down would): (the NIP, its first
    row)."""
    sheet = next(iter(read_workbook(source).sheets.values()))
    rows = [["" if v is None else v for v in r] for r in sheet.rows]
    header = next(i for i, r in enumerate(rows) if "nip" in [str(v).lower() for v in r])
    names = [str(v).lower() for v in rows[header]]
    first = rows[header + 1]
    nip_col, no_col = names.index("nip"), names.index("no")
    with target.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerows(rows[: header + 1])
        for n in range(1, copies + 1):
            first[no_col] = n
            out.writerow(first)
    return str(first[nip_col]), header + 2


def _read_parts(source: Path) -> dict[str, bytes]:
    """Every part of the xlsx ``source`` by name (its sheets are rewritten as text: fast for
    100,000 rows)."""
    with zipfile.ZipFile(source) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def _write_parts(parts: dict[str, bytes], target: Path) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            z.writestr(part, data)


def _rows_through(xml: str, filled: int) -> str:
    """The sheet ``xml`` without its rows below ``filled`` (the empty formatted rows under
    the data go, so what is added follows the last filled row)."""
    return re.sub(
        r'<row r="(\d+)"[^>]*>(?:(?!</row>).)*</row>',
        lambda m: "" if int(m.group(1)) > filled else m.group(0),
        xml,
    )


def _pegawai_part(parts: dict[str, bytes]) -> str:
    return _part_of(parts, "Pegawai")


def template_with_copies(source: Path, target: Path, copies: int) -> tuple[str, int, int]:
    """The contoh template ``source`` with its second employee's NIP copied down ``copies``
    more rows below the last filled row of the Pegawai sheet (the sheet's XML is written
    directly: fast for 100,000 rows). Returns (the NIP, its first row, the last row)."""
    parts = _read_parts(source)
    name = _pegawai_part(parts)
    xml = parts[name].decode()
    nips = re.findall(r'<c r="A(\d+)"[^>]*t="inlineStr"><is><t>(\d{18})</t>', xml)
    first_row, nip = int(nips[1][0]), nips[1][1]
    filled = max(int(r) for r, _ in nips)
    # the empty formatted rows below the data go; the copies follow the last employee
    xml = _rows_through(xml, filled)
    last = filled + copies
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{nip}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>Salinan {r}</t></is></c>'
        f'<c r="F{r}" t="inlineStr"><is><t>Sesuai Ekspektasi</t></is></c></row>'
        for r in range(filled + 1, last + 1)
    )
    xml = xml.replace("</sheetData>", rows + "</sheetData>", 1)
    xml = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:G{last}"', xml, count=1)
    parts[name] = xml.encode()
    _write_parts(parts, target)
    return nip, first_row, last


def distinct_nips(count: int) -> list[str]:
    """``count`` valid, different NIPs (one birth date each)."""
    import datetime as dt

    born = dt.date(1965, 1, 1)
    return [
        f"{born + dt.timedelta(days=k):%Y%m%d}{born.year + 25 + k // 365}031001"
        for k in range(count)
    ]


def pegawai_in_a_cycle(
    source: Path, target: Path, count: int, *, raters: bool = True, given: list[str] | None = None
) -> tuple[list[str], int]:
    """The contoh template ``source`` with ``count`` more employees below its own, each rated
    by the next and the last by the first (one cycle of raters), in the optional column "NIP
    Pejabat Penilai" (``raters=False``: without that column; ``given``: these NIPs instead
    of :func:`distinct_nips`). Returns (their NIPs, the row of the first)."""
    parts = _read_parts(source)
    name = _pegawai_part(parts)
    xml = parts[name].decode()
    nips = re.findall(r'<c r="A(\d+)"[^>]*t="inlineStr"><is><t>(\d{18})</t>', xml)
    filled = max(int(r) for r, _ in nips)
    xml = _rows_through(xml, filled)
    header = re.search(r'<c r="A(\d+)"[^>]*t="inlineStr"><is><t>NIP</t>', xml)
    assert header is not None
    head_row = header.group(1)
    xml = re.sub(
        rf'(<row r="{head_row}"[^>]*>(?:(?!</row>).)*)</row>',
        lambda m: (
            m.group(1)
            + f'<c r="H{head_row}" t="inlineStr"><is><t>NIP Pejabat Penilai</t></is></c></row>'
        ),
        xml,
        count=1,
    )
    cycle = given if given is not None else distinct_nips(count)
    first = filled + 1
    rows = "".join(
        f'<row r="{first + k}"><c r="A{first + k}" t="inlineStr"><is><t>{nip}</t></is></c>'
        f'<c r="B{first + k}" t="inlineStr"><is><t>Pegawai {k}</t></is></c>'
        f'<c r="F{first + k}" t="inlineStr"><is><t>Sesuai Ekspektasi</t></is></c>'
        + (
            f'<c r="H{first + k}" t="inlineStr"><is><t>{cycle[(k + 1) % count]}</t></is></c>'
            if raters
            else ""
        )
        + "</row>"
        for k, nip in enumerate(cycle)
    )
    xml = xml.replace("</sheetData>", rows + "</sheetData>", 1)
    xml = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:H{first + count}"', xml, count=1)
    parts[name] = xml.encode()
    _write_parts(parts, target)
    return cycle, first


def _part_of(parts: dict[str, bytes], sheet: str) -> str:
    book = parts["xl/workbook.xml"].decode()
    rid = re.search(rf'<sheet name="{sheet}"[^>]*r:id="([^"]+)"', book)
    assert rid is not None
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    target = re.search(rf'<Relationship[^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
    if target is None:  # attribute order differs
        target = re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    assert target is not None
    return "xl/" + target.group(1).removeprefix("/xl/").removeprefix("xl/")


def sheet_row_copied(source: Path, target: Path, sheet: str, copies: int) -> tuple[int, int]:
    """The contoh template ``source`` with the first data row of ``sheet`` (the row under
    its "NIP" header) copied ``copies`` times below the last filled row, as a fill-down
    would. Returns (the copied row, the last row)."""
    parts = _read_parts(source)
    name = _part_of(parts, sheet)
    xml = parts[name].decode()
    rows = {
        int(m.group(1)): m.group(0)
        for m in re.finditer(r'<row r="(\d+)"[^>]*>(?:(?!</row>).)*</row>', xml)
    }
    header = next(
        r for r, x in sorted(rows.items()) if "<t>NIP</t>" in x or "<t>Kode Indikator</t>" in x
    )
    filled = max(r for r, x in rows.items() if r > header and "<is><t>" in x)
    first = header + 1
    model = rows[first]
    xml = "".join(
        [xml[: xml.index("<sheetData>") + len("<sheetData>")]]
        + [x for r, x in sorted(rows.items()) if r <= filled]
        + [
            re.sub(rf'(r="[A-Z]*){first}"', rf'\g<1>{r}"', model)
            for r in range(filled + 1, filled + copies + 1)
        ]
        + [xml[xml.index("</sheetData>") :]]
    )
    parts[name] = xml.encode()
    _write_parts(parts, target)
    return first, filled + copies


def exclusions_csv(target: Path, nip: str, copies: int) -> None:
    with target.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["NIP", "alasan"])
        out.writerows([nip, "pensiun"] for _ in range(copies))


# ---- the checks -------------------------------------------------------------------------------


@pytest.fixture
def exports(ekinerja_exports: Path) -> Path:
    return ekinerja_exports


def _validate(invoke, path: Path) -> dict:
    result = invoke("--config", BUNDLED_CONFIG, "validasi", path, "--format", "json", *TODAY)
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


def _the_one(report: dict, nip: str, count: int, first: int, last: int) -> dict:
    """The report holds exactly one issue: ``nip_ganda`` at the first row, with the count,
    the first rows and the last."""
    (issue,) = report["issues"]
    assert (issue["kode"], issue["row"], issue["nilai"]) == ("nip_ganda", first, nip)
    assert f"{count} kali" in issue["pesan"] and f"…, {last})" in issue["pesan"]
    assert len(issue["pesan"]) < 400
    (f,) = report["files"]
    assert (f["errors"], f["warnings"], f["status"]) == (1, 0, "error")
    return issue


def test_row_list_is_short_however_many_rows():
    assert row_list([5, 7]) == "5, 7"
    assert row_list(list(range(1, 12))) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11"
    assert row_list(list(range(1, 13))) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …, 12"
    assert row_list(list(range(9, ROWS + 9))).endswith(f"…, {ROWS + 8}")


def test_one_nip_on_every_row_of_an_ekinerja_export(exports, tmp_path, invoke):
    source = exports / "Laporan Penilaian SKP DINKES 2026.xlsx"
    path = tmp_path / "Laporan Penilaian SKP DINKES 2026.csv"
    nip, first = ekinerja_csv(source, path, ROWS)
    issue = _the_one(_validate(invoke, path), nip, ROWS, first, first + ROWS - 1)
    assert issue["cell"] == f"B{first}" or issue["cell"].endswith(str(first))


def test_one_nip_on_every_row_of_the_pegawai_sheet(tmp_path, invoke):
    made = invoke("--config", BUNDLED_CONFIG, "contoh", tmp_path / "masuk", "-u", "DINKES")
    assert made.exit_code == 0, made.output
    (source,) = (tmp_path / "masuk").glob("*.xlsx")
    path = tmp_path / source.name
    nip, first, last = template_with_copies(source, path, ROWS)
    issue = _the_one(_validate(invoke, path), nip, ROWS + 1, first, last)
    assert (issue["sheet"], issue["cell"]) == ("Pegawai", f"A{first}")
    assert f"(baris {first}, {last - ROWS + 1}, " in issue["pesan"]
    # none of the rows is used: the employee is not scored from any of them
    store = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db"]
    invoke(*store, "impor", path, *TODAY)
    ranked = json.loads(invoke(*store, "peringkat", "-f", "json").stdout)
    assert nip not in {p["nip"] for p in ranked} and len(ranked) > 50


def test_one_nip_on_every_row_of_the_exclusions_list(exports, tmp_path, invoke):
    nip = "196501011990031001"
    rows = exclusions_problems(
        invoke, tmp_path, exports, lambda path: exclusions_csv(path, nip, ROWS)
    )
    assert len(rows) == 1, rows
    (row,) = rows
    text = " ".join(str(v) for v in row)
    assert "nip_ganda" in text and "B2" not in text and "A2" in text
    assert f"{ROWS} kali" in text and f"…, {ROWS + 1})" in text


CYCLE = 5_000


def test_a_cycle_of_5000_raters_is_checked_in_linear_time(tmp_path, invoke):
    """Each member's rater cell is an error naming the cycle; the cycle shown is cut (its
    first NIPs, ``…``, the first again), so the messages do not grow with the cycle: naming
    all 5,000 in each of 5,000 messages was 25 million NIPs."""
    made = invoke("--config", BUNDLED_CONFIG, "contoh", tmp_path / "masuk", "-u", "DINKES")
    assert made.exit_code == 0, made.output
    (source,) = (tmp_path / "masuk").glob("*.xlsx")
    path = tmp_path / source.name
    cycle, first = pegawai_in_a_cycle(source, path, CYCLE)
    result = invoke("--config", BUNDLED_CONFIG, "validasi", path, "--format", "json", *TODAY)
    assert result.exit_code == 1, result.output
    issues = json.loads(result.stdout)["issues"]
    loops = [i for i in issues if i["kode"] == "penilai_melingkar"]
    assert [i["row"] for i in loops] == list(range(first, first + CYCLE))
    assert all(i["column"] == "NIP Pejabat Penilai" for i in loops)
    shown = f"{cycle[0]} -> {cycle[1]} -> "
    assert shown in loops[0]["pesan"] and f"…, {cycle[0]}" not in loops[0]["pesan"]
    assert f"-> … -> {cycle[0]}" in loops[0]["pesan"]
    assert max(len(i["pesan"]) for i in loops) < 800


COPIES = 20_000


@pytest.mark.parametrize(
    ("sheet", "kode", "tingkat"),
    [("SKP", "skp_indikator_ganda", "warning"), ("IKU", "iku_indikator_ganda", "error")],
)
def test_one_indicator_on_every_row_is_one_issue(tmp_path, invoke, sheet, kode, tingkat):
    """An SKP row (one employee, one indicator) or an IKU row copied down 20,000 rows: one
    issue at the first copy, with the count and the rows (100,000 rows are linear too, about
    12 s, as bench/duplicates.py shows: IKU rows and repeated SKP rows take the full checks,
    so the test stays smaller)."""
    made = invoke("--config", BUNDLED_CONFIG, "contoh", tmp_path / "masuk", "-u", "DINKES")
    assert made.exit_code == 0, made.output
    (source,) = (tmp_path / "masuk").glob("*.xlsx")
    path = tmp_path / source.name
    first, last = sheet_row_copied(source, path, sheet, COPIES)
    result = invoke("--config", BUNDLED_CONFIG, "validasi", path, "--format", "json", *TODAY)
    assert result.exit_code in (0, 1), result.output
    issues = json.loads(result.stdout)["issues"]
    (issue,) = [i for i in issues if i["kode"] == kode]
    assert (issue["sheet"], issue["row"], issue["tingkat"]) == (sheet, last - COPIES + 1, tingkat)
    assert f"{COPIES + 1} kali (baris {first}, {last - COPIES + 1}, " in issue["pesan"]
    assert f"…, {last})" in issue["pesan"]
    assert len(issues) < 10, [i["kode"] for i in issues]


LIST_ROWS = 20_000


@pytest.mark.parametrize("last_date", ["2026-12-31", "2026-06-30"])
def test_one_nip_on_every_row_of_an_skp_list(exports, tmp_path, invoke, last_date):
    """A Laporan SKP with one NIP on 20,000 rows (the Penilaian export above has 100,000):
    when the last row has the latest ``periode_akhir`` it is used and the others are one
    ``ek_nip_ganda_mutasi`` (a warning) naming them; when the dates cannot tell, one
    ``nip_ganda``."""
    sheet = next(iter(read_workbook(exports / "Laporan SKP DINKES 2026.xlsx").sheets.values()))
    rows = [["" if v is None else v for v in r] for r in sheet.rows]
    header = next(i for i, r in enumerate(rows) if "nip" in [str(v).lower() for v in r])
    names = [str(v).lower() for v in rows[header]]
    model = list(rows[header + 1])
    date_col, nip_col = names.index("periode_akhir"), names.index("nip")
    path = tmp_path / "Laporan SKP DINKES 2026.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerows(rows[: header + 1])
        for n in range(LIST_ROWS):
            model[date_col] = last_date if n == LIST_ROWS - 1 else "2026-06-30"
            out.writerow(model)
    first = header + 2
    last = first + LIST_ROWS - 1
    result = invoke("--config", BUNDLED_CONFIG, "validasi", path, "--format", "json", *TODAY)
    report = json.loads(result.stdout)
    (issue,) = report["issues"]
    assert (issue["row"], issue["nilai"]) == (first, str(model[nip_col]))
    if last_date == "2026-12-31":
        assert (result.exit_code, issue["kode"], issue["tingkat"]) == (
            0,
            "ek_nip_ganda_mutasi",
            "warning",
        )
        assert f"dipakai baris {last} " in issue["pesan"]
        assert (
            f"{LIST_ROWS - 1} baris lain" in issue["pesan"] and f"…, {last - 1})" in issue["pesan"]
        )
    else:
        assert (result.exit_code, issue["kode"]) == (1, "nip_ganda")
        assert f"{LIST_ROWS} kali" in issue["pesan"] and f"…, {last})" in issue["pesan"]


SHARED = 3_000


def test_two_units_sharing_3000_nips_are_checked_in_linear_time(tmp_path, invoke):
    """A unit that sent another unit's staff list: every NIP is in two units. One
    ``nip_di_unit_lain`` per NIP in each file, at its row; each file's rows and issues are
    indexed once (a scan of both per conflict was quadratic: 20,000 shared NIPs ran for more
    than 300 s; bench/duplicates.py)."""
    made = invoke("--config", BUNDLED_CONFIG, "contoh", tmp_path / "masuk", "-u", "DINKES",
                  "-u", "BAPPEDA")  # fmt: skip
    assert made.exit_code == 0, made.output
    folder = tmp_path / "dua"
    folder.mkdir()
    firsts = {}
    for source in (tmp_path / "masuk").glob("*.xlsx"):
        nips, firsts[source.name] = pegawai_in_a_cycle(
            source, folder / source.name, SHARED, raters=False
        )
    result = invoke("--config", BUNDLED_CONFIG, "validasi", folder, "--format", "json", *TODAY)
    assert result.exit_code == 1, result.output
    issues = json.loads(result.stdout)["issues"]
    shared = [i for i in issues if i["kode"] == "nip_di_unit_lain"]
    for name, first in firsts.items():
        mine = [i for i in shared if i["file"].endswith(name)]
        assert [i["row"] for i in mine] == list(range(first, first + SHARED))
        assert [i["nilai"] for i in mine] == nips


def test_a_nip_on_three_rows_of_one_unit_and_in_another_is_one_issue_per_file(tmp_path, invoke):
    made = invoke("--config", BUNDLED_CONFIG, "contoh", tmp_path / "masuk", "-u", "DINKES",
                  "-u", "BAPPEDA")  # fmt: skip
    assert made.exit_code == 0, made.output
    folder = tmp_path / "dua"
    folder.mkdir()
    (nip,) = distinct_nips(1)
    firsts = {}
    for source in (tmp_path / "masuk").glob("*.xlsx"):
        times = 3 if "BAPPEDA" in source.name else 1
        _, firsts[source.name] = pegawai_in_a_cycle(
            source, folder / source.name, times, raters=False, given=[nip] * times
        )
    result = invoke("--config", BUNDLED_CONFIG, "validasi", folder, "--format", "json", *TODAY)
    issues = [i for i in json.loads(result.stdout)["issues"] if i["nilai"] == nip]
    got = sorted((Path(i["file"]).name, i["kode"], i["row"]) for i in issues)
    bappeda, dinkes = sorted(firsts)
    assert [g for g in got if g[1] in ("nip_ganda", "nip_di_unit_lain")] == [
        (bappeda, "nip_di_unit_lain", firsts[bappeda]),
        (bappeda, "nip_ganda", firsts[bappeda]),
        (dinkes, "nip_di_unit_lain", firsts[dinkes]),
    ]
