#!/bin/sh
# Golden tests: every document of the bundled corpus through `kamerref refs --format jsonl`,
# compared exactly with tests/golden/NAME.refs.jsonl. UPDATE=1 rewrites the expected files
# (review the diff by hand before committing them).
# The seed is also compared with its hand-made answer key in tests/handcheck/.
. tests/lib.sh
tmp=$T/out
# golden COMMAND: `kamerref COMMAND --format jsonl` on every bundled document, compared exactly
# with tests/golden/NAME.COMMAND.jsonl (rewritten instead when UPDATE=1).
golden() {
    for f in tests/corpus/*.txt; do
        name=$(basename "$f" .txt)
        want=tests/golden/$name.$1.jsonl
        "$K" "$1" --format jsonl "$f" > "$tmp" 2>/dev/null
        if [ "${UPDATE:-}" = 1 ]; then
            cp "$tmp" "$want"
            continue
        fi
        if diff -u "$want" "$tmp" > /dev/null 2>&1; then
            pass=$((pass + 1))
        else
            echo "FAIL golden $1 $name"
            diff -u "$want" "$tmp" | head -20
            fail=$((fail + 1))
        fi
    done
}

golden refs
# The seed against its hand-made key: line, kind, target and footnote of every mention.
seed=kst-32317-974
"$K" refs tests/corpus/$seed.txt | awk -F'\t' 'NR > 1 { print $5 "\t" $3 "\t" $4 "\t" $9 }' > "$tmp"
if grep -v '^#' tests/handcheck/$seed.tsv | tail -n +2 | cut -f1-4 | diff -u - "$tmp" > /dev/null; then
    pass=$((pass + 1))
else
    echo "FAIL handcheck $seed"
    grep -v '^#' tests/handcheck/$seed.tsv | tail -n +2 | cut -f1-4 | diff -u - "$tmp"
    fail=$((fail + 1))
fi
# Questions: golden records for every document, and the hand-made keys of tests/handcheck/qa
# (answer, status, defers, refers_to per question), apart from the differences listed and
# explained in tests/handcheck/qa/KNOWN_DIFFERENCES.
golden questions
known=tests/handcheck/qa/KNOWN_DIFFERENCES
for key in tests/handcheck/qa/*.tsv; do
    name=$(basename "$key" .tsv)
    # q answer status defers refers_to, from the key and from kamerref
    grep -v '^#' "$key" | tail -n +2 | awk -F'\t' '{ gsub(/ /, "", $7); print $1 "\t" $4 "\t" $5 "\t" $6 "\t" $7 }' > "$tmp.want"
    "$K" questions "tests/corpus/$name.txt" 2>/dev/null |
        awk -F'\t' 'NR > 1 { print $3 "\t" $11 "\t" $9 "\t" $10 "\t" $13 }' > "$tmp.got"
    differing=$(diff "$tmp.want" "$tmp.got" | awk '/^[<>]/ { print $2 }' | sort -u)
    listed=$(awk -v d="$name" '$1 == d { print $2 }' "$known" | sort -u)
    if [ "$differing" = "$listed" ]; then
        pass=$((pass + 1))
    else
        echo "FAIL handcheck questions $name: questions differing from the key: [$(echo $differing)], listed as known: [$(echo $listed)]"
        diff "$tmp.want" "$tmp.got"
        fail=$((fail + 1))
    fi
done
rm -f "$tmp.want" "$tmp.got"

# Document facts: golden records for every document, and the hand-made keys.
golden docs
if [ "${UPDATE:-}" != 1 ]; then
    if python3 tests/check_docs.py "$K"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
    if python3 tests/check_refs.py "$K"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
fi
[ "${UPDATE:-}" = 1 ] && { echo "golden files rewritten"; exit 0; }
finish golden
