"""Every table of the store, declared once: its columns and, for the rows of a record, which
attribute each column keeps and how.

From each declaration follow its column list (the INSERTs and SELECTs of
:mod:`kinerja_cli.store.core`), its ``CREATE TABLE`` (``tests/test_store_schema.py`` checks it
against what the migrations of :mod:`kinerja_cli.store.schema` build, on SQLite and
PostgreSQL: the migrations stay the one way a store is made), the order ``salin-db`` copies the
tables in, and, for the records of a :class:`~kinerja_cli.model.Submission`, the row writer
and the row reader.

A record's reader and writer are compiled once from its fields, as plain positional code
(records are built with positional arguments, twice as fast as keywords for 100k rows): the
stored fields must be the first fields of the record's dataclass, in its order (checked when
declared); the columns may stand in another order (columns added by a later migration come
last in their table).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kinerja_cli.model import (
    Identitas,
    IkuRecord,
    Issue,
    KompetensiRecord,
    PegawaiRecord,
    SkpListRecord,
    SkpRecord,
)
from kinerja_cli.store import codec

R = TypeVar("R")

Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name, SQL type (SQLite's words; :func:`~kinerja_cli.store.schema.
    statements` translates them for PostgreSQL) and constraints."""

    name: str
    type: str
    constraints: str = ""

    @classmethod
    def of(cls, sql: str) -> Column:
        """The column ``sql`` declares: ``"name TYPE constraints"``."""
        name, sql_type, *constraints = sql.split(maxsplit=2)
        return cls(name, sql_type, *constraints)

    def sql(self) -> str:
        return f"{self.name} {self.type} {self.constraints}".rstrip()


@dataclass(frozen=True, slots=True)
class Table:
    """One table: columns in their order in the table, table constraints, indexes."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    """The primary key: the order rows are read and copied in."""
    constraints: tuple[str, ...] = ()
    indexes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(name, columns) of each index."""

    @classmethod
    def of(
        cls,
        name: str,
        columns: str,
        *,
        key: tuple[str, ...],
        constraints: tuple[str, ...] = (),
        indexes: tuple[tuple[str, tuple[str, ...]], ...] = (),
    ) -> Table:
        """A table whose ``columns`` are written as in ``CREATE TABLE``, comma-separated:
        ``"name TYPE constraints, ..."``."""
        return cls(name, tuple(Column.of(c) for c in columns.split(",")), key, constraints, indexes)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def create_sql(self) -> list[str]:
        """``CREATE TABLE`` (and ``CREATE INDEX``) of the table as it stands after the last
        migration."""
        body = ",\n    ".join([*(c.sql() for c in self.columns), *self.constraints])
        return [
            f"CREATE TABLE {self.name} (\n    {body}\n)",
            *(f"CREATE INDEX {n} ON {self.name} ({', '.join(cols)})" for n, cols in self.indexes),
        ]


