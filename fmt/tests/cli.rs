//! The binary: `--check`, `--stdin`, directories, exit codes, and files it cannot read.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vetted-fmt-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn vetted_fmt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_vetted-fmt"))
}

const UNFORMATTED: &str =
    "fn f() -> vetted::Html {\n    vetted::html! {\n        <p>  {1}  </p>\n    }\n}\n";
const FORMATTED: &str = "fn f() -> vetted::Html {\n    vetted::html! { <p>{1}</p> }\n}\n";

#[test]
fn formats_directories_and_skips_target() {
    let dir = scratch("dirs");
    std::fs::create_dir_all(dir.join("src")).expect("src");
    std::fs::create_dir_all(dir.join("target")).expect("target");
    std::fs::write(dir.join("src/a.rs"), UNFORMATTED).expect("write");
    std::fs::write(dir.join("target/b.rs"), UNFORMATTED).expect("write");
    let status = vetted_fmt().arg(&dir).status().expect("runs");
    assert_eq!(status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(dir.join("src/a.rs")).unwrap(),
        FORMATTED
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("target/b.rs")).unwrap(),
        UNFORMATTED
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_prints_a_diff_writes_nothing_and_exits_1() {
    let dir = scratch("check");
    let file = dir.join("a.rs");
    std::fs::write(&file, UNFORMATTED).expect("write");
    let output = vetted_fmt()
        .arg("--check")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let diff = String::from_utf8(output.stdout).expect("utf-8");
    assert!(diff.contains("-    vetted::html! {\n"), "{diff}");
    assert!(
        diff.contains("+    vetted::html! { <p>{1}</p> }\n"),
        "{diff}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), UNFORMATTED);

    std::fs::write(&file, FORMATTED).expect("write");
    let output = vetted_fmt()
        .arg("--check")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn max_width_comes_from_the_nearest_rustfmt_toml() {
    let dir = scratch("width");
    std::fs::write(dir.join("rustfmt.toml"), "max_width = 30\n").expect("write");
    std::fs::create_dir_all(dir.join("src")).expect("src");
    let file = dir.join("src/a.rs");
    std::fs::write(&file, FORMATTED).expect("write");
    assert_eq!(vetted_fmt().arg(&file).status().unwrap().code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "fn f() -> vetted::Html {\n    vetted::html! {\n        <p>{1}</p>\n    }\n}\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_to_stdout() {
    let mut child = vetted_fmt()
        .arg("--stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(UNFORMATTED.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), FORMATTED);
}

#[test]
fn unparsable_files_are_reported_with_file_and_line_and_left_unchanged() {
    let dir = scratch("broken");
    let rust = dir.join("rust.rs");
    let markup = dir.join("markup.rs");
    let fine = dir.join("fine.rs");
    let broken_rust = "fn f() {\n    let x = ;\n}\n";
    let broken_markup = "fn f() {\n    vetted::html! {\n        <p>\"a\"</div>\n    };\n}\n";
    std::fs::write(&rust, broken_rust).unwrap();
    std::fs::write(&markup, broken_markup).unwrap();
    std::fs::write(&fine, UNFORMATTED).unwrap();
    let output = vetted_fmt().arg(&dir).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("error: {}:2:", rust.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("error: {}:3:", markup.display())),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&rust).unwrap(), broken_rust);
    assert_eq!(std::fs::read_to_string(&markup).unwrap(), broken_markup);
    // The other files are still formatted.
    assert_eq!(std::fs::read_to_string(&fine).unwrap(), FORMATTED);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_options_and_missing_paths_are_errors() {
    assert_eq!(
        vetted_fmt()
            .arg("--frobnicate")
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(vetted_fmt().output().unwrap().status.code(), Some(2));
    let missing = vetted_fmt().arg("/no/such/file.rs").output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
}
