"""Sealed state files in `.warta-cache/`: a head pickle and a database of rows that only this user's
key opens.

The build state (`carryover.py` decides what it holds) is pickled, and unpickling runs whatever
code a pickle names; so every piece of it carries a keyed MAC made with this user's secret key
(`cache.state_key()`, kept outside the site), and one whose MAC does not verify (planted, written
by another user or another version, damaged) is never unpickled:

- the head (`write_sealed`, `read_sealed`) is one small file whose MAC covers its name and content,
  written atomically: a build killed on the way leaves the previous one whole;
- the rest is one SQLite database per output (`database_file`), whose every row carries the MAC of
  the database's name, its table, its key and its values (`row_mac`): a row moved to another key,
  table or output's database does not verify. Its `meta` table's `seal` row holds the generation
  (a random token the head names, written in the same transaction as the rows) and a digest of
  every other row's MAC: a database the head does not name (a build killed between its commit and
  the head, one from elsewhere), or rows of an older generation put back, or rows removed, do not
  verify either (`read_database`).

A database file is opened as warily as a sealed file: no link followed, nothing but a regular file
(a FIFO must not hang the build), no `-journal`/`-wal` left beside it (a write that was stopped:
SQLite would play the journal back into it), SQLite's own header, exactly this module's tables
(`SCHEMA`: no trigger or view of a planted file runs), and `trusted_schema` off. Anything else
raises `Unverified`, or an `sqlite3.Error` for a file too damaged to read.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import pickle
import sqlite3
import stat as stat_module
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Callable, NamedTuple
from urllib.parse import quote

FORMAT = 15
"""Bump when the shape of the state changes."""
MAGIC = b"warta-state %d\n" % FORMAT
"""What every state file starts with, before its MAC and its pickle."""
MAC_BYTES = 32

SCHEMA = {
    "articles": "CREATE TABLE articles (chunk TEXT PRIMARY KEY NOT NULL, records BLOB NOT NULL, mac BLOB NOT NULL)",
    "outputs": "CREATE TABLE outputs (chunk TEXT PRIMARY KEY NOT NULL, records BLOB NOT NULL, mac BLOB NOT NULL)",
    "links": "CREATE TABLE links (path TEXT PRIMARY KEY NOT NULL, packed BLOB NOT NULL, mac BLOB NOT NULL)",
    "bodies": "CREATE TABLE bodies (path TEXT PRIMARY KEY NOT NULL, packed BLOB NOT NULL, mac BLOB NOT NULL)",
    "meta": "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL, mac BLOB NOT NULL)",
}
"""The state database's tables: a key, its values, the MAC of both (`row_mac`)."""
COLUMNS = {"articles": ("chunk", "records"), "outputs": ("chunk", "records"), "links": ("path", "packed"),
           "bodies": ("path", "packed"), "meta": ("key", "value")}
"""Each table's key and value columns, in order."""
LOOKED_UP = frozenset({"links", "bodies"})
"""Tables whose rows `read_database` does not read: only their keys and MACs, which the seal covers. A
row is fetched when it is needed and verified then, against the MAC the seal covered (`fetch_rows`); a
damaged one costs what it stands for being made again (a page's links: reading its file; an article's
body: the build, from scratch, `CacheLost`). (Links were verified up front until reading and hashing 37 MB
of them took 0.09 s of a 2.3 s edit rebuild of 10,000 articles; bodies are 31 MB of the 50 MB of article
records at 10,000 articles, 300 MB at 100,000, and a rebuild shows a few of them.)"""
SEAL = "seal"
"""The `meta` row holding the generation and the digest of every other row's MAC."""
_EXPECTED_SCHEMA = frozenset({("table", name, name, sql) for name, sql in SCHEMA.items()}
                             | {("index", f"sqlite_autoindex_{name}_1", name, None) for name in SCHEMA})
_SIDE_FILES = ("-journal", "-wal", "-shm")

