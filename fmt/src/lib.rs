//! `vetted-fmt`: formats the markup inside vetted's `html!` and `lazy!` invocations the way
//! rustfmt formats Rust (rustfmt leaves macro bodies alone).
//!
//! Only whitespace changes: every tag, attribute and literal is printed as written; the Rust
//! of a `{expr}` or a control-flow header is laid out by prettyplease when the result is one
//! line with the same tokens, and kept as written otherwise; comments and blank lines between
//! children are kept, and everything outside the invocations is left byte for byte. Each
//! formatted body is checked before it is used: re-read, it must hold the same tokens and the
//! same comments, or the invocation is left as it was.

mod diff;
mod lex;
mod markup;
mod print;
mod rust;

use std::path::{Path, PathBuf};

use proc_macro2::Delimiter;

pub use diff::unified_diff;

/// How wide a line may be, as rustfmt's `max_width`.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// The widest a line may be, in characters.
    pub max_width: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { max_width: 100 }
    }
}

/// Why a file is left unchanged, or why one invocation is: a position and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// The result of formatting a file.
#[derive(Clone, Debug)]
pub struct Formatted {
    /// The file with every invocation formatted.
    pub text: String,
    /// Invocations left as written because the formatter cannot lay them out without losing
    /// something (for instance a comment in a place it does not print comments).
    pub notes: Vec<Error>,
}

