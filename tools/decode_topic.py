#!/usr/bin/env python3
"""Decode the values of a liveblog topic with nothing but its .avsc file.

Values are in Avro single-object encoding: the marker C3 01, the 8-byte little-endian CRC-64-AVRO fingerprint
of the writer schema, then the Avro binary body. This script reads values as kcat prints them with
`-f '%S:%s'` (size, colon, raw bytes), checks each fingerprint against the schema file and prints one JSON
object per record.

    kcat -b localhost:9092 -C -t liveblog.entries.canonical -e -q -X isolation.level=read_committed -f '%S:%s' \
      | /usr/bin/python3 tools/decode_topic.py schemas/src/main/avro/CanonicalEntry.avsc

Needs Debian's python3-avro (or `pip install avro`).
"""
import datetime
import io
import json
import struct
import sys

import avro.io
import avro.schema

MARKER = b"\xc3\x01"
EMPTY = 0xC15D213AA4D7A795  # the CRC-64-AVRO seed, from the Avro specification


def _table():
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (EMPTY & -(fp & 1))
        table.append(fp)
    return table


TABLE = _table()


def fingerprint(data: bytes) -> int:
    fp = EMPTY
    for byte in data:
        fp = (fp >> 8) ^ TABLE[(fp ^ byte) & 0xFF]
    return fp


def _collapse(node):
    """Python avro 1.11 leaves {"type": "long"} where a logical type was stripped; the specification's
    Parsing Canonical Form (and Java's) has the bare primitive name "long"."""
    if isinstance(node, dict):
        node = {key: _collapse(value) for key, value in node.items()}
        if set(node) == {"type"} and isinstance(node["type"], str):
            return node["type"]
        return node
    if isinstance(node, list):
        return [_collapse(item) for item in node]
    return node


def canonical_form(schema) -> bytes:
    return json.dumps(_collapse(schema.to_canonical_json()), separators=(",", ":")).encode("utf-8")


def values(stream):
    """Yields each value of a kcat '%S:%s' stream; None for a record without value (size -1)."""
    data = stream.read()
    pos = 0
    while pos < len(data):
        colon = data.index(b":", pos)
        size = int(data[pos:colon])
        pos = colon + 1
        if size < 0:
            yield None
            continue
        yield data[pos:pos + size]
        pos += size


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    raise TypeError(f"no JSON form for {type(value).__name__}")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = avro.schema.parse(f.read())
    expected = fingerprint(canonical_form(schema))
    reader = avro.io.DatumReader(schema)
    count = 0
    for value in values(sys.stdin.buffer):
        if value is None:
            continue
        if value[:2] != MARKER:
            print(f"record {count}: not single-object encoded", file=sys.stderr)
            return 1
        (fp,) = struct.unpack("<Q", value[2:10])
        if fp != expected:
            print(f"record {count}: schema fingerprint {fp:016x} is not {argv[1]} ({expected:016x})",
                  file=sys.stderr)
            return 1
        record = reader.read(avro.io.BinaryDecoder(io.BytesIO(value[10:])))
        print(json.dumps(record, default=plain, ensure_ascii=False))
        count += 1
    print(f"decoded {count} record(s) with {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