# ---- the fields of a record ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    """One attribute of a record and the column(s) keeping it. ``encode`` turns the value
    into the column's value (into a tuple of them for several columns), ``decode`` the
    column value(s) back; None: kept as it is (several columns: a tuple)."""

    attr: str
    columns: tuple[Column, ...]
    encode: Callable[[Any], Any] | None = None
    decode: Callable[..., Any] | None = None


def text(attr: str, *, required: bool = False) -> Field:
    return Field(attr, (Column(attr, "TEXT", "NOT NULL" if required else ""),))


def texts(names: str) -> tuple[Field, ...]:
    """Text fields, named in ``names`` (space-separated, in order); ``name!``: NOT NULL."""
    return tuple(text(n.rstrip("!"), required=n.endswith("!")) for n in names.split())


def integer(attr: str, *, column: str | None = None, required: bool = False) -> Field:
    return Field(attr, (Column(column or attr, "INTEGER", "NOT NULL" if required else ""),))


def real(attr: str) -> Field:
    return Field(attr, (Column(attr, "REAL"),))


def _is_one(value: int) -> bool:
    return value == 1


def flag(attr: str) -> Field:
    """A bool kept as 0 or 1."""
    return Field(attr, (Column(attr, "INTEGER", "NOT NULL"),), encode=int, decode=_is_one)


def day(attr: str) -> Field:
    """A date kept as ISO 8601 text."""
    return Field(attr, (Column(attr, "TEXT"),), encode=codec.iso, decode=codec.parse_date)


TARGET = Field(
    "target",
    (Column("target_low", "REAL"), Column("target_high", "REAL")),
    encode=codec.target_columns,
    decode=codec.make_target,
)
QUARTERS = Field("realisasi", tuple(Column(f"tw{q}", "REAL") for q in range(1, 5)))
"""TW1..TW4 of a row (a tuple of four)."""
SOURCE_CELL = (
    *texts("sheet!"),
    integer("row", column="sheet_row", required=True),
    flag("valid"),
)
"""Where a row was read, and whether it was valid."""


def _levels_json(levels: dict[str, int | None]) -> str:
    return json.dumps(levels, ensure_ascii=False, sort_keys=False)


# ---- the tables of the records of a Submission ---------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordTable(Table, Generic[R]):
    """A table holding records of one kind for each stored file (``submission_id``), with
    its row writer and reader."""

    attr: str
    """The :class:`~kinerja_cli.model.Submission` attribute of the records."""
    fields: tuple[Field, ...]
    write: Callable[[int, Sequence[R]], list[Row]]
    """``write(submission_id, records)``: the rows, ``(submission_id[, seq], *columns)``."""
    read: Callable[[Row], R]
    """``read((submission_id, *columns))``: the record."""

    @property
    def select(self) -> str:
        """The columns a reader takes after ``submission_id``."""
        return ", ".join(c.name for f in self.fields for c in f.columns)


_SUBMISSION_ID = Column("submission_id", "INTEGER", "NOT NULL REFERENCES submission(id)")


def record_table(
    name: str, attr: str, record: type[R], *fields: Field, one: bool = False
) -> RecordTable[R]:
    """The table of ``record`` rows, one per record of ``Submission.<attr>`` numbered by
    ``seq`` (``one``: at most one row per file, keyed by ``submission_id``)."""
    keys = (
        (Column("submission_id", "INTEGER", "PRIMARY KEY REFERENCES submission(id)"),)
        if one
        else (_SUBMISSION_ID, Column("seq", "INTEGER", "NOT NULL"))
    )
    return RecordTable(
        name=name,
        columns=(*keys, *(c for f in fields for c in f.columns)),
        key=tuple(c.name for c in keys),
        constraints=() if one else ("PRIMARY KEY (submission_id, seq)",),
        attr=attr,
        fields=fields,
        write=_writer(fields, one=one),
        read=_reader(record, fields),
    )


def _compiled(source: str, name: str, namespace: dict[str, Any]) -> Callable[..., Any]:
    exec(compile(source, f"<kinerja_cli.store.records {name}>", "exec"), namespace)
    function: Callable[..., Any] = namespace[name]
    return function


def _writer(fields: tuple[Field, ...], *, one: bool) -> Callable[[int, Sequence[Any]], list[Row]]:
    namespace: dict[str, Any] = {}
    parts = []
    for i, f in enumerate(fields):
        value = f"r.{f.attr}"
        if f.encode is not None:
            namespace[f"_e{i}"] = f.encode
            value = f"_e{i}({value})"
        parts.append(f"*{value}" if len(f.columns) > 1 else value)
    columns = ", ".join(parts)
    if one:
        source = f"def write(sid, records):\n    return [(sid, {columns}) for r in records]\n"
    else:
        source = (
            "def write(sid, records):\n"
            f"    return [(sid, seq, {columns}) for seq, r in enumerate(records)]\n"
        )
    return _compiled(source, "write", namespace)


def _reader(record: type[R], fields: tuple[Field, ...]) -> Callable[[Row], R]:
    namespace: dict[str, Any] = {"_record": record}
    names = ["_submission_id"]
    value_of: dict[str, str] = {}
    for i, f in enumerate(fields):
        here = [f"c_{c.name}" for c in f.columns]
        names += here
        if f.decode is not None:
            namespace[f"_d{i}"] = f.decode
            value_of[f.attr] = f"_d{i}({', '.join(here)})"
        else:
            value_of[f.attr] = here[0] if len(here) == 1 else f"({', '.join(here)})"
    order = [x.name for x in dataclasses.fields(record)][: len(fields)]  # type: ignore[arg-type]
    if sorted(order) != sorted(value_of):
        raise TypeError(f"the stored fields of {record.__name__} must come first: {order}")
    source = (
        "def read(row):\n"
        f"    ({', '.join(names)},) = row\n"
        f"    return _record({', '.join(value_of[a] for a in order)})\n"
    )
    return _compiled(source, "read", namespace)


IDENTITAS = record_table(
    "identitas",
    "identitas",
    Identitas,
    *texts("instansi kode_unit nama_unit"),
    integer("tahun"),
    *texts("nama_kepala nip_kepala predikat_organisasi"),
    day("tanggal"),
    one=True,
)
IKU = record_table(
    "iku_row",
    "iku",
    IkuRecord,
    *texts("kode! nama satuan"),
    TARGET,
    QUARTERS,
    text("keterangan"),
    *SOURCE_CELL,
)
PEGAWAI = record_table(
    "pegawai_row",
    "pegawai",
    PegawaiRecord,
    *texts("nip! nama jabatan golongan rating_hasil_kerja rating_perilaku catatan"),
    *SOURCE_CELL,
    *texts("nip_penilai predikat"),  # schema 3 and 6
)
SKP = record_table(
    "skp_row",
    "skp",
    SkpRecord,
    *texts("nip! nama kode!"),
    TARGET,
    real("bobot"),
    QUARTERS,
    *SOURCE_CELL,
)
ISSUES = record_table(
    "issue",
    "issues",
    Issue,
    *texts("kode! tingkat! file! sheet cell"),
    integer("row", column="sheet_row"),
    Field("column", (Column("column_name", "TEXT"),)),
    text("nilai"),
    Field(
        "params",
        (Column("params", "TEXT", "NOT NULL"),),
        encode=codec.encode_params,
        decode=codec.decode_params,
    ),
)
KOMPETENSI = record_table(
    "kompetensi_row",
    "kompetensi",
    KompetensiRecord,
    *texts("nip! nama"),
    Field(
        "levels", (Column("levels", "TEXT", "NOT NULL"),), encode=_levels_json, decode=json.loads
    ),
    text("metode"),
    real("jp"),
    *SOURCE_CELL,
)
SKP_LIST = record_table(
    "skp_list_row",
    "skp_list",
    SkpListRecord,
    *texts("nip! nama jabatan status"),
    day("periode_akhir"),
    flag("plt_plh"),
    flag("superseded"),
    *SOURCE_CELL,
)

RECORD_TABLES: tuple[RecordTable[Any], ...] = (IKU, PEGAWAI, SKP, ISSUES, KOMPETENSI, SKP_LIST)
"""The tables of a Submission's lists of records, in the order they are written."""


