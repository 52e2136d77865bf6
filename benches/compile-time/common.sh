# Shared by run.sh and clean-build.sh (sourced; `root` is the repository's root).

# Writes the manifest of a crate outside the workspace, named `$2`, in `$1`, whose one
# dependency is the engine `$3`: vetted from this repository (with `$VETTED_FEATURES`, if set,
# after its path), or maud 0.27. The workspace's lock file goes beside it, so both crates build
# the versions the benches use.
write_manifest() {
    local dir=$1 name=$2 engine=$3 dependency
    if [ "$engine" = vetted ]; then
        dependency="vetted = { path = \"$root/runtime\"${VETTED_FEATURES:+, $VETTED_FEATURES} }"
    else
        dependency='maud = "0.27.0"'
    fi
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
$dependency

[workspace]
TOML
    [ -f "$dir/Cargo.lock" ] || cp "$root/Cargo.lock" "$dir/Cargo.lock"
}

# Wall and CPU (user + system of every process it waits for) milliseconds of running the
# command given, its output kept in the file `$1` and shown only if it fails.
wall_and_cpu() {
    local log=$1 TIMEFORMAT='%3R %3U %3S' measured
    shift
    measured=$({ time "$@" >"$log" 2>&1; } 2>&1) || { cat "$log" >&2; return 1; }
    awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$measured"
}

# The median of the numbers on standard input, separated by spaces or lines.
median() {
    tr ' ' '\n' | sed '/^$/d' | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# `$1 / $2` with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
