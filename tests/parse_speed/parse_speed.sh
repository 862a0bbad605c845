#!/bin/sh
# Parse speed: weft --check against CPython's ast.parse on the same
# generated 50,000-line program. Run from the repository root after
# `cargo build --release`. Prints the best of five runs for each, as CPU
# time (user + system), which a busy machine disturbs less than wall time.
set -e
src=${TMPDIR:-/tmp}/weft_parse_bench.py
python3 tests/parse_speed/gen_parse_bench.py "$src" 50000
py=$(python3 -c 'import sys; print(sys.executable)')
best() {
    b=999
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f "%U %S" -o "$src.time" "$@" >/dev/null 2>&1
        t=$(awk '{print $1 + $2}' "$src.time")
        b=$(echo "$t $b" | awk '{print ($1 < $2) ? $1 : $2}')
    done
    echo "$b"
}
w=$(best target/release/weft --check "$src")
c=$(best "$py" -c "import ast,sys; ast.parse(open(sys.argv[1]).read())" "$src")
lines=$(wc -l < "$src")
echo "weft --check:      $w s  $(echo "$lines $w" | awk '{printf "%d", $1/$2}') lines/s"
echo "python3 ast.parse: $c s  $(echo "$lines $c" | awk '{printf "%d", $1/$2}') lines/s"