Values = tuple[str | bytes | None, ...]
"""A row's values, after its key (see COLUMNS)."""
Rows = Iterable[tuple[str, Values | None]] | Mapping[str, Values | None]
"""A table's rows to write: (key, values) pairs, or a mapping of them; values None for a row to delete.
The pairs may be made as they are written (`carryover` pickles each record then), so that a build's
records are never all pickled at once: a 100,000-article state is about 1.2 GB of pickles."""


class Unverified(Exception):
    """A state file that does not carry this user's MAC: never unpickled."""


def head_file(folder: Path, output: Path) -> Path:
    """One state per output folder (`warta serve` and tests build elsewhere than `_site`), named
    by its resolved path: `_site` and `/the/site/_site` are one folder (issue 21)."""
    key = hashlib.sha256(os.path.realpath(output).encode()).hexdigest()[:12]
    return folder / f"state-{key}.head"


def database_file(folder: Path, output: Path) -> Path:
    """The database of the state's rows, beside its head."""
    return head_file(folder, output).with_suffix(".sqlite")


def shard_folder(folder: Path, output: Path) -> Path:
    """The folder of the pickled shards earlier versions kept beside the head (removed when seen)."""
    return head_file(folder, output).with_suffix(".shards")


def write_sealed(path: Path, value: Any, key: bytes) -> None:
    """Write `value` pickled, after MAGIC and the MAC of its name and pickle."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    with temporary.open("wb") as handle:
        handle.write(MAGIC + _mac(key, path.name, data))
        handle.write(data)
    os.replace(temporary, path)


def read_sealed(path: Path, key: bytes) -> Any:
    """The value `write_sealed` wrote at `path` with `key`; raises Unverified, without unpickling
    anything, when the file's MAC does not verify."""
    # (No links followed, nothing but a regular file read: a FIFO planted here must not hang the build.)
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    with open(fd, "rb") as handle:
        if not stat_module.S_ISREG(os.fstat(fd).st_mode):
            raise Unverified(f"ignoring {path}: not a regular file")
        data = handle.read()
    start = len(MAGIC) + MAC_BYTES
    body = memoryview(data)[start:]
    if not data.startswith(MAGIC):
        raise Unverified(f"ignoring {path}: not a build state of this version of Warta (an older one's, "
                         "or planted)")
    if len(data) < start or not hmac.compare_digest(data[len(MAGIC):start], _mac(key, path.name, body)):
        raise Unverified(f"ignoring {path}: it was not written with this user's build cache key "
                         "(a state from another user or machine, damaged, or planted)")
    return pickle.loads(body)


def _mac(key: bytes, name: str, data) -> bytes:
    """The keyed MAC of a state file's name and content. HMAC-SHA256: with the SHA instructions of
    current CPUs it checks the 80 MB state of 10,000 articles in about 0.1 s, twice as fast as
    keyed BLAKE2b measured on the same machine."""
    mac = hmac.new(key, name.encode() + b"\0", hashlib.sha256)
    mac.update(data)
    return mac.digest()


# -- the database of rows ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Database:
    """What remembering needs of a state database as read (not its rows: `read_database` hands
    each to its caller as it verifies, so that their pickles are never all held at once)."""

    macs: dict[tuple[str, str], bytes]
    """(table, key) -> the row's MAC: what the seal's digest covers, kept so that a rebuild that
    rewrites a few rows seals the database again without reading it."""
    seal: bytes
    """The `seal` row's value, as read: the database is still the one read when it still holds it."""
    identity: tuple[int, int]
    """The file's (device, inode) when read."""
    sizes: dict[str, int]
    """How many rows each table held."""


def row_mac(key: bytes, database: str, table: str, name: str, values: Values) -> bytes:
    """The keyed MAC of one row: the database's file name (so, the output), the table, the key and
    each value (each with its type and length: no two rows share an encoding)."""
    return _row_digest(_keyed(key, database, table), name, values)


class _Keyed(NamedTuple):
    """The key and the start every row's message of one table shares (`_row_digest`)."""

    key: bytes
    start: bytes


def _keyed(key: bytes, database: str, table: str) -> _Keyed:
    return _Keyed(key, b"warta-row %d\0%s\0%s\0" % (FORMAT, database.encode(), table.encode()))


