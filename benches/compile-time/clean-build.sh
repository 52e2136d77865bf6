#!/usr/bin/env bash
# Clean build of an empty binary crate whose one dependency is vetted (default features), and
# of the same crate depending on maud 0.27, from an empty target directory each time.
#
#   bash benches/compile-time/clean-build.sh
#   RUNS=5 bash benches/compile-time/clean-build.sh
#   VETTED_FEATURES='default-features = false, features = ["std"]' bash benches/compile-time/clean-build.sh
#
# The crates live under target/compile-time/clean/ (outside the workspace: each has its own
# `[workspace]`, the workspace's lock file and its own target directory). Sources are fetched
# once first; the builds run `--offline`, the engines alternating so both see the same load.
# Prints the median of RUNS (default 3) wall and CPU times (user + system of cargo, rustc and
# the build scripts) with the ratio to maud, then, from `cargo build --timings` of the last
# run, each unit that took 0.2 s or more, in the order it started: the first half of both
# engines' critical path is syn, the rest is what each builds after it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
base="$root/target/compile-time/clean"

make_crate() {
    local engine=$1 dir="$base/$1" dependency
    mkdir -p "$dir/src"
    if [ "$engine" = vetted ]; then
        dependency="vetted = { path = \"$root/runtime\"${VETTED_FEATURES:+, $VETTED_FEATURES} }"
    else
        dependency='maud = "0.27.0"'
    fi
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "clean-build-$engine"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$dependency

[workspace]
TOML
    echo 'fn main() {}' >"$dir/src/main.rs"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    (cd "$dir" && cargo fetch --quiet)
}

# Wall and CPU milliseconds of one build from an empty target directory.
timed_build() {
    local dir="$base/$1" TIMEFORMAT='%3R %3U %3S' measured
    rm -rf "$dir/target"
    measured=$({ time (cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo build --offline --timings \
        >"$base/$1.log" 2>&1); } 2>&1) || { cat "$base/$1.log" >&2; return 1; }
    awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$measured"
}

median() {
    tr ' ' '\n' | sed '/^$/d' | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# The units of the last `--timings` report of `engine` that took 0.2 s or more.
units() {
    local report
    report=$(ls -t "$base/$1/target/cargo-timings/"cargo-timing-2*.html | head -n 1)
    python3 - "$report" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S).group(1))
for unit in sorted(units, key=lambda unit: unit["start"]):
    if unit["duration"] >= 0.2:
        target = unit.get("target", "").strip() or "lib"
        print(f"    {unit['name']} {unit['version']} ({target}): starts {unit['start']:.2f} s, takes {unit['duration']:.2f} s")
PY
}

declare -A times
for engine in vetted maud; do make_crate "$engine"; done
for ((r = 0; r < runs; r++)); do
    for engine in vetted maud; do
        read -r wall cpu <<<"$(timed_build "$engine")"
        times[$engine.wall]+="$wall " times[$engine.cpu]+="$cpu "
    done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "## Clean build of an empty crate depending on the engine (median of $runs, ms; ratio to maud)"
echo
echo "vetted: ${VETTED_FEATURES:-default features}"
echo
echo "| engine | wall | CPU |"
echo "| --- | ---: | ---: |"
declare -A result
for engine in vetted maud; do
    result[$engine.wall]=$(echo "${times[$engine.wall]}" | median)
    result[$engine.cpu]=$(echo "${times[$engine.cpu]}" | median)
done
for engine in vetted maud; do
    echo "| $engine | ${result[$engine.wall]} ($(ratio "${result[$engine.wall]}" "${result[maud.wall]}")×) | ${result[$engine.cpu]} ($(ratio "${result[$engine.cpu]}" "${result[maud.cpu]}")×) |"
done
echo
for engine in vetted maud; do
    echo "wall times, $engine: ${times[$engine.wall]% }; CPU: ${times[$engine.cpu]% }"
done
echo
for engine in vetted maud; do
    echo "units of 0.2 s or more, $engine (last run):"
    units "$engine"
done
