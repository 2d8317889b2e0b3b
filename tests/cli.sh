#!/bin/sh
# CLI tests: exit codes and messages for good and bad input (see README, "Exit status").
. tests/lib.sh
# expect NAME STATUS STDERR-SUBSTRING COMMAND...
expect() {
    name=$1 want=$2 msg=$3
    shift 3
    "$@" > "$T/out" 2> "$T/err"
    got=$?
    if [ "$got" -ne "$want" ]; then
        bad "$name: exit $got, want $want"; cat "$T/err"; return
    fi
    if [ -n "$msg" ] && ! grep -qF -- "$msg" "$T/err"; then
        bad "$name: stderr lacks '$msg'"; cat "$T/err"; return
    fi
    ok
}

good=tests/corpus/kst-31409-383.txt

expect help 0 "" "$K" --help
grep -q '^usage: kamerref' "$T/out" || bad "help text"
expect version 0 "" "$K" --version
expect no-command 2 "try 'kamerref --help'" "$K"
expect unknown-command 2 "unknown command 'frobnicate'" "$K" frobnicate
expect bad-format 2 "unknown format 'xml'" "$K" refs --format xml "$good"
expect no-inputs 2 "refs needs at least one FILE" "$K" refs

# a closed standard input is an error for "-", even with a file opened before it
expect closed-stdin 1 "kamerref: (stdin): Bad file descriptor" sh -c '"$1" refs "$2" - <&-' sh "$K" "$good"
expect missing-file 1 "kamerref: $T/nope.txt: No such file or directory" "$K" refs "$T/nope.txt" "$good"
grep -q 'kst-31409-263' "$T/out" && ok || bad "missing file: the other input was not processed"

mkdir "$T/empty-dir"
echo x > "$T/empty-dir/notes.md"
expect dir-without-txt 1 "kamerref: $T/empty-dir: no .txt or .xml files in this directory" "$K" refs "$T/empty-dir" "$good"
grep -q 'kst-31409-263' "$T/out" && ok || bad "dir without .txt: the other input was not processed"

head -c 4096 /dev/urandom > "$T/random.txt"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\020\0\0\0\020\010\006\0\0\0' > "$T/image.txt"
head -c 2000 /dev/zero >> "$T/image.txt"
expect binary 1 "kamerref: $T/image.txt: binary data" "$K" refs "$T/image.txt" "$good"
grep -q 'kst-31409-263' "$T/out" && ok || bad "binary: the other input was not processed"

printf 'caf\303\251 \377 en Kamerstuk 32 317, nr. 967\n' > "$T/bad-utf8.txt"
expect invalid-utf8 0 "kamerref: $T/bad-utf8.txt:1: warning: invalid UTF-8 at byte offset 6" "$K" refs "$T/bad-utf8.txt"
grep -q 'kst-32317-967' "$T/out" && ok || bad "invalid utf-8: reference lost"

: > "$T/empty.txt"
expect empty 0 "" "$K" refs --format jsonl "$T/empty.txt"
[ ! -s "$T/out" ] && ok || bad "empty file gave output"

# 10 MB on one line: every mention found, in one pass (speed is measured by make bench)
awk 'BEGIN { s = "Kamerstuk 32 317, nr. 967 en tekst "; for (i = 0; i < 300000; i++) printf "%s", s; print "" }' > "$T/long.txt"
expect long-line 0 "" "$K" refs --format jsonl "$T/long.txt"
n=$(wc -l < "$T/out")
[ "$n" -eq 300000 ] && ok || bad "long line: $n references, want 300000"

printf 'Zie Kamerstuk 36 200, nr. 5.\n' | "$K" refs --format jsonl - > "$T/out" 2>&1
grep -q '"doc":"stdin","file":"-","kind":"kamerstuk","target":"kst-36200-5"' "$T/out" && ok || bad "stdin"

expect tsv-header 0 "" "$K" refs "$good"
head -1 "$T/out" | grep -q '^doc	file	kind	target	line	col	start	end	footnote	text' && ok || bad "tsv header"

expect directory 0 "" "$K" refs --format jsonl tests/corpus
# files in name order, the first and the last of them read
cut -d'"' -f8 "$T/out" > "$T/files"
LC_ALL=C sort -c "$T/files" 2> /dev/null && ok || bad "directory: files not in name order"
grep -qx 'tests/corpus/ah-tk-20222023-3649.txt' "$T/files" && grep -qx 'tests/corpus/kst-36682-10.docx-extract.txt' "$T/files" \
    && ok || bad "directory: not every document read"

