#!/usr/bin/env bash
# Instructions per render (valgrind --tool=callgrind), noise-free, for each engine on
# big-table-100 and teams (and the hostile teams pages). Each count is the difference between
# a run of 11 renders and a run of 1, divided by 10, so start-up and data set-up cancel out.
#
# Then instructions per input byte of the escapers on the 1 MiB inputs of escape.rs (only the
# escaping call is counted). And the machine-code size of each engine's template functions.
#
#   bash benches/callgrind.sh              # the tables
#   ANNOTATE=1 bash benches/callgrind.sh   # also the top functions of vetted and sailfish
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
    apt-get install -y valgrind >/dev/null
fi

engines=(vetted sailfish maud askama markup hypertext)
templates=(big-table-100 big-table-large-100 teams teams-hostile-1pct teams-hostile-20pct)
out_dir=target/callgrind
mkdir -p "$out_dir"

# The render binary, built with the bench profile (it is a `harness = false` bench target so it
# can use the dev-dependencies).
bin=$(cargo bench -p vetted-benches --bench render --no-run --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bin" ] || { echo "render binary not found" >&2; exit 1; }

# The instructions callgrind collects running its arguments (options, then the command).
collected() {
    valgrind --tool=callgrind "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

# Instructions of `render ENGINE TEMPLATE N`.
count() {
    collected --callgrind-out-file="$out_dir/$1.$2.$3.out" "$bin" "$1" "$2" "$3"
}

declare -A per_render
for template in "${templates[@]}"; do
    for engine in "${engines[@]}"; do
        one=$(count "$engine" "$template" 1)
        eleven=$(count "$engine" "$template" 11)
        per_render[$engine.$template]=$(((eleven - one) / 10))
    done
done

echo "## Instructions per render (callgrind; ratio to sailfish, lower is better)"
echo
printf '| engine |'
for template in "${templates[@]}"; do printf ' %s |' "$template"; done
echo
printf '| --- |'
for _ in "${templates[@]}"; do printf ' ---: |'; done
echo
for engine in "${engines[@]}"; do
    printf '| %s |' "$engine"
    for template in "${templates[@]}"; do
        ir=${per_render[$engine.$template]}
        ref=${per_render[sailfish.$template]}
        printf ' %s (%s×) |' "$ir" "$(awk -v a="$ir" -v b="$ref" 'BEGIN { printf "%.2f", a / b }')"
    done
    echo
done
echo
cells=$((100 * 100))
echo "big-table-100 per cell: vetted $((per_render[vetted.big-table-100] / cells)), sailfish $((per_render[sailfish.big-table-100] / cells)) instructions"
for template in big-table-100 teams; do
    vetted=${per_render[vetted.$template]} sailfish=${per_render[sailfish.$template]}
    verdict="not met"
    [ "$vetted" -le "$sailfish" ] && verdict=met
    echo "target $template: vetted's instructions ≤ sailfish's: $vetted vs $sailfish, **$verdict**"
done

echo
echo "## Escaping: instructions per input byte (callgrind, one call on 1 MiB; lower is better)"
echo
echo 'Valgrind counts each byte a `rep movsb` moves as one instruction, so a plain copy counts'
echo "1.0 per byte and the clean inputs measure little more than the copy."
echo
densities=(clean 1pct 20pct)
printf '| escaper |'
for context in text attribute; do
    for density in "${densities[@]}"; do printf ' %s %s |' "$context" "$density"; done
done
echo
printf '| --- |'
for _ in 1 2 3 4 5 6; do printf ' ---: |'; done
echo
for escaper in vetted sailfish copy; do
    printf '| %s |' "$escaper"
    for context in text attribute; do
        for density in "${densities[@]}"; do
            ir=$(collected --callgrind-out-file="$out_dir/escape.$escaper.$context.$density.out" \
                --toggle-collect='render::escape_loop*' "$bin" "$escaper" "escape-$context-$density" 1)
            printf ' %s |' "$(awk -v ir="$ir" 'BEGIN { printf "%.2f", ir / 1048576 }')"
        done
    done
    echo
done

echo
echo "## Machine code of the template functions (bytes in the render binary; callees not counted)"
echo
echo "| engine | big_table | teams |"
echo "| --- | ---: | ---: |"
symbols=$(nm -C -S "$bin")
size_of() {
    local size=0 _address hex kind _name
    while read -r _address hex kind _name; do
        [[ $kind == [tT] ]] && size=$((size + 16#$hex))
    done < <(grep -F -- "$1" <<<"$symbols")
    echo "$size"
}
for engine in "${engines[@]}"; do
    big=$(size_of "render::engines::$engine::big_table")
    teams=$(size_of "render::engines::$engine::teams")
    if [ "$engine" = markup ]; then
        big=$((big + $(size_of "render::engines::markup::templates::BigTable as markup::Render>::render")))
        teams=$((teams + $(size_of "render::engines::markup::templates::Teams as markup::Render>::render")))
    fi
    echo "| $engine | $big | $teams |"
done

if [ "${ANNOTATE:-0}" = 1 ]; then
    for template in big-table-100 teams; do
        for engine in vetted sailfish; do
            echo
            echo "### top functions: $engine $template (100 renders, set-up excluded)"
            file="$out_dir/$engine.$template.annotate.out"
            valgrind --tool=callgrind --callgrind-out-file="$file" --toggle-collect='render::render_loop*' \
                "$bin" "$engine" "$template" 100 >/dev/null 2>&1
            callgrind_annotate "$file" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | head -n 12 |
                sed -e 's/ \[[^]]*\]$//' -e 's/^/    /'
        done
    done
    for input in text-1pct text-20pct; do
        for escaper in vetted sailfish; do
            echo
            echo "### top functions: $escaper escaping $input (1 MiB, one call)"
            callgrind_annotate "$out_dir/escape.$escaper.${input/-/.}.out" 2>/dev/null |
                grep -E '^ *[0-9,]+ \(' | head -n 8 | sed -e 's/ \[[^]]*\]$//' -e 's/^/    /'
        done
    done
fi
