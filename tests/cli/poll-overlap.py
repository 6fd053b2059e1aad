#!/usr/bin/env python3
"""Check an lp-poll cloud: no two words' boxes overlap, all inside.

Boxes come from the same generous glyph-width estimate the tool uses,
recomputed here from each <text>'s position, size and word."""
import re
import sys

def em(word):
    w = 0.0
    for c in word:
        if c in "ijl'.,:;!|":
            w += 0.32
        elif c in "ftr -I":
            w += 0.42
        elif c in "mwæ":
            w += 0.92
        elif c in "MWÆ":
            w += 1.0
        elif "A" <= c <= "Z":
            w += 0.74
        else:
            w += 0.64
    return w

svg = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'width="(\d+)" height="(\d+)"', svg)
W, H = int(m.group(1)), int(m.group(2))
boxes = []
pat = r'<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"[^>]*><title>.*?</title>(.*?)</text>'
for x, y, s, word in re.findall(pat, svg):
    x, y, s = float(x), float(y), float(s)
    word = word.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'")
    w = em(word) * s * 1.08 + 4
    h = s * 1.2 + 2
    cy = y - s * 0.35
    b = (x - w / 2 + 0.05, cy - h / 2 + 0.05, x + w / 2 - 0.05, cy + h / 2 - 0.05)
    if b[0] < 0 or b[1] < 0 or b[2] > W or b[3] > H:
        print("outside:", word, b)
        sys.exit(1)
    for o in boxes:
        if b[0] < o[1][2] and o[1][0] < b[2] and b[1] < o[1][3] and o[1][1] < b[3]:
            print("overlap:", word, o[0])
            sys.exit(1)
    boxes.append((word, b))
if not boxes:
    print("no words")
    sys.exit(1)
