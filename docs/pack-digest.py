"""The content digest of a CityDash pack (.citybrief), with nothing but Python's standard library."""
import hashlib
import sqlite3
import struct
import sys

MANIFEST_TABLE = "citybrief_manifest"


def put_value(h, v):
    if v is None:
        h.update(b"\x00")
    elif isinstance(v, int):
        h.update(b"\x01" + struct.pack(">q", v))
    elif isinstance(v, float):
        h.update(b"\x02" + struct.pack(">d", v))
    elif isinstance(v, str):
        b = v.encode("utf-8")
        h.update(b"\x03" + struct.pack(">Q", len(b)) + b)
    else:
        b = bytes(v)
        h.update(b"\x04" + struct.pack(">Q", len(b)) + b)


def content_digest(path):
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    h = hashlib.sha256()
    h.update(b"S")
    tables = []
    for row in db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
    ):
        kind, name, _, sql = row
        for v in row:
            put_value(h, v)
        if name.startswith("sqlite_") or name == MANIFEST_TABLE:
            continue
        virtual = sql is not None and sql.upper().startswith("CREATE VIRTUAL TABLE")
        if kind == "table" and not virtual:
            tables.append(name)
    for table in sorted(tables, key=lambda t: t.encode("utf-8")):
        quoted = '"' + table.replace('"', '""') + '"'
        columns = [r[1] for r in db.execute(f"SELECT * FROM pragma_table_info(?)", (table,))]
        h.update(b"T")
        put_value(h, table)
        h.update(struct.pack(">I", len(columns)))
        for column in columns:
            put_value(h, column)
        if not columns:
            continue
        order = ", ".join(str(i + 1) for i in range(len(columns)))
        for r in db.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
            h.update(b"R")
            for v in r:
                put_value(h, v)
    return h.hexdigest()


if __name__ == "__main__":
    print(content_digest(sys.argv[1]))
