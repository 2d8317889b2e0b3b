#!/bin/sh
# What kamerref guarantees on hostile input and a hostile machine (README, "Bad input"):
# - text that looks like markup comes out inert in every format, checked by each format's own
#   parser (JSON, CSV, HTML, XML, DOT), with the node count and the label text unchanged;
# - a full disk or an unwritable directory gives a clear error, exit 1, and leaves the earlier
#   file as it was, with no temporary file behind.
. tests/lib.sh
cleanup() { umount "$T/full" 2> /dev/null; chmod -R u+w "$T" 2> /dev/null; rm -rf "$T"; }
trap cleanup EXIT

in=tests/fixtures/injection.txt
title='</graphml> ]]> "]; } digraph evil { a -> b } <script>x</script> & \ einde\'
for f in json csv graphml gexf dot; do "$K" graph --qa "$in" -o "$T/g.$f" 2> /dev/null || bad "graph -o g.$f"; done
nodes=$("$K" stats --format jsonl --qa "$in" | sed -n 's/.*"nodes":\([0-9]*\).*/\1/p' | head -1)
python3 - "$T" "$nodes" "$title" << 'PY' && ok || bad "JSON/CSV consumers"
import csv, json, sys
d, nodes, title = sys.argv[1], int(sys.argv[2]), sys.argv[3]
g = json.load(open(f"{d}/g.json", encoding="utf-8"))
assert len(g["nodes"]) == nodes, (len(g["nodes"]), nodes)
assert any(n["label"] == title for n in g["nodes"]), "JSON label changed"
rows = list(csv.DictReader(open(f"{d}/g-nodes.csv", encoding="utf-8", newline="")))
assert len(rows) == nodes, (len(rows), nodes)
assert any(r["Label"] == title for r in rows), "CSV label changed"
PY
got=$(xmllint --xpath "string(//*[local-name()='node'][*[@key='kind']='news']/*[@key='label'])" "$T/g.graphml")
[ "$got" = "$title" ] && ok || bad "GraphML label: $got"
[ "$(xmllint --xpath "count(//*[local-name()='node'])" "$T/g.graphml")" = "$nodes" ] && ok || bad "GraphML node count"
got=$(xmllint --xpath "string(//*[local-name()='node'][@id='news:de-volkskrant:2025-06-03']/@label)" "$T/g.gexf")
[ "$got" = "$title" ] && ok || bad "GEXF label: $got"
dot -Tsvg "$T/g.dot" -o "$T/g.svg" 2> /dev/null && ok || bad "dot rejects the DOT file"
[ "$(grep -c '<g id="node' "$T/g.svg")" -eq "$nodes" ] && ok || bad "DOT: injected statements added nodes"
grep -q 'evil' "$T/g.svg" && ! grep -q '<g id="graph.*evil' "$T/g.svg" && ok || bad "DOT: a graph named evil"

# the HTML report: the title is text, there is no <script> element
"$K" questions --format html "$in" > "$T/r.html"
python3 - "$T/r.html" << 'PY' && ok || bad "HTML report"
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []
    def handle_starttag(self, tag, attrs): self.tags.append(tag)
    def handle_data(self, data): self.text.append(data)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
assert "script" not in p.tags, p.tags
assert any("<script>x</script>" in t for t in p.text), "the text was lost"
PY

# refs JSONL: one valid object per line whatever the input
"$K" refs --format jsonl "$in" > "$T/refs.jsonl"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$T/refs.jsonl" && ok || bad "refs JSONL"

# a full disk: the earlier file stays, no temporary file, a clear message, exit 1
mkdir "$T/full"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs "$T/full" 2> /dev/null; then
    "$K" graph tests/corpus/kst-31409-383.txt -o "$T/full/g.graphml" 2> /dev/null
    cp "$T/full/g.graphml" "$T/before"
    "$K" graph tests/corpus -o "$T/full/g.graphml" 2> "$T/err"
    st=$?
    [ $st -eq 1 ] && ok || bad "full disk: exit $st"
    grep -q "g.graphml: No space left on device" "$T/err" && ok || { bad "full disk: message"; cat "$T/err"; }
    cmp -s "$T/before" "$T/full/g.graphml" && ok || bad "full disk: the earlier file changed"
    [ "$(ls "$T/full")" = "g.graphml" ] && ok || bad "full disk: left $(ls "$T/full")"
    umount "$T/full"
else
    echo "note: not root, so no tmpfs; the full-disk case is left to CI"
fi

# an unwritable directory (read-only mount as root, mode 555 otherwise)
mkdir -p "$T/ro"
"$K" graph tests/corpus/kst-31409-383.txt -o "$T/ro/g.json" 2> /dev/null
cp "$T/ro/g.json" "$T/before.json"
if [ "$(id -u)" = 0 ]; then mount -t tmpfs -o ro tmpfs "$T/ro" 2> /dev/null && ro_mounted=1 || ro_mounted=0; else chmod 555 "$T/ro"; ro_mounted=0; fi
"$K" graph tests/corpus -o "$T/ro/g.json" 2> "$T/err"
st=$?
[ $st -eq 1 ] && ok || bad "read-only: exit $st"
grep -q "g.json: \(Read-only file system\|Permission denied\)" "$T/err" && ok || { bad "read-only: message"; cat "$T/err"; }
[ "$ro_mounted" = 1 ] && umount "$T/ro"
chmod 755 "$T/ro"
cmp -s "$T/before.json" "$T/ro/g.json" && ok || bad "read-only: the earlier file changed"

finish hostile
