//! Golden tests: each `golden/NAME.in.rs` formats to `golden/NAME.out.rs`, which formats to
//! itself. `BLESS=1 cargo test -p vetted-fmt --test golden` rewrites the expected files (review
//! the diff before committing).

use std::path::Path;

use vetted_fmt::{Config, format_source, macro_tokens, tokens};

#[test]
fn golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("the golden directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".in.rs"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "golden inputs missing");
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for input in inputs {
        let src = std::fs::read_to_string(&input).expect("readable input");
        let expected_path = input.to_string_lossy().replace(".in.rs", ".out.rs");
        let formatted = format_source(&src, &Config::default())
            .unwrap_or_else(|e| panic!("{}:{e}", input.display()));
        assert!(
            formatted.notes.is_empty(),
            "{}: {:?}",
            input.display(),
            formatted.notes
        );
        assert_eq!(tokens(&src), tokens(&formatted.text), "{}", input.display());
        assert_eq!(
            macro_tokens(&src),
            macro_tokens(&formatted.text),
            "{}",
            input.display()
        );
        let again = format_source(&formatted.text, &Config::default()).expect("formats again");
        assert_eq!(
            again.text,
            formatted.text,
            "{}: not idempotent",
            input.display()
        );
        if bless {
            std::fs::write(&expected_path, &formatted.text).expect("writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != formatted.text {
            failures.push(format!(
                "{}:\n{}",
                input.display(),
                vetted_fmt::unified_diff(&expected_path, &expected, &formatted.text)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A comment where the printer has no place for it (between `@if` and its condition, before
/// `@else`, after `=>`) leaves that invocation as written, with a note; the others are
/// still formatted.
#[test]
fn comments_the_printer_cannot_place_leave_the_invocation_unchanged() {
    let src = "fn f() {\n    let a = html! { @if /* c1 */ x { \"a\" } // c2\n        @else { \"b\" } };\n    let c = html! { @match x { 1 => /* c4 */ { \"a\" } _ => {} } };\n    let d = html! {   <p>\"x\"</p>   };\n}\n";
    let formatted = format_source(src, &Config::default()).expect("formats");
    assert_eq!(formatted.notes.len(), 2, "{:?}", formatted.notes);
    assert_eq!(formatted.notes[0].line, 2);
    assert_eq!(formatted.notes[1].line, 4);
    assert_eq!(
        formatted.text,
        src.replace("html! {   <p>\"x\"</p>   }", "html! { <p>\"x\"</p> }")
    );
}

/// A file that is not Rust, or holds markup the formatter cannot read, is an error at its
/// line, and nothing is formatted.
#[test]
fn unreadable_files_are_errors_at_their_line() {
    let not_rust = "fn f() {\n    let x = ;\n}\n";
    let error = format_source(not_rust, &Config::default()).expect_err("not Rust");
    assert_eq!(error.line, 2);
    let bad_markup = "fn f() {\n    html! {   <p>\"ok\"</p>   };\n    html! {\n        <p>\"a\"</div>\n    };\n}\n";
    let error = format_source(bad_markup, &Config::default()).expect_err("bad markup");
    assert_eq!((error.line, error.column), (4, 15), "{error}");
    assert!(error.message.contains("`</div>`"), "{error}");
    let unbalanced = "fn f() { html! { <p>\"a\" }\n";
    assert!(format_source(unbalanced, &Config::default()).is_err());
}
