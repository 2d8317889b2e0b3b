# Sourced by the shell test suites: the kamerref binary $K, a scratch directory $T removed on
# exit, and the pass/fail tally. Run from the top of the source tree.
set -u
K=${KAMERREF:?set KAMERREF to the kamerref binary}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
# finish SUITE: prints the tally; succeeds only when nothing failed.
finish() {
    echo "$1: $pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