# ---- the store's own tables ----------------------------------------------------------------------


def column(sql: str) -> Any:
    """A field of a row dataclass that is a table's row: its column's SQL type, then its
    constraints (``"TEXT NOT NULL"``)."""
    return dataclasses.field(metadata={"sql": sql})


def columns_of(row: type) -> str:
    """The columns of a table whose rows are the dataclass ``row`` (each field declared by
    :func:`column`, in the order of the table's columns), as :meth:`Table.of` takes them."""
    return ", ".join(f"{f.name} {f.metadata['sql']}" for f in dataclasses.fields(row))


@dataclass(frozen=True, slots=True)
class SubmissionRow:
    """A row of ``submission``: one stored file, what it was read as and its place among the
    versions of its unit and year."""

    id: int | None = column("INTEGER PRIMARY KEY")
    """None until stored (the database numbers it)."""
    sha256: str = column("TEXT NOT NULL UNIQUE")
    size: int = column("INTEGER NOT NULL")
    file_name: str = column("TEXT NOT NULL")
    format: str = column("TEXT NOT NULL")
    received_at: str = column("TEXT NOT NULL")
    """UTC, ISO 8601 with microseconds."""
    file_mtime: str | None = column("TEXT")
    unit: str | None = column("TEXT")
    tahun: int | None = column("INTEGER")
    fingerprint: str | None = column("TEXT")
    """The template's config fingerprint (its metadata sheet)."""
    meta_versi: str | None = column("TEXT")
    meta_kode_unit: str | None = column("TEXT")
    meta_tahun: int | None = column("INTEGER")
    counted: int = column("INTEGER NOT NULL")
    """1 when the file counts (:func:`~kinerja_cli.store.core.is_counted`), else 0."""
    version: int | None = column("INTEGER")
    superseded_by: int | None = column("INTEGER REFERENCES submission(id)")
    error_count: int = column("INTEGER NOT NULL")
    warning_count: int = column("INTEGER NOT NULL")
    checked_fingerprint: str | None = column("TEXT")
    """The checking fingerprint of the config it was validated with (None: not recorded)."""
    anchors: str | None = column("TEXT")
    sumber: str = column("TEXT NOT NULL DEFAULT 'templat'")
    periode_sumber: str | None = column("TEXT")


SUBMISSION = Table.of(
    "submission",
    columns_of(SubmissionRow),
    key=("id",),
    constraints=("UNIQUE (unit, tahun, version)",),
    indexes=(("submission_unit_tahun", ("tahun", "unit", "counted")),),
)
SUBMISSION_COLUMNS = ", ".join(SUBMISSION.column_names)

ORIGINAL = Table.of(
    "original",
    "submission_id INTEGER PRIMARY KEY REFERENCES submission(id), data BLOB NOT NULL",
    key=("submission_id",),
)
VERSION_EVENT = Table.of(
    "version_event",
    "id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, unit TEXT NOT NULL,"
    " tahun INTEGER NOT NULL, submission_id INTEGER NOT NULL REFERENCES submission(id),"
    " previous_id INTEGER REFERENCES submission(id)",
    key=("id",),
    indexes=(("version_event_unit_tahun", ("tahun", "unit")),),
)
CONFIG_YEAR = Table.of(
    "config_year",
    "tahun INTEGER NOT NULL, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL,"
    " text TEXT NOT NULL, recorded_at TEXT NOT NULL",
    key=("tahun", "sha256"),
    constraints=("PRIMARY KEY (tahun, sha256)",),
)
SCHEMA_VERSION_TABLE = Table.of(
    "schema_version",
    "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL",
    key=("version",),
)

DATA_TABLES: tuple[Table, ...] = (
    SUBMISSION,
    ORIGINAL,
    IDENTITAS,
    *RECORD_TABLES,
    VERSION_EVENT,
    CONFIG_YEAR,
)
"""Every table that holds what was stored (all but ``schema_version``), in the order their
foreign keys need."""
TABLES: tuple[Table, ...] = (SCHEMA_VERSION_TABLE, *DATA_TABLES)
"""Every table of the schema."""