def _row_digest(keyed: _Keyed, name: str, values: Values) -> bytes:
    """The row's HMAC-SHA256, of one message made of the table's start, the key and each value (each
    with its type and length), computed in one call: 36,000 rows for 10,000 articles, where making,
    copying and feeding an HMAC object per row took a quarter of reading the state."""
    parts = [keyed.start, b"S%d\0%s" % (len(encoded := name.encode()), encoded) if name.__class__ is str else _odd(name)]
    for value in values:
        if value.__class__ is bytes:  # (a record)
            parts.append(b"B%d\0" % len(value))
            parts.append(value)
        elif value.__class__ is str:
            parts.append(b"S%d\0%s" % (len(encoded := value.encode()), encoded))
        elif value is None:
            parts.append(b"N")
        else:
            _odd(value)
    return hmac.digest(keyed.key, b"".join(parts), "sha256")


def _odd(value: object) -> bytes:
    # (SQLite gives back whatever a planted file holds: an integer where a key belongs)
    raise Unverified(f"a row holds a {type(value).__name__}")


def _seal(key: bytes, generation: str, macs: dict[tuple[str, str], bytes]) -> bytes:
    """The seal row's value: the generation, and a digest of every other row's MAC (sorted: the
    digest of the rows, whatever order they are read in)."""
    digest = hashlib.sha256(b"".join(sorted(macs.values()))).hexdigest()
    return f"{generation}\0{digest}".encode()


def read_database(path: Path, key: bytes, generation: str, take: Callable[[str, str, Values], None]) -> Database:
    """Hand every row of the state database at `path` to `take` (table, key, values) once its MAC
    verifies (of the rows of `LOOKED_UP` tables, only the MACs are read), then check the seal: its
    generation is the head's (`generation`) and its digest that of every row read. Raises Unverified
    (or sqlite3.Error, OSError for a file that cannot be read) when anything does not verify: what
    `take` was given must then be thrown away."""
    identity = _check_file(path)
    connection = _open_to_read(path)
    try:
        name = path.name
        macs: dict[tuple[str, str], bytes] = {}
        seal = b""
        for table, columns in COLUMNS.items():
            if table in LOOKED_UP:
                for row_key, mac in connection.execute(f"SELECT {columns[0]}, mac FROM {table}"):  # noqa: S608
                    if row_key.__class__ is not str or mac.__class__ is not bytes:
                        raise Unverified(f"ignoring {path}: a row of {table} holds a {type(row_key).__name__} key "
                                         f"and a {type(mac).__name__} MAC")
                    macs[(table, row_key)] = mac
                continue
            keyed = _keyed(key, name, table)
            for row in connection.execute(f"SELECT {', '.join(columns)}, mac FROM {table}"):  # noqa: S608 (our names)
                row_key, values, mac = row[0], row[1:-1], row[-1]
                if not hmac.compare_digest(_row_digest(keyed, row_key, values), mac):
                    raise Unverified(f"ignoring {path}: a row of {table} was not written with this user's build "
                                     "cache key (a state from another user or machine, damaged, or planted)")
                if table == "meta" and row_key == SEAL:
                    seal = values[0]
                    continue
                macs[(table, row_key)] = mac
                take(table, row_key, values)
        if seal != _seal(key, generation, macs):
            raise Unverified(f"ignoring {path}: it is not the state its head names (a build stopped while "
                             "saving it, or rows put back from another build)")
    finally:
        connection.close()
    if _identity(os.lstat(path)) != identity:
        raise Unverified(f"ignoring {path}: it was replaced while being read")
    sizes: dict[str, int] = {}
    for table, _ in macs:
        sizes[table] = sizes.get(table, 0) + 1
    return Database(macs, seal, identity, sizes)


