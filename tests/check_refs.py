#!/usr/bin/env python3
"""Compares `kamerref refs` with the hand-made keys tests/handcheck/*.tsv (line, kind and target of
every mention, and the footnote of every mention found). A difference fails unless
tests/handcheck/REFS_KNOWN_DIFFERENCES lists it ("DOC LINE KIND TARGET missing|extra|footnote  why");
a listed difference that no longer occurs fails too."""
import glob
import os
import subprocess
import sys


def main():
    kamerref = sys.argv[1]
    known = set()
    with open("tests/handcheck/REFS_KNOWN_DIFFERENCES", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                doc, ln, kind, target, side = line.split("\t")[0].split()[:5]
                known.add((doc, int(ln), kind, target, side))
    differing = set()
    total = 0
    texts_found = texts_same = 0
    want_fn = {}
    for key in sorted(glob.glob("tests/handcheck/*.tsv")):
        doc = os.path.basename(key)[:-4]
        want = []
        want_text = []
        with open(key, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("line\t") or not line.strip():
                    continue
                p = line.rstrip("\n").split("\t")
                want.append((int(p[0]), p[1], p[2] if p[2] not in ("", "-") else "null"))
                want_text.append(p[4].strip() if len(p) > 4 else "")
                want_fn.setdefault((doc,) + want[-1], []).append(p[3].strip() if len(p) > 3 else "")
        out = subprocess.run([kamerref, "refs", f"tests/corpus/{doc}.txt"], capture_output=True, text=True,
                             check=True).stdout.splitlines()[1:]
        cols = [l.split("\t") for l in out]
        got = [(int(c[4]), c[2], c[3] or "null") for c in cols]
        got_fn = {}
        got_text = {}
        for g, c in zip(got, cols):
            got_fn.setdefault((doc,) + g, []).append(c[8])
            got_text.setdefault(g, []).append(c[9])
        # the mention's text as the key writes it (reported, not failed: keys keep broken lines)
        for w, wt in zip(want, want_text):
            if w in got_text:
                texts_found += 1
                texts_same += wt in got_text[w]
        total += len(want)
        for w in want:
            if w not in got:
                differing.add((doc, w[0], w[1], w[2], "missing"))
        for g in got:
            if g not in want:
                differing.add((doc, g[0], g[1], g[2], "extra"))
        # the footnote of a mention found: the key's numbers and kamerref's, as multisets
        for k, fns in want_fn.items():
            if k[0] == doc and k in got_fn and sorted(fns) != sorted(got_fn[k]):
                differing.add(k + ("footnote",))
    fails = 0
    for d in sorted(differing - known):
        print("FAIL refs %s line %d: %s %s %s (not in REFS_KNOWN_DIFFERENCES)" % (d[0], d[1], d[4], d[2], d[3]))
        fails += 1
    for d in sorted(known - differing):
        print("FAIL refs %s line %d: listed as %s %s %s but kamerref now agrees; remove it" % (d[0], d[1], d[4], d[2], d[3]))
        fails += 1
    print("refs: %d passed, %d failed (%d keyed mentions, %d known differences; text as the key's in %d of %d found)" %
          (total - len([d for d in differing if d[4] == "missing"]), fails, total, len(differing & known), texts_same,
           texts_found))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
