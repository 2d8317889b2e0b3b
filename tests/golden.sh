#!/bin/sh
# Golden tests: every document of the bundled corpus through `kamerref refs --format jsonl`,
# compared exactly with tests/golden/NAME.refs.jsonl. UPDATE=1 rewrites the expected files
# (review the diff by hand before committing them).
# The seed is also compared with its hand-made answer key in tests/handcheck/.
set -u
K=${KAMERREF:?set KAMERREF to the kamerref binary}
pass=0
fail=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for f in tests/corpus/*.txt; do
    name=$(basename "$f" .txt)
    want=tests/golden/$name.refs.jsonl
    "$K" refs --format jsonl "$f" > "$tmp" 2>/dev/null
    if [ "${UPDATE:-}" = 1 ]; then
        cp "$tmp" "$want"
        continue
    fi
    if diff -u "$want" "$tmp" > /dev/null 2>&1; then
        pass=$((pass + 1))
    else
        echo "FAIL golden $name"
        diff -u "$want" "$tmp" | head -20
        fail=$((fail + 1))
    fi
done

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
[ "${UPDATE:-}" = 1 ] && { echo "golden files rewritten"; exit 0; }
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
