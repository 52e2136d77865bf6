//! `vetted-fmt [--check] [--stdin] PATHS...`: formats the markup inside `html!` and `lazy!`.
//!
//! Exit status: 0 when done (or nothing to change), 1 when `--check` finds a file to change,
//! 2 when a file cannot be read or formatted (it is left unchanged, and the error names it).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use vetted_fmt::{Config, format_source, max_width_for, unified_diff};

const USAGE: &str = "\
usage: vetted-fmt [--check] PATHS...
       vetted-fmt [--check] --stdin

Formats the markup inside vetted's `html!` and `lazy!` invocations in the given `.rs` files,
and in every `.rs` file under the given directories (skipping `target/` and `node_modules/`).
The line width is `max_width` of the nearest rustfmt.toml (100 without one).

  --check   write nothing; print what would change, and exit with 1 if anything would
  --stdin   read one file from standard input and write the result to standard output";

fn main() -> ExitCode {
    let mut check = false;
    let mut stdin = false;
    let mut paths = Vec::new();
    let mut options_done = false;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--check") if !options_done => check = true,
            Some("--stdin") if !options_done => stdin = true,
            Some("--help" | "-h") if !options_done => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some("--") if !options_done => options_done = true,
            Some(option) if option.starts_with('-') && !options_done => {
                eprintln!("vetted-fmt: unknown option `{option}`\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if stdin {
        if !paths.is_empty() {
            eprintln!("vetted-fmt: `--stdin` takes no paths\n\n{USAGE}");
            return ExitCode::from(2);
        }
        return run_stdin(check);
    }
    if paths.is_empty() {
        eprintln!("vetted-fmt: no paths given\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let mut run = Run {
        check,
        widths: HashMap::new(),
        failed: false,
        differs: false,
    };
    for path in &paths {
        run.path(path);
    }
    if run.failed {
        ExitCode::from(2)
    } else if run.differs {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_stdin(check: bool) -> ExitCode {
    let mut src = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut src) {
        eprintln!("error: <stdin>: {error}");
        return ExitCode::from(2);
    }
    let dir = std::env::current_dir().unwrap_or_default();
    let config = Config {
        max_width: max_width_for(&dir),
    };
    let mut stdout = std::io::stdout().lock();
    match format_source(&src, &config) {
        Ok(formatted) => {
            for note in &formatted.notes {
                eprintln!("note: <stdin>:{note}");
            }
            let written = if check {
                let diff = unified_diff("<stdin>", &src, &formatted.text);
                let _ = stdout.write_all(diff.as_bytes());
                if !diff.is_empty() {
                    return ExitCode::from(1);
                }
                Ok(())
            } else {
                stdout.write_all(formatted.text.as_bytes())
            };
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::from(2),
            }
        }
        Err(error) => {
            eprintln!("error: <stdin>:{error}");
            if !check {
                let _ = stdout.write_all(src.as_bytes());
            }
            ExitCode::from(2)
        }
    }
}

struct Run {
    check: bool,
    /// `max_width` by directory.
    widths: HashMap<PathBuf, usize>,
    failed: bool,
    differs: bool,
}

impl Run {
    fn path(&mut self, path: &Path) {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => self.dir(path),
            Ok(_) => self.file(path),
            Err(error) => {
                eprintln!("error: {}: {error}", path.display());
                self.failed = true;
            }
        }
    }

    fn dir(&mut self, dir: &Path) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                eprintln!("error: {}: {error}", dir.display());
                self.failed = true;
                return;
            }
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for entry in entries {
            let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let Ok(kind) = std::fs::symlink_metadata(&entry).map(|m| m.file_type()) else {
                continue;
            };
            if kind.is_dir() {
                if !matches!(name, "target" | "node_modules") && !name.starts_with('.') {
                    self.dir(&entry);
                }
            } else if kind.is_file() && name.ends_with(".rs") {
                self.file(&entry);
            }
        }
    }

    fn file(&mut self, path: &Path) {
        let shown = path.display().to_string();
        let src = match std::fs::read_to_string(path) {
            Ok(src) => src,
            Err(error) => {
                eprintln!("error: {shown}: {error}");
                self.failed = true;
                return;
            }
        };
        let dir = path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .unwrap_or(Path::new("."));
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        let max_width = *self
            .widths
            .entry(dir.clone())
            .or_insert_with(|| max_width_for(&dir));
        let formatted = match format_source(&src, &Config { max_width }) {
            Ok(formatted) => formatted,
            Err(error) => {
                eprintln!("error: {shown}:{error}");
                self.failed = true;
                return;
            }
        };
        for note in &formatted.notes {
            eprintln!("note: {shown}:{note}");
        }
        if formatted.text == src {
            return;
        }
        if self.check {
            print!("{}", unified_diff(&shown, &src, &formatted.text));
            self.differs = true;
        } else if let Err(error) = std::fs::write(path, &formatted.text) {
            eprintln!("error: {shown}: {error}");
            self.failed = true;
        }
    }
}
