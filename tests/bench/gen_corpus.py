#!/usr/bin/env python3
"""Generates a large realistic corpus for `make bench`: the documents of tests/corpus copied
with their numbers varied (dossier and document numbers, question numbers stay), so that the
references and the graph grow with the corpus. Usage: gen_corpus.py OUT_DIR MEGABYTES [SEED]"""
import os
import random
import re
import sys


def main():
    out, megabytes = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    sources = []
    for name in sorted(os.listdir("tests/corpus")):
        if name.endswith(".txt"):
            with open(os.path.join("tests/corpus", name), encoding="utf-8", errors="replace") as f:
                sources.append(f.read())
    dossier = re.compile(r"\b(\d{2}) ?(\d{3})\b(?=,? ?nrs?\.? ?)")
    number = re.compile(r"(nrs?\. ?)(\d{1,4})\b")
    target = megabytes * 1_000_000
    written, i = 0, 0
    while written < target:
        text = sources[i % len(sources)]
        # a few thousand dossiers and documents: references repeat, so the graph has hubs
        text = dossier.sub(lambda m: "%d %03d" % (rnd.randint(20, 36), rnd.randint(0, 999) // 10 * 10), text)
        text = number.sub(lambda m: m.group(1) + str(rnd.randint(1, 400)), text)
        path = os.path.join(out, "d%07d.txt" % i)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        written += len(data)
        i += 1
    print(f"{i} documents, {written / 1e6:.0f} MB in {out}")


if __name__ == "__main__":
    main()
