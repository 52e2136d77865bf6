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