/// Formats every `html!`/`lazy!` invocation in `src`, a Rust file. A file that is not Rust, or
/// holds a macro body that is not markup, is an error (and nothing is changed).
pub fn format_source(src: &str, config: &Config) -> Result<Formatted, Error> {
    let result = format_file(src, config);
    // The positions of this file's tokens are no longer needed.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

enum Outcome {
    Formatted(String),
    Unchanged(Error),
}

fn format_file(src: &str, config: &Config) -> Result<Formatted, Error> {
    let (stream, lines) = lex::tokenize(src)?;
    if let Err(error) = syn::parse2::<syn::File>(stream.clone()) {
        let start = error.span().start();
        return Err(Error {
            line: start.line,
            column: start.column + 1,
            message: format!("not valid Rust: {error}"),
        });
    }
    let mut out = String::with_capacity(src.len() + src.len() / 8);
    let mut copied = 0;
    let mut notes = Vec::new();
    for invocation in lex::invocations(&stream, &lines) {
        let open = lines.range(invocation.group.span_open());
        let close = lines.range(invocation.group.span_close());
        if open.0 < copied || close.1 > src.len() {
            continue;
        }
        out.push_str(&src[copied..open.0]);
        copied = open.0;
        match format_invocation(src, &lines, &invocation, &out, config) {
            Ok(Outcome::Formatted(text)) => {
                out.push_str(&text);
                copied = close.1;
            }
            Ok(Outcome::Unchanged(note)) => notes.push(note),
            Err(error) => return Err(error),
        }
    }
    out.push_str(&src[copied..]);
    Ok(Formatted { text: out, notes })
}

fn format_invocation(
    src: &str,
    lines: &lex::Lines,
    invocation: &lex::Invocation,
    before: &str,
    config: &Config,
) -> Result<Outcome, Error> {
    let group = &invocation.group;
    let open = lines.range(group.span_open());
    let close = lines.range(group.span_close());
    let (lo, hi) = (open.1, close.0);
    let at = |offset: usize, message: String| {
        let (line, column) = lines.position(offset);
        Error {
            line,
            column,
            message,
        }
    };
    let unchanged = |message: &str| {
        Ok(Outcome::Unchanged(at(
            invocation.name,
            format!("{message}; this invocation is left as written"),
        )))
    };
    if src[open.0..close.1].contains('\r') {
        return unchanged("carriage returns in the macro body");
    }
    let mut tokens = Vec::new();
    lex::flatten(&group.stream(), lines, &mut tokens);
    let Some(comments) = lex::comments(src, &tokens, lo, hi) else {
        return unchanged("unexpected text between tokens");
    };
    let (block, pieces) = markup::parse(group.stream(), lines, lo, hi)
        .map_err(|e| at(e.at, format!("cannot read the markup: {}", e.message)))?;
    let mut rewrites: Vec<(lex::R, String)> = pieces
        .iter()
        .filter(|piece| {
            // No comment in what would be rewritten.
            let first = comments.partition_point(|c| c.range.0 < piece.replace.0);
            comments
                .get(first)
                .is_none_or(|c| c.range.0 >= piece.replace.1)
        })
        .filter_map(|piece| {
            let code = src.get(piece.code.0..piece.code.1)?;
            let laid_out = rust::format(code, piece.kind)?;
            let text = match piece.kind {
                markup::RustKind::Splice => format!("{{{laid_out}}}"),
                markup::RustKind::Header(_) | markup::RustKind::For => format!(" {laid_out}"),
            };
            (src.get(piece.replace.0..piece.replace.1)? != text).then_some((piece.replace, text))
        })
        .collect();
    rewrites.sort_by_key(|(r, _)| r.0);
    let mut protected: Vec<lex::R> = tokens
        .iter()
        .filter(|t| t.literal && src[t.range.0..t.range.1].contains('\n'))
        .map(|t| t.range)
        .chain(
            comments
                .iter()
                .filter(|c| c.block && src[c.range.0..c.range.1].contains('\n'))
                .map(|c| c.range),
        )
        .collect();
    protected.sort_unstable();

    let line = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let base: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let suffix = suffix_width(&src[close.1..]);
    let (Some(open_char), Some(close_char)) = lex::delimiters(group.delimiter()) else {
        return unchanged("no delimiters");
    };
    let mut printer = print::Printer {
        src,
        max: config.max_width,
        base,
        col0: line.chars().count(),
        comments: comments.clone(),
        protected,
        rewrites,
        out: String::new(),
    };
    let text = printer.body(&block, (open_char, close_char), suffix);

    // The check: the same tokens and the same comments, in the same order.
    let mut expected = vec![lex::Flat {
        range: (0, 0),
        text: open_char.to_string(),
        literal: false,
    }];
    expected.extend(tokens.iter().cloned());
    expected.push(lex::Flat {
        range: (0, 0),
        text: close_char.to_string(),
        literal: false,
    });
    let Ok((stream, text_lines)) = lex::tokenize(&text) else {
        return unchanged("internal error: the formatted body does not lex");
    };
    let mut again = Vec::new();
    lex::flatten(&stream, &text_lines, &mut again);
    let same_tokens =
        again.len() == expected.len() && again.iter().zip(&expected).all(|(a, b)| a.text == b.text);
    let again_comments = lex::comments(&text, &again, 0, text.len()).unwrap_or_default();
    let comment_text = |text: &str, c: &lex::Comment| text[c.range.0..c.range.1].to_owned();
    let same_comments = again_comments.len() == comments.len()
        && again_comments
            .iter()
            .zip(&comments)
            .all(|(a, b)| comment_text(&text, a) == comment_text(src, b));
    if !same_tokens || !same_comments {
        return unchanged("a comment is in a place the formatter cannot keep it");
    }
    if group.delimiter() == Delimiter::None {
        return unchanged("no delimiters");
    }
    Ok(Outcome::Formatted(text))
}

/// The width of what follows the macro on its line, up to the first `,` or `;`: it has to fit
/// on the line too when the body stays on one line.
fn suffix_width(after: &str) -> usize {
    let line = after.split('\n').next().unwrap_or("");
    let end = line.find([',', ';']).map_or(line.len(), |i| i + 1);
    line[..end].trim_end().chars().count()
}

/// Every token of `src`, in order (delimiters included), as text: what formatting must keep.
pub fn tokens(src: &str) -> Result<Vec<String>, Error> {
    let result = lex::tokenize(src).map(|(stream, lines)| {
        let mut flat = Vec::new();
        lex::flatten(&stream, &lines, &mut flat);
        flat.into_iter().map(|t| t.text).collect()
    });
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

/// The tokens of each `html!`/`lazy!` body in `src`, as text.
pub fn macro_tokens(src: &str) -> Result<Vec<Vec<String>>, Error> {
    let result = lex::tokenize(src).map(|(stream, lines)| {
        lex::invocations(&stream, &lines)
            .into_iter()
            .map(|invocation| {
                let mut flat = Vec::new();
                lex::flatten(&invocation.group.stream(), &lines, &mut flat);
                flat.into_iter().map(|t| t.text).collect()
            })
            .collect()
    });
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

/// The `max_width` of the nearest `rustfmt.toml` or `.rustfmt.toml` in `dir` or a directory
/// above it; 100 if there is none.
pub fn max_width_for(dir: &Path) -> usize {
    let mut current: Option<PathBuf> = Some(dir.to_path_buf());
    while let Some(dir) = current {
        for name in ["rustfmt.toml", ".rustfmt.toml"] {
            if let Ok(text) = std::fs::read_to_string(dir.join(name)) {
                return max_width_in(&text).unwrap_or(100);
            }
        }
        current = dir.parent().map(Path::to_path_buf);
    }
    100
}

/// `max_width = N` in a rustfmt configuration.
fn max_width_in(text: &str) -> Option<usize> {
    text.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        if key.trim() != "max_width" {
            return None;
        }
        let value = value.split('#').next()?.trim();
        value.parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::max_width_in;

    #[test]
    fn reads_max_width() {
        assert_eq!(
            max_width_in("edition = \"2024\"\nmax_width = 80 # narrow\n"),
            Some(80)
        );
        assert_eq!(max_width_in("edition = \"2024\"\n"), None);
    }
}
