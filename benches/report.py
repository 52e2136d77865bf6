#!/usr/bin/env python3
"""Prints the criterion results of the templates, escape and json benches as Markdown tables of
medians with ratios, and checks vetted's targets. Reads target/criterion/ (run the benches first)."""

import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "criterion")
ENGINES = ["vetted", "sailfish", "maud", "askama", "markup", "hypertext"]
TEMPLATES = ["big-table-10", "big-table-100", "big-table-500", "big-table-large-100", "teams",
             "teams-hostile-1pct", "teams-hostile-20pct"]
ESCAPERS = ["copy", "vetted", "sailfish", "maud", "askama", "markup", "html-escape"]
DENSITIES = ["clean", "1pct", "20pct"]
ESCAPE_INPUT = {}  # escaping group ("escape/text/1pct") -> input bytes, from criterion's throughput record


def median_ns(group, function):
    """The median time per iteration in nanoseconds, or None when the bench has not run."""
    directory = os.path.join(ROOT, group.replace("/", "_"), function)
    try:
        with open(os.path.join(directory, "new", "estimates.json")) as f:
            estimates = json.load(f)
        with open(os.path.join(directory, "new", "benchmark.json")) as f:
            throughput = json.load(f).get("throughput") or {}
    except FileNotFoundError:
        return None
    if "Bytes" in throughput:
        ESCAPE_INPUT[group] = throughput["Bytes"]
    return estimates["median"]["point_estimate"]


def show_time(ns):
    if ns is None:
        return "—"
    for unit, scale in (("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if ns / scale < 100 else f"{ns / scale:.0f} {unit}"
    return f"{ns:.3g} ns"


def ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.2f}×"


def verdict(ok):
    return "**met**" if ok else "**not met**"


checks = []


def templates():
    times = {(t, e): median_ns(f"templates/{t}", e) for t in TEMPLATES for e in ENGINES}
    print("## Templates: median time per render (ratio to sailfish; lower is better)\n")
    print("| engine | " + " | ".join(TEMPLATES) + " |")
    print("| --- |" + " ---: |" * len(TEMPLATES))
    for engine in ENGINES:
        cells = [f"{show_time(times[t, engine])} ({ratio(times[t, engine], times[t, 'sailfish'])})"
                 for t in TEMPLATES]
        print(f"| {engine} | " + " | ".join(cells) + " |")
    print()
    for t in ("big-table-100", "teams"):
        vetted, sailfish, maud = times[t, "vetted"], times[t, "sailfish"], times[t, "maud"]
        if None in (vetted, sailfish, maud):
            continue
        checks.append((f"{t}: vetted ≤ 0.9× sailfish's time (vetted's / sailfish's)",
                       f"{vetted / sailfish:.3f}×", vetted <= 0.9 * sailfish))
        checks.append((f"{t}: vetted ≥ 1.4× faster than maud (maud's time / vetted's)",
                       f"{maud / vetted:.3f}", maud >= 1.4 * vetted))


def escape():
    times = {(c, d, e): median_ns(f"escape/{c}/{d}", e)
             for c in ("text", "attribute") for d in DENSITIES for e in ESCAPERS}
    for context in ("text", "attribute"):
        print(f"## Escaping, {context} context: GB/s on 1 MiB (share of the plain copy; "
              "ratio of speed to sailfish)\n")
        print("| escaper | " + " | ".join(DENSITIES) + " |")
        print("| --- |" + " ---: |" * len(DENSITIES))
        for escaper in ESCAPERS:
            cells = []
            for d in DENSITIES:
                ns = times[context, d, escaper]
                size = ESCAPE_INPUT.get(f"escape/{context}/{d}")
                if ns is None or size is None:
                    cells.append("—")
                    continue
                copy, sailfish = times[context, d, "copy"], times[context, d, "sailfish"]
                cells.append(f"{size / ns:.2f} ({copy / ns:.0%} of copy; {sailfish / ns:.2f}× sailfish)")
            print(f"| {escaper} | " + " | ".join(cells) + " |")
        print()
    # (target, context, density, baseline, at least, how the ratio is shown): each ratio is
    # the baseline's time over vetted's, so a share of the copy or a speed relative to sailfish.
    targets = [
        ("text escaping, clean: ≥ 60 % of copy", "text", "clean", "copy", 0.60, "{:.0%}"),
        ("text escaping, 1 %: ≥ sailfish's speed", "text", "1pct", "sailfish", 1.0, "{:.3f}×"),
        ("text escaping, 20 %: ≥ 2× sailfish's speed", "text", "20pct", "sailfish", 2.0, "{:.3f}×"),
        ("attribute escaping, clean: ≥ 45 % of copy", "attribute", "clean", "copy", 0.45, "{:.0%}"),
    ]
    for target, context, density, baseline, least, shown in targets:
        vetted, base = times[context, density, "vetted"], times[context, density, baseline]
        if None not in (vetted, base):
            measured = base / vetted
            checks.append((target, shown.format(measured), measured >= least))


def json_bench():
    rows = []
    for size in ("10KiB", "1MiB"):
        for density in ("few-escapes", "dense-escapes"):
            group = f"json/{size}/{density}"
            vetted, serde = median_ns(group, "vetted"), median_ns(group, "serde_json")
            if vetted is None or serde is None:
                continue
            rows.append(f"| {size} {density} | {show_time(vetted)} | {show_time(serde)} | "
                        f"{vetted / serde:.2f}× |")
    if rows:
        print("## HTML-safe JSON: vetted::Json::new against serde_json::to_string (median)\n")
        print("| payload | vetted | serde_json | vetted / serde_json |")
        print("| --- | ---: | ---: | ---: |")
        print("\n".join(rows))
        print()


def main():
    if not os.path.isdir(ROOT):
        sys.exit("no target/criterion: run the benches first")
    templates()
    escape()
    json_bench()
    if checks:
        print("## Targets (criterion)\n")
        print("| target | measured | |")
        print("| --- | ---: | --- |")
        for name, value, ok in checks:
            print(f"| {name} | {value} | {verdict(ok)} |")
        print()


main()