# -j: the same output whatever the number of threads
"$K" refs --format jsonl -j 1 tests/corpus > "$T/j1" 2> /dev/null
"$K" refs --format jsonl -j 2 tests/corpus > "$T/j2" 2> /dev/null
"$K" refs --format jsonl -j 7 tests/corpus > "$T/j7" 2> /dev/null
cmp -s "$T/j1" "$T/j2" && cmp -s "$T/j1" "$T/j7" && ok || bad "refs -j 2 differs from -j 1"
"$K" questions --format jsonl -j 1 tests/corpus > "$T/q1" 2> /dev/null
"$K" questions --format jsonl -j 2 tests/corpus > "$T/q2" 2> /dev/null
cmp -s "$T/q1" "$T/q2" && ok || bad "questions -j 2 differs from -j 1"
"$K" graph -j 1 --qa tests/corpus -o "$T/g1.graphml" 2> /dev/null
"$K" graph -j 2 --qa tests/corpus -o "$T/g2.graphml" 2> /dev/null
cmp -s "$T/g1.graphml" "$T/g2.graphml" && ok || bad "graph -j 2 differs from -j 1"
# the anchored search finds what a scan of the whole text finds
for d in tests/corpus tests/fuzz/corpus/fuzz_doc tests/fixtures; do
    "$K" refs --format jsonl "$d" > "$T/anch" 2> /dev/null
    KAMERREF_FULL_SCAN=1 "$K" refs --format jsonl "$d" > "$T/full" 2> /dev/null
    [ -s "$T/anch" ] && cmp -s "$T/anch" "$T/full" && ok || bad "anchored search differs from a full scan in $d"
done
# anchors far from the start of a match (white space between), and caseless anchors
"$K" refs tests/fixtures/anchors.txt 2> /dev/null | cut -f4 > "$T/anch"
for want in kst-32317-5 motie:jansen kst-36200-XVI-12 kst-21501-02-2815 kst-32317-967 news:de-telegraaf:2024-01-12 \
    HTTPS://WWW.NRC.NL/NIEUWS/2025/05/03/TITEL https://www.zorgvisie.nl/artikel/123 nos.nl/artikel/2500000-kop \
    kst-35300-XVI-5 2024Z01234 motie:omtzigt kst-36200-12 \
    news:omroep-zeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee:2024-05-03 \
    news:hart-van-nederland:2025-10-04 news:dagblad-van-het-noorden:2025-10-05 news:rtl-nieuws:2025-10-06 \
    news:trouw:2025-10-08 kst-32317-10 news:skipr:2024-06-03 news:nrc:2025-10-09 \
    news:nrc-handelsblad:2025-10-07 news:dagblad-van-het-noorden:2025-10-08 kst-32317-XVIIII-5 \
    amendement:van-der-plas dossier-36200-ABCDE kst-32847-346 kst-36200-12 kst-36200-ABCDE-6 kst-36600-XIV-32 ah-tk-20232024-2386 kst-34356-3 kst-36600-XIV-4 dossier-36600 \
    motie:van-der-plas amendement:kröger+ćosić dossier-30376 dossier-30377; do
    grep -qxF "$want" "$T/anch" && ok || bad "anchors.txt: $want not found"
done
[ "$(wc -l < "$T/anch")" -eq 57 ] && ok || bad "anchors.txt: $(wc -l < "$T/anch") lines, want 57"
"$K" refs tests/fixtures/anchors-odd-case.txt 2> /dev/null | cut -f4 > "$T/anch"
[ "$(grep -c '^news:' "$T/anch")" -eq 2 ] && ok || bad "anchors-odd-case.txt: a month with ſ or the Kelvin sign is lost"
expect bad-jobs 2 "--jobs takes a number" "$K" refs -j 0 tests/corpus