def fetch_rows(path: Path, key: bytes, database: Database, table: str, wanted: Iterable[str],
               take: Callable[[str, Values], None] | None = None) -> dict[str, Values]:
    """The values of the rows of `table` (one of `LOOKED_UP`) keyed `wanted`, from the database
    `database` describes as read, each whose MAC is the one the seal covered (`database.macs`) and
    verifies; or, given `take`, each handed to it as it is read (none returned: the rows are never all
    held at once). A row missing, or one that does not verify, is left out: the caller finds it another
    way. Raises (Unverified, sqlite3.Error, OSError) when the file is no longer the one read."""
    wanted = [row_key for row_key in wanted if (table, row_key) in database.macs]
    if _check_file(path) != database.identity:
        raise Unverified(f"{path} was replaced since it was read")
    columns = COLUMNS[table]
    found: dict[str, Values] = {}
    connection = _open_to_read(path)
    try:
        keyed = _keyed(key, path.name, table)
        select = f"SELECT {', '.join(columns)}, mac FROM {table}"  # noqa: S608 (our names)
        # Many of the table's rows: one pass over it; a few: looked up by key (100 bodies of 100,000 articles:
        # 0.11 s in one pass, 3 ms looked up).
        rows = (connection.execute(select) if len(wanted) > max(64, database.sizes.get(table, 0) // 16) else
                (row for row_key in wanted for row in connection.execute(f"{select} WHERE {columns[0]} = ?",
                                                                         (row_key,))))
        wanted_set = set(wanted)
        for row in rows:
            row_key, values, mac = row[0], row[1:-1], row[-1]
            if row_key in wanted_set and mac == database.macs[(table, row_key)] \
                    and hmac.compare_digest(_row_digest(keyed, row_key, values), mac):
                if take is None:
                    found[row_key] = values
                else:
                    take(row_key, values)
    finally:
        connection.close()
    return found


def update_database(path: Path, key: bytes, generation: str, changes: dict[str, Rows], last: Database) -> int:
    """Write `changes` (table -> its rows, None to delete) into the database `last` was read from, in
    one transaction with the new seal; the number of rows written or deleted. Raises (Unverified,
    sqlite3.Error, OSError) and writes nothing when the file is no longer the one read."""
    if _check_file(path) != last.identity:
        raise Unverified(f"{path} was replaced since it was read")
    name = path.name
    macs = dict(last.macs)
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, isolation_level=None)
    try:
        _guard(connection)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("BEGIN IMMEDIATE")
        _check_schema(connection, path)
        if connection.execute("SELECT value FROM meta WHERE key = ?", (SEAL,)).fetchone() != (last.seal,):
            raise Unverified(f"{path} was written since it was read")
        _write(connection, key, name, changes, macs, "INSERT OR REPLACE")
        _write_seal(connection, key, name, generation, macs, "INSERT OR REPLACE")
        connection.execute("COMMIT")
        return connection.total_changes
    finally:
        connection.close()  # (uncommitted: rolled back)


def create_database(path: Path, key: bytes, generation: str, tables: dict[str, Rows]) -> int:
    """Write a new database at `path` holding `tables` (written beside it, then renamed over it: a
    build stopped on the way leaves the file it replaces whole); the number of rows written."""
    name = path.name
    temporary = path.with_name(f"{name}.new")
    discard(temporary)
    connection = sqlite3.connect(f"file:{quote(str(temporary))}?mode=rwc", uri=True, isolation_level=None)
    try:
        _guard(connection)
        # Pages of 64 KiB: most records (a few KB each) fit beside others instead of spilling into
        # overflow pages of their own (10,000 articles: 115 MB rather than 126, read in half the time).
        connection.execute("PRAGMA page_size=65536")
        connection.execute("PRAGMA journal_mode=OFF")  # (a new file: nothing to roll back to)
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("BEGIN")
        for table in COLUMNS:
            connection.execute(SCHEMA[table])
        macs: dict[tuple[str, str], bytes] = {}
        _write(connection, key, name, tables, macs, "INSERT")
        _write_seal(connection, key, name, generation, macs, "INSERT")
        connection.execute("COMMIT")
        count = connection.total_changes
    finally:
        connection.close()
    for suffix in _SIDE_FILES:  # (a journal of the file replaced must not be played into the new one)
        _unlink(path.with_name(name + suffix))
    os.replace(temporary, path)
    return count


