#!/usr/bin/env bash
# Reproduces every table of benches/README.md: the criterion benches (templates, escaping,
# JSON), the callgrind instruction counts and the compile-time comparison. Prints the tables and
# keeps them in target/bench-results.md; criterion's own log goes to target/bench-criterion.log.
# Takes about 15 minutes on 2 cores. Run it on a quiet machine: every ratio compares engines
# measured minutes apart.
set -euo pipefail
cd "$(dirname "$0")/.."
results=target/bench-results.md
log=target/bench-criterion.log
mkdir -p target

{
    echo "# vetted benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- toolchain: $(rustc --version)"
    echo "- revision: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- runtime macros 2>/dev/null || echo ' (runtime/ or macros/ modified)')"
    echo
} | tee "$results"

echo "running criterion (log: $log) ..." >&2
cargo bench -p vetted-benches --bench templates --bench escape --bench json >"$log" 2>&1 ||
    { tail -n 30 "$log" >&2; exit 1; }
python3 benches/report.py | tee -a "$results"

echo "running callgrind ..." >&2
ANNOTATE=1 bash benches/callgrind.sh | tee -a "$results"
echo | tee -a "$results"

echo "running the compile-time comparison ..." >&2
RUNS=${RUNS:-7} bash benches/compile-time/run.sh | tee -a "$results"
echo | tee -a "$results"

echo "running the clean-build comparison ..." >&2
RUNS=3 bash benches/compile-time/clean-build.sh | tee -a "$results"

echo >&2
echo "tables kept in $results" >&2