# --files-from, one a line or NUL-separated, and from standard input
ls tests/corpus/*.txt > "$T/list"
"$K" refs --format jsonl --files-from "$T/list" > "$T/ff" 2> /dev/null
cmp -s "$T/j1" "$T/ff" && ok || bad "--files-from differs from the directory"
ls tests/corpus/*.txt | tr '\n' '\0' > "$T/list0"
"$K" refs --format jsonl --files-from "$T/list0" -0 > "$T/ff0" 2> /dev/null
cmp -s "$T/j1" "$T/ff0" && ok || bad "--files-from -0 differs"
"$K" refs --format jsonl --files-from - < "$T/list" > "$T/ffs" 2> /dev/null
cmp -s "$T/j1" "$T/ffs" && ok || bad "--files-from - differs"

# two steps: records of shards, then the graph from the records, equal to the direct run
"$K" docs --format jsonl tests/corpus > "$T/shard.jsonl" 2> /dev/null
"$K" refs --format jsonl tests/corpus >> "$T/shard.jsonl" 2> /dev/null
"$K" graph --from-refs "$T/shard.jsonl" -o "$T/fr.graphml" 2> /dev/null
"$K" graph tests/corpus -o "$T/direct.graphml" 2> /dev/null
cmp -s "$T/fr.graphml" "$T/direct.graphml" && ok || bad "--from-refs gives another graph than the direct run"
printf '{"doc":"x","kind":"nonsense"}\n' > "$T/badrec.jsonl"
expect bad-record 1 "badrec.jsonl:1: not a record of kamerref refs or kamerref docs" "$K" graph --from-refs "$T/badrec.jsonl" -o "$T/x.json"

# the official XML gives the same references as its text version
"$K" refs tests/fixtures/h-tk-20172018-70-9.xml | cut -f3,4 > "$T/xml" 2> /dev/null
"$K" refs tests/corpus/h-tk-20172018-70-9.txt | cut -f3,4 > "$T/txt" 2> /dev/null
cmp -s "$T/xml" "$T/txt" && [ "$(wc -l < "$T/xml")" -gt 20 ] && ok || bad "XML and text give other references"
grep -q '"doc":"h-tk-20172018-70-9"' "$("$K" refs --format jsonl tests/fixtures/h-tk-20172018-70-9.xml > "$T/xj"; echo "$T/xj")" && ok || bad "XML identity"
# the same XML written twice as UTF-8 (read as Latin-1 in between), with its byte order mark so
# garbled and a line break before the declaration, as files converted that way come: repaired,
# the same references with the same words, each a line further down
{ printf '\357\273\277\n'; cat tests/fixtures/h-tk-20172018-70-9.xml; } | iconv -f latin1 -t utf-8 > "$T/double.xml"
"$K" refs "$T/double.xml" > "$T/dx" 2> /dev/null
"$K" refs tests/fixtures/h-tk-20172018-70-9.xml > "$T/sx" 2> /dev/null
cut -f3,4,9,15 "$T/dx" > "$T/dx.w"
cut -f3,4,9,15 "$T/sx" > "$T/sx.w"
cmp -s "$T/dx.w" "$T/sx.w" && grep -q 'ö' "$T/sx.w" && [ "$(wc -l < "$T/sx.w")" -gt 20 ] && ok || bad "double-encoded XML read otherwise"
cut -f5 "$T/dx" > "$T/dx.l"
cut -f5 "$T/sx" > "$T/sx.l"
paste "$T/dx.l" "$T/sx.l" | awk -F'\t' 'NR > 1 && $1 != $2 + 1 { bad = 1 } END { exit bad }' && ok || bad "lines of double-encoded XML"
printf '\n\n<?xml version="1.0" encoding="UTF-8"?>\n<handelingen><al>Zie Kamerstuk 32 317, nr. 967.</al></handelingen>\n' > "$T/lead.xml"
expect xml-after-blank-lines 0 "" "$K" refs "$T/lead.xml"
grep -q 'kst-32317-967	4	' "$T/out" && ok || bad "XML after blank lines: $(cat "$T/out")"
# entity bombs and external entities: a clear error, quickly, in bounded memory
expect billion-laughs 1 "billion-laughs.xml: XML entity declarations are not accepted" "$K" refs tests/fixtures/billion-laughs.xml
expect external-entity 1 "external-entity.xml: XML entity declarations are not accepted" "$K" refs tests/fixtures/external-entity.xml
grep -q root "$T/out" && bad "external entity expanded" || ok
# Windows-1252 is read right: the reference found, the text converted
expect windows-1252 0 "not UTF-8" "$K" refs --format jsonl tests/fixtures/windows-1252.txt
grep -q '"target":"kst-32317-967"' "$T/out" && ok || bad "windows-1252: reference lost"
# a debate is told by its speakers' lines ("Minister Keijzer:"), not by a colon inside a line
printf 'Verslag\n\nDe voorzitter:\nIk open de vergadering.\nMinister Keijzer:\nDank u wel.\n' > "$T/deb1.txt"
printf 'Verslag\n\nDe voorzitter: ik open de vergadering.\nMinister Keijzer zei: dank.\n' > "$T/deb2.txt"
[ "$("$K" docs "$T/deb1.txt" "$T/deb2.txt" 2> /dev/null | cut -f3 | tr '\n' ' ')" = "type debate other " ] && ok ||
    bad "speaker lines: debate and other expected"

finish cli
