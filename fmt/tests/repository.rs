//! Every template in the repository: formatting succeeds (or leaves the file as it is), keeps
//! every token of every file and every macro body, and formatting twice = formatting once.
//! `ui-tests/` is left out: its compile-fail cases are broken on purpose.

use std::path::{Path, PathBuf};

use vetted_fmt::{Config, format_source, macro_tokens, tokens};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !matches!(name.as_ref(), "target" | "node_modules" | "ui-tests") {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_template_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in [
        "tests",
        "runtime/examples",
        "examples/guestbook/src",
        "benches",
        "fmt/tests/golden",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 30, "found only {} files", files.len());
    let mut invocations = 0;
    let config = Config::default();
    for file in &files {
        let src = std::fs::read_to_string(file).expect("readable");
        let shown = file.display();
        let before = macro_tokens(&src).unwrap_or_else(|e| panic!("{shown}:{e}"));
        invocations += before.len();
        let once = match format_source(&src, &config) {
            Ok(once) => once,
            // Left unchanged, with the error: nothing more to check.
            Err(error) => {
                eprintln!("{shown}:{error}");
                continue;
            }
        };
        assert_eq!(tokens(&src), tokens(&once.text), "{shown}: tokens changed");
        assert_eq!(
            before,
            macro_tokens(&once.text).expect("formatted lexes"),
            "{shown}: macro tokens changed"
        );
        let twice = format_source(&once.text, &config).expect("formatted formats");
        if twice.text != once.text {
            panic!(
                "{shown}: not idempotent:\n{}",
                vetted_fmt::unified_diff(&shown.to_string(), &once.text, &twice.text)
            );
        }
    }
    assert!(invocations > 300, "found only {invocations} invocations");
}
