"""Writes a macOS .icns file from PNG images: make-icns.py OUT TYPE=FILE.png ...

An .icns file is the magic 'icns', a big-endian 32-bit total length, then entries of a 4-byte type code,
a 32-bit length (including this 8-byte header) and the PNG data. Modern types (ic07..ic14, icp4, icp5)
hold PNG data directly.
"""
import struct
import sys


def main(argv):
    out = argv[1]
    entries = b""
    for spec in argv[2:]:
        kind, path = spec.split("=", 1)
        if len(kind) != 4:
            raise SystemExit("icon type must be 4 characters: " + kind)
        with open(path, "rb") as f:
            data = f.read()
        entries += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)


if __name__ == "__main__":
    main(sys.argv)
