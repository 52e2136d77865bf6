//! Times formatting a generated 10 000-line file with many `html!` invocations:
//! `cargo run --release -p vetted-fmt --example bench`.

use std::fmt::Write;
use std::time::Instant;

use vetted_fmt::{Config, format_source};

/// About 20 lines of Rust with two invocations, written untidily so that they all change.
fn chunk(out: &mut String, i: usize) {
    let _ = write!(
        out,
        r#"
/// Page {i}.
pub fn page_{i}(user: &User, items: &[Item]) -> vetted::Html {{
    let title = format!("Page {{}}", {i});
    vetted::html! {{
        <div class="page" id="page-{i}" data-index={{{i}}} hx-get=("/pages/" {{user.id}} "/more") hx-trigger="revealed">
        <h1>{{title}}</h1>
        // The items, or a note when there are none.
        @if items.is_empty() {{ <p class="empty">"Nothing here yet."</p> }}
        @else {{
        <ul>
        @for item in items {{ <li class:done={{item.done}}><a href={{item.url.as_str()}}>{{item.name}}</a></li> }}
        </ul>
        }}
        </div>
    }}
}}

fn badge_{i}(n: u32) -> impl vetted::Render {{
    vetted::lazy! {{ <span class="badge">   {{n}}   </span> }}
}}
"#
    );
}

fn main() {
    let mut src = String::from("//! Generated.\n");
    let mut i = 0;
    while src.lines().count() < 10_000 {
        chunk(&mut src, i);
        i += 1;
    }
    let lines = src.lines().count();
    let config = Config::default();
    // One run to warm up, then the best of five.
    let formatted = format_source(&src, &config).expect("the generated file formats");
    assert_ne!(formatted.text, src);
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let again = format_source(&src, &config).expect("formats");
        best = best.min(start.elapsed().as_secs_f64());
        assert_eq!(again.text, formatted.text);
    }
    let start = Instant::now();
    let idempotent = format_source(&formatted.text, &config).expect("formats");
    let second = start.elapsed().as_secs_f64();
    assert_eq!(idempotent.text, formatted.text);
    println!(
        "{lines} lines, {} invocations: formatted in {:.1} ms (best of 5); already formatted: {:.1} ms",
        2 * i,
        best * 1000.0,
        second * 1000.0
    );
}
