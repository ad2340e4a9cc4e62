#!/usr/bin/env python3
"""Decode the values of a liveblog topic with nothing but .avsc files (and, optionally, the schemas topic).

Values are in Avro single-object encoding: the marker C3 01, the 8-byte little-endian CRC-64-AVRO fingerprint
of the writer schema, then the Avro binary body. This script reads values as kcat prints them with
`-f '%S:%s'` (size, colon, raw bytes), finds each value's writer schema by its fingerprint, decodes the body with
it into the reader schema (Avro's schema resolution) and prints one JSON object per record.

    kcat -b localhost:9092 -C -t liveblog.entries.canonical -e -q -X isolation.level=read_committed -f '%S:%s' \
      | /usr/bin/python3 tools/decode_topic.py schemas/src/main/avro/CanonicalEntry.avsc

The first argument is the reader schema (and a writer schema too). Further arguments name more writer schemas:
.avsc files, folders of them (schemas/src/main/schema-history holds every released version), or a dump of the
schemas topic, one "fingerprint schema-json" line per schema:

    kcat -b localhost:9092 -C -t liveblog.schemas -e -q -f '%k %s\n' > schemas.txt
    kcat ... -f '%S:%s' | /usr/bin/python3 tools/decode_topic.py schemas/src/main/avro/CanonicalEntry.avsc \
      schemas/src/main/schema-history schemas.txt

Needs Debian's python3-avro (or `pip install avro`).
"""
import datetime
import io
import json
import os
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


def writer_schemas(paths):
    """Fingerprint to schema, from .avsc files, folders of them and dumps of the schemas topic."""
    found = {}
    for path in paths:
        files = [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".avsc")] \
            if os.path.isdir(path) else [path]
        for name in files:
            with open(name, encoding="utf-8") as f:
                text = f.read()
            if name.endswith(".avsc"):
                schema = avro.schema.parse(text)
                found[fingerprint(canonical_form(schema))] = schema
                continue
            for line in text.splitlines():
                if line.strip():
                    key, _, json_text = line.partition(" ")
                    found[int(key, 16)] = avro.schema.parse(json_text)
    return found


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = avro.schema.parse(f.read())
    writers = writer_schemas(argv[2:])
    writers[fingerprint(canonical_form(schema))] = schema
    readers = {}
    count = 0
    for value in values(sys.stdin.buffer):
        if value is None:
            continue
        if value[:2] != MARKER:
            print(f"record {count}: not single-object encoded", file=sys.stderr)
            return 1
        (fp,) = struct.unpack("<Q", value[2:10])
        if fp not in writers:
            print(f"record {count}: writer schema {fp:016x} is neither {argv[1]} nor among the writer schemas "
                  f"given; look it up in the schemas topic (key {fp:016x})", file=sys.stderr)
            return 1
        reader = readers.setdefault(fp, avro.io.DatumReader(writers[fp], schema))
        record = reader.read(avro.io.BinaryDecoder(io.BytesIO(value[10:])))
        print(json.dumps(record, default=plain, ensure_ascii=False))
        count += 1
    print(f"decoded {count} record(s) with {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
