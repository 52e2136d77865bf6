//! Not a criterion bench: renders one template with one engine a given number of times, so
//! `callgrind.sh` can count instructions per render (the difference between two counts).
//!
//! `render ENGINE TEMPLATE ITERATIONS` (or `show` instead of ITERATIONS to print the page), with TEMPLATE one of `big-table-10`, `big-table-100`,
//! `big-table-500`, `teams`, `teams-hostile-1pct`, `teams-hostile-20pct`; or, to count an
//! escaper's instructions on the 1 MiB inputs of `escape.rs`, `render ESCAPER escape-CONTEXT-DENSITY
//! ITERATIONS` (CONTEXT `text` or `attribute`, DENSITY `clean`, `1pct` or `20pct`; ESCAPER as named
//! in `escape.rs`, `copy` included). Run without those arguments (as `cargo bench` does), it
//! renders every template once and exits.

mod engines;
mod escapers;

use std::hint::black_box;
use std::process::ExitCode;
use vetted_benches::{
    ESCAPE_CONTEXTS, ESCAPE_DENSITIES, big_table, big_table_large, escape_input, hostile_teams,
    teams,
};

/// The escaper named `escaper` and the 1 MiB input of `escape.rs` named by `input`
/// (`text-1pct`, ...).
fn escape_case(escaper: &str, input: &str) -> Option<(escapers::Escape, String)> {
    let (context, density) = input.split_once('-')?;
    let (_, specials) = ESCAPE_CONTEXTS
        .into_iter()
        .find(|(name, _)| *name == context)?;
    let (_, percent) = ESCAPE_DENSITIES
        .into_iter()
        .find(|(name, _)| *name == density)?;
    let (_, escape) = escapers::escapers(context == "attribute")
        .into_iter()
        .find(|(name, _)| *name == escaper)?;
    Some((escape, escape_input(specials, percent)))
}

/// Escapes `input` `iterations` times into one reserved buffer and returns the last output.
/// Never inlined, so `callgrind.sh` can profile only this call.
#[inline(never)]
fn escape_loop(escape: escapers::Escape, input: &str, iterations: u64) -> String {
    let mut out = String::with_capacity(input.len() * 6);
    for _ in 0..iterations {
        out.clear();
        escape(black_box(input), &mut out);
    }
    out
}

/// Renders `template` `iterations` times and returns the last page. Never inlined, so
/// `callgrind.sh` can profile only this call (`--toggle-collect`).
#[inline(never)]
fn render_loop(engine: &engines::Engine, template: &str, iterations: u64) -> Option<String> {
    let mut last = String::new();
    if let Some(n) = template.strip_prefix("big-table-") {
        let rows = match n.strip_prefix("large-") {
            Some(n) => big_table_large(n.parse().ok()?),
            None => big_table(n.parse().ok()?),
        };
        for _ in 0..iterations {
            last = (engine.big_table)(black_box(&rows));
        }
    } else {
        let page = match template {
            "teams" => teams(),
            "teams-hostile-1pct" => hostile_teams(1),
            "teams-hostile-20pct" => hostile_teams(20),
            _ => return None,
        };
        for _ in 0..iterations {
            last = (engine.teams)(black_box(&page));
        }
    }
    Some(last)
}

fn main() -> ExitCode {
    // `cargo bench` adds `--bench`.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let [engine, template, iterations] = args.as_slice() else {
        for engine in engines::ENGINES {
            for template in ["big-table-10", "teams", "teams-hostile-20pct"] {
                render_loop(engine, template, 1);
            }
        }
        return ExitCode::SUCCESS;
    };
    let show = iterations == "show";
    let iterations = if show { Ok(1) } else { iterations.parse() };
    if let Some(input) = template.strip_prefix("escape-") {
        let Ok(iterations) = iterations else {
            eprintln!("usage: render ESCAPER escape-CONTEXT-DENSITY ITERATIONS|show");
            return ExitCode::FAILURE;
        };
        return match escape_case(engine, input) {
            Some((escape, input)) => {
                println!("{} bytes", escape_loop(escape, &input, iterations).len());
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("unknown escaper {engine} or input {template}");
                ExitCode::FAILURE
            }
        };
    }
    let (Some(engine), Ok(iterations)) = (engines::engine(engine), iterations) else {
        eprintln!("usage: render ENGINE TEMPLATE ITERATIONS|show");
        return ExitCode::FAILURE;
    };
    match render_loop(engine, template, iterations) {
        Some(page) => {
            if show {
                println!("{page}");
            } else {
                println!("{} bytes", page.len());
            }
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("unknown template {template}");
            ExitCode::FAILURE
        }
    }
}
