#!/usr/bin/env python3
"""Compares `kamerref docs --format jsonl` with the hand-made keys tests/handcheck/docs-*.jsonl,
field by field. A difference fails unless tests/handcheck/DOCS_KNOWN_DIFFERENCES lists it
("DOC FIELD  why"); a listed difference that no longer occurs fails too, so the list stays true."""
import json
import subprocess
import sys
import unicodedata

FIELDS = ["type", "subject", "askers", "addressees", "answering", "submitted", "received", "delay_days",
          "postponements", "mededeling", "answered_elsewhere", "late"]


def norm(value):
    """Unicode NFC, and answering officials compared by name and role only."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [norm({k: v for k, v in x.items() if k in ("name", "role", "party")} if isinstance(x, dict) else x)
                for x in value]
    if isinstance(value, dict):
        return {k: norm(v) for k, v in value.items()}
    return value


def main():
    kamerref = sys.argv[1]
    keys = {}
    for path in ("tests/handcheck/docs-a.jsonl", "tests/handcheck/docs-b.jsonl"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                key = json.loads(line)
                keys[key["doc"]] = key
    known = set()
    with open("tests/handcheck/DOCS_KNOWN_DIFFERENCES", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                doc, field = line.split()[:2]
                known.add((doc, field))
    out = subprocess.run([kamerref, "docs", "--format", "jsonl", "tests/corpus"], capture_output=True, text=True,
                         check=True).stdout
    seen, differing = set(), set()
    for line in out.splitlines():
        got = json.loads(line)
        key = keys.get(got["doc"])
        if not key:
            continue
        seen.add(got["doc"])
        for field in FIELDS:
            if norm(got[field]) != norm(key[field]):
                differing.add((got["doc"], field))
                if (got["doc"], field) not in known:
                    print(f"FAIL docs {got['doc']} {field}: got {json.dumps(got[field], ensure_ascii=False)}, "
                          f"want {json.dumps(key[field], ensure_ascii=False)}")
    fails = len(differing - known) + len(set(keys) - seen)
    for doc, field in sorted(known - differing):
        print(f"FAIL docs {doc} {field}: listed as a known difference but now agrees; remove it from the list")
        fails += 1
    for doc in sorted(set(keys) - seen):
        print(f"FAIL docs {doc}: no record")
    checked = len(seen) * len(FIELDS)
    print(f"docs: {checked - len(differing)} passed, {fails} failed (of {checked} fields, {len(differing & known)} known differences)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