def _write(connection: sqlite3.Connection, key: bytes, name: str, tables: dict[str, Rows],
           macs: dict[tuple[str, str], bytes], insert: str) -> None:
    """Write (and delete) the rows of `tables`, one at a time as they come, noting each one's MAC in
    `macs` (removing those of the rows deleted)."""
    for table, columns in COLUMNS.items():
        rows = tables.get(table, ())
        gone: list[tuple[str]] = []
        connection.executemany(f"{insert} INTO {table} ({', '.join(columns)}, mac) "  # noqa: S608
                               f"VALUES ({', '.join('?' * (len(columns) + 1))})",
                               _sealed_rows(_keyed(key, name, table), table, rows, macs, gone))
        connection.executemany(f"DELETE FROM {table} WHERE {columns[0]} = ?", gone)  # noqa: S608


def _sealed_rows(keyed: hmac.HMAC, table: str, rows: Rows, macs: dict[tuple[str, str], bytes],
                 gone: list[tuple[str]]) -> Iterator[tuple]:
    """Each row of `rows` to write, with its MAC; the keys of the rows to delete go into `gone`."""
    for row_key, values in (rows.items() if isinstance(rows, Mapping) else rows):
        if values is None:
            if macs.pop((table, row_key), None) is not None:
                gone.append((row_key,))
        else:
            mac = macs[(table, row_key)] = _row_digest(keyed, row_key, values)
            yield (row_key, *values, mac)


def _write_seal(connection: sqlite3.Connection, key: bytes, name: str, generation: str,
                macs: dict[tuple[str, str], bytes], insert: str) -> None:
    """The seal row, once every other row is written (see `_seal`)."""
    seal = _seal(key, generation, macs)
    connection.execute(f"{insert} INTO meta (key, value, mac) VALUES (?, ?, ?)",  # noqa: S608
                       (SEAL, seal, row_mac(key, name, "meta", SEAL, (seal,))))


def discard(path: Path) -> None:
    """Remove the database at `path` and whatever SQLite or a stopped write left beside it."""
    for suffix in ("", *_SIDE_FILES, ".new"):
        _unlink(path.with_name(path.name + suffix))


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)  # (a link itself, never what it leads to)
    except FileNotFoundError:
        pass
    except OSError:  # a folder of that name: not ours to remove; writing over it fails later, said then
        pass


def _check_file(path: Path) -> tuple[int, int]:
    """The (device, inode) of the database file at `path`, if it can be opened as one of ours."""
    # (No links followed, nothing but a regular file opened: a FIFO planted here must not hang the build.)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Unverified(f"ignoring {path}: it is a symbolic link") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat_module.S_ISREG(info.st_mode):
            raise Unverified(f"ignoring {path}: not a regular file")
        header = os.pread(fd, 100, 0)
    finally:
        os.close(fd)
    # SQLite's header, and rollback-journal mode (bytes 18-19: a file in WAL mode is not ours).
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0") or header[18:20] != b"\1\1":
        raise Unverified(f"ignoring {path}: not a build state database (damaged, or planted)")
    for suffix in _SIDE_FILES:
        if os.path.lexists(f"{path}{suffix}"):
            raise Unverified(f"ignoring {path}: it was being written when a build stopped "
                             f"({path.name}{suffix} is left beside it)")
    return _identity(info)


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _open_to_read(path: Path) -> sqlite3.Connection:
    """A read-only connection to the state database at `path` (checked by `_check_file` first),
    guarded, whose tables are exactly ours; closed again when they are not."""
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
    try:
        _guard(connection)
        connection.execute("PRAGMA query_only=ON")
        _check_schema(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


def _guard(connection: sqlite3.Connection) -> None:
    """No SQL function of a planted file's schema runs, damage is found early."""
    connection.execute("PRAGMA trusted_schema=OFF")
    connection.execute("PRAGMA cell_size_check=ON")
    connection.execute("PRAGMA mmap_size=0")


def _check_schema(connection: sqlite3.Connection, path: Path) -> None:
    """The database holds exactly our tables (no trigger, view or index besides them)."""
    found = set(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema"))
    if found != _EXPECTED_SCHEMA:
        raise Unverified(f"ignoring {path}: its tables are not the build state's (damaged, or planted)")
