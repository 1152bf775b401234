#!/usr/bin/env python3
"""Writes a small CMYK ICC profile (v2, printer class, A2B0 and B2A0) that maps CMYK to colours the naive way,
R = (1-C)(1-K) and so on, read as sRGB. Print profiles are large and licensed; this one is ours and a few KB, so that
the test pictures can carry an embedded profile the way press photos do. Usage: naive-cmyk-icc.py out.icc"""
import struct
import sys

GRID = 5
D50 = (0.9642, 1.0, 0.8249)


def s15(value):
    return struct.pack('>i', round(value * 65536))


def lab(c, m, y, k):
    rgb = [(1 - v) * (1 - k) for v in (c, m, y)]
    lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
    x = 0.4360747 * lin[0] + 0.3850649 * lin[1] + 0.1430804 * lin[2]
    yy = 0.2225045 * lin[0] + 0.7168786 * lin[1] + 0.0606169 * lin[2]
    z = 0.0139322 * lin[0] + 0.0971045 * lin[1] + 0.7141733 * lin[2]

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x / D50[0]), f(yy / D50[1]), f(z / D50[2])
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def cmyk(l, a, b):
    fy = (l + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def g(t):
        return t ** 3 if t ** 3 > 216 / 24389 else (116 * t - 16) * 27 / 24389
    x, yy, z = g(fx) * D50[0], g(fy) * D50[1], g(fz) * D50[2]
    lin = (3.1338561 * x - 1.6168667 * yy - 0.4906146 * z,
           -0.9787684 * x + 1.9161415 * yy + 0.0334540 * z,
           0.0719453 * x - 0.2289914 * yy + 1.4052427 * z)
    rgb = [max(0.0, min(1.0, v * 12.92 if v <= 0.0031308 else 1.055 * max(v, 0) ** (1 / 2.4) - 0.055)) for v in lin]
    k = 1 - max(rgb)
    if k >= 1:
        return 0, 0, 0, 1
    return tuple((1 - v - k) / (1 - k) for v in rgb) + (k,)


def from_pcs():
    identity = bytes(range(256))
    grid = 9
    data = b'mft1' + bytes(4) + bytes([3, 4, grid, 0])
    data += b''.join(s15(1.0 if i == j else 0.0) for i in range(3) for j in range(3))
    data += identity * 3
    steps = [i * 255 / (grid - 1) for i in range(grid)]
    for l in steps:
        for a in steps:
            for b in steps:
                data += bytes(round(v * 255) for v in cmyk(l * 100 / 255, a - 128, b - 128))
    return data + identity * 4


def lut8():
    identity = bytes(range(256))
    data = b'mft1' + bytes(4) + bytes([4, 3, GRID, 0])
    data += b''.join(s15(1.0 if i == j else 0.0) for i in range(3) for j in range(3))
    data += identity * 4
    steps = [i / (GRID - 1) for i in range(GRID)]
    for c in steps:
        for m in steps:
            for y in steps:
                for k in steps:
                    l, a, b = lab(c, m, y, k)
                    data += bytes([round(max(0, min(100, l)) * 255 / 100),
                                   round(max(-128, min(127, a)) + 128), round(max(-128, min(127, b)) + 128)])
    return data + identity * 3


def text_description(text):
    ascii_text = text.encode('ascii') + b'\0'
    # ASCII, then empty Unicode and ScriptCode parts
    return b'desc' + bytes(4) + struct.pack('>I', len(ascii_text)) + ascii_text + bytes(8) + bytes(3) + bytes(67)


def pad(data):
    return data + bytes(-len(data) % 4)


tags = [
    (b'desc', pad(text_description('Sandan test CMYK (naive)'))),
    (b'cprt', pad(b'text' + bytes(4) + b'No copyright, use freely\0')),
    (b'wtpt', b'XYZ ' + bytes(4) + s15(D50[0]) + s15(D50[1]) + s15(D50[2])),
    (b'A2B0', pad(lut8())),
    (b'B2A0', pad(from_pcs())),
]
offset = 128 + 4 + 12 * len(tags)
table = struct.pack('>I', len(tags))
body = b''
for signature, data in tags:
    table += signature + struct.pack('>II', offset + len(body), len(data))
    body += data
size = offset + len(body)
header = (struct.pack('>I', size) + bytes(4) + bytes([2, 0x10, 0, 0]) + b'prtr' + b'CMYK' + b'Lab '
          + struct.pack('>6H', 2026, 1, 1, 0, 0, 0) + b'acsp' + bytes(4) + bytes(4) + bytes(4) + bytes(4) + bytes(8)
          + bytes(4) + s15(D50[0]) + s15(D50[1]) + s15(D50[2]) + bytes(4) + bytes(16) + bytes(28))
assert len(header) == 128
with open(sys.argv[1], 'wb') as out:
    out.write(header + table + body)
