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
# shellcheck source=benches/compile-time/common.sh
. "$root/benches/compile-time/common.sh"

make_crate() {
    local engine=$1 dir="$base/$1"
    # The workspace's lock file as it is now, not the one a previous run copied.
    rm -f "$dir/Cargo.lock"
    write_manifest "$dir" "clean-build-$engine" "$engine"
    echo 'fn main() {}' >"$dir/src/main.rs"
    (cd "$dir" && cargo fetch --quiet)
}

# Wall and CPU milliseconds of one build from an empty target directory.
timed_build() {
    local dir="$base/$1"
    rm -rf "$dir/target"
    wall_and_cpu "$base/$1.log" env -C "$dir" CARGO_TARGET_DIR="$dir/target" \
        cargo build --offline --timings
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
