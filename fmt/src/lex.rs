//! The source as tokens with byte ranges: where each `html!`/`lazy!` invocation is, and the
//! comments between tokens (which token streams drop).

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, LineColumn, Spacing, Span, TokenStream, TokenTree};

use crate::Error;

/// A byte range in the source: `(start, end)`.
pub(crate) type R = (usize, usize);

/// Turns the line and column of a token (which the lexer keeps cheaply) into byte offsets, and
/// byte offsets into the line and column of a message.
pub(crate) struct Lines {
    text: String,
    starts: Vec<usize>,
    /// Whether each line is ASCII (a column is then a byte count).
    ascii: Vec<bool>,
}

impl Lines {
    pub(crate) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let ascii = starts
            .iter()
            .enumerate()
            .map(|(i, &start)| {
                let end = starts.get(i + 1).copied().unwrap_or(text.len());
                text.get(start..end).is_some_and(|line| line.is_ascii())
            })
            .collect();
        Lines {
            text: text.to_owned(),
            starts,
            ascii,
        }
    }

    /// The byte range of `span`.
    pub(crate) fn range(&self, span: Span) -> R {
        (self.byte(span.start()), self.byte(span.end()))
    }

    fn byte(&self, at: LineColumn) -> usize {
        let line = at.line.saturating_sub(1);
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        if self.ascii.get(line).copied().unwrap_or(false) {
            return (start + at.column).min(self.text.len());
        }
        let rest = self.text.get(start..).unwrap_or("");
        rest.char_indices()
            .nth(at.column)
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// The 0-based line holding `offset`.
    fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// The 1-based line and column (in characters) of `offset`.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset.min(self.text.len()))
            .map_or(0, |before| before.chars().count());
        (line + 1, column + 1)
    }
}

/// The tokens of a whole file, and where they are. A byte-order mark and a shebang line are
/// blanked out (same byte length) first, so byte ranges still index `src`.
pub(crate) fn tokenize(src: &str) -> Result<(TokenStream, Lines), Error> {
    let mut text = src.to_owned();
    if text.starts_with('\u{feff}') {
        text.replace_range(.."\u{feff}".len(), "   ");
    }
    if text.starts_with("#!") && !text.trim_start_matches("#!").trim_start().starts_with('[') {
        let end = text.find('\n').unwrap_or(text.len());
        let blank = " ".repeat(end);
        text.replace_range(..end, &blank);
    }
    match TokenStream::from_str(&text) {
        Ok(stream) => Ok((stream, Lines::new(&text))),
        Err(error) => {
            let start = error.span().start();
            Err(Error {
                line: start.line,
                column: start.column + 1,
                message: format!("not Rust that the formatter can read: {error}"),
            })
        }
    }
}

/// The text of every token of `code`, delimiters included; `None` if it does not lex.
pub(crate) fn token_texts(code: &str) -> Option<Vec<String>> {
    let (stream, lines) = tokenize(code).ok()?;
    let mut flat = Vec::new();
    flatten(&stream, &lines, &mut flat);
    Some(flat.into_iter().map(|t| t.text).collect())
}

/// One token as the formatter compares it: a delimiter, or an identifier, punctuation or
/// literal with its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Flat {
    pub(crate) range: R,
    pub(crate) text: String,
    /// A literal (its newlines are part of its text and never re-indented).
    pub(crate) literal: bool,
}

/// Every token of `stream` in order, delimiters included.
pub(crate) fn flatten(stream: &TokenStream, lines: &Lines, out: &mut Vec<Flat>) {
    for tt in stream.clone() {
        match &tt {
            TokenTree::Group(group) => {
                let (open, close) = delimiters(group.delimiter());
                if let Some(open) = open {
                    out.push(Flat {
                        range: lines.range(group.span_open()),
                        text: open.to_string(),
                        literal: false,
                    });
                }
                flatten(&group.stream(), lines, out);
                if let Some(close) = close {
                    out.push(Flat {
                        range: lines.range(group.span_close()),
                        text: close.to_string(),
                        literal: false,
                    });
                }
            }
            TokenTree::Literal(lit) => out.push(Flat {
                range: lines.range(lit.span()),
                text: lit.to_string(),
                literal: true,
            }),
            TokenTree::Ident(ident) => out.push(Flat {
                range: lines.range(ident.span()),
                text: ident.to_string(),
                literal: false,
            }),
            TokenTree::Punct(punct) => out.push(Flat {
                range: lines.range(punct.span()),
                text: punct.as_char().to_string(),
                literal: false,
            }),
        }
    }
}

pub(crate) fn delimiters(delimiter: Delimiter) -> (Option<char>, Option<char>) {
    match delimiter {
        Delimiter::Brace => (Some('{'), Some('}')),
        Delimiter::Parenthesis => (Some('('), Some(')')),
        Delimiter::Bracket => (Some('['), Some(']')),
        Delimiter::None => (None, None),
    }
}

/// A `//` or `/* */` comment between tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Comment {
    pub(crate) range: R,
    pub(crate) block: bool,
}

/// The comments in `src[lo..hi]`, given the tokens inside it in order. `None` if the text
/// between tokens holds something that is neither whitespace nor a comment.
pub(crate) fn comments(src: &str, tokens: &[Flat], lo: usize, hi: usize) -> Option<Vec<Comment>> {
    let mut found = Vec::new();
    let mut pos = lo;
    for token in tokens {
        if token.range.0 > pos {
            gap(src, pos, token.range.0, &mut found)?;
        }
        pos = pos.max(token.range.1);
    }
    if hi > pos {
        gap(src, pos, hi, &mut found)?;
    }
    Some(found)
}

fn gap(src: &str, lo: usize, hi: usize, found: &mut Vec<Comment>) -> Option<()> {
    let text = src.get(lo..hi)?;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            let len = rest.find('\n').unwrap_or(rest.len());
            let len = rest[..len].trim_end().len();
            found.push(Comment {
                range: (lo + i, lo + i + len),
                block: false,
            });
            i += len;
        } else if rest.starts_with("/*") {
            let mut depth = 0usize;
            let mut j = 0;
            let b = rest.as_bytes();
            loop {
                if j + 1 >= b.len() {
                    return None;
                }
                if b[j] == b'/' && b[j + 1] == b'*' {
                    depth += 1;
                    j += 2;
                } else if b[j] == b'*' && b[j + 1] == b'/' {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            found.push(Comment {
                range: (lo + i, lo + i + j),
                block: true,
            });
            i += j;
        } else {
            let c = rest.chars().next()?;
            if !c.is_whitespace() {
                return None;
            }
            i += c.len_utf8();
        }
    }
    Some(())
}

/// An `html!` or `lazy!` invocation found in the file.
pub(crate) struct Invocation {
    /// The `html`/`lazy` name (or the start of its path), for messages.
    pub(crate) name: usize,
    pub(crate) group: Group,
}

/// Every `html!`/`lazy!` of vetted in `stream`, outside other invocations of them. A bare
/// `html!` counts unless the file imports an `html` from elsewhere (`use maud::html;`).
pub(crate) fn invocations(stream: &TokenStream, lines: &Lines) -> Vec<Invocation> {
    let mut foreign = Foreign::default();
    foreign_imports(stream, &mut foreign);
    let mut found = Vec::new();
    find(stream, lines, &foreign, &mut found);
    found
}

#[derive(Default)]
struct Foreign {
    html: bool,
    lazy: bool,
}

fn foreign_imports(stream: &TokenStream, foreign: &mut Foreign) {
    let tts: Vec<TokenTree> = stream.clone().into_iter().collect();
    let mut k = 0;
    while k < tts.len() {
        match &tts[k] {
            TokenTree::Ident(ident) if ident == "use" => {
                let mut words = Vec::new();
                let mut j = k + 1;
                while j < tts.len() && !is_punct(&tts[j], ';') {
                    collect_idents(&tts[j], &mut words);
                    j += 1;
                }
                if !words.iter().any(|w| w == "vetted") {
                    foreign.html |= words.iter().any(|w| w == "html");
                    foreign.lazy |= words.iter().any(|w| w == "lazy");
                }
                k = j;
            }
            TokenTree::Group(group) => foreign_imports(&group.stream(), foreign),
            _ => {}
        }
        k += 1;
    }
}

fn collect_idents(tt: &TokenTree, words: &mut Vec<String>) {
    match tt {
        TokenTree::Ident(ident) => words.push(ident.to_string()),
        TokenTree::Group(group) => {
            for inner in group.stream() {
                collect_idents(&inner, words);
            }
        }
        TokenTree::Punct(_) | TokenTree::Literal(_) => {}
    }
}

pub(crate) fn is_punct(tt: &TokenTree, c: char) -> bool {
    matches!(tt, TokenTree::Punct(p) if p.as_char() == c)
}

fn is_joint(tt: &TokenTree, c: char) -> bool {
    matches!(tt, TokenTree::Punct(p) if p.as_char() == c && p.spacing() == Spacing::Joint)
}

fn is_ident(tt: &TokenTree, word: &str) -> bool {
    matches!(tt, TokenTree::Ident(i) if i == word)
}

fn find(stream: &TokenStream, lines: &Lines, foreign: &Foreign, found: &mut Vec<Invocation>) {
    let tts: Vec<TokenTree> = stream.clone().into_iter().collect();
    let mut k = 0;
    while k < tts.len() {
        if let (TokenTree::Ident(ident), Some(bang), Some(TokenTree::Group(group))) =
            (&tts[k], tts.get(k + 1), tts.get(k + 2))
            && (ident == "html" || ident == "lazy")
            && is_punct(bang, '!')
            && group.delimiter() != Delimiter::None
        {
            let qualified = k >= 2 && is_punct(&tts[k - 1], ':') && is_joint(&tts[k - 2], ':');
            let ours = if qualified {
                // `vetted::html!` or `::vetted::html!`, not `other::vetted::html!`.
                k >= 3
                    && is_ident(&tts[k - 3], "vetted")
                    && !(k >= 6
                        && is_punct(&tts[k - 4], ':')
                        && is_joint(&tts[k - 5], ':')
                        && matches!(tts[k - 6], TokenTree::Ident(_)))
            } else {
                !(if ident == "html" {
                    foreign.html
                } else {
                    foreign.lazy
                })
            };
            // A `$` is a `macro_rules!` metavariable: the body is not markup yet.
            if ours && !has_dollar(&group.stream()) {
                let name = if qualified {
                    let first = if k >= 5 && is_punct(&tts[k - 4], ':') {
                        k - 5
                    } else {
                        k - 3
                    };
                    lines.range(tts[first].span()).0
                } else {
                    lines.range(ident.span()).0
                };
                found.push(Invocation {
                    name,
                    group: group.clone(),
                });
                k += 3;
                continue;
            }
        }
        // Code that writes code (`quote!(vetted::html! { <p>#x</p> })`) holds templates with
        // holes in them: not markup yet.
        if let (TokenTree::Ident(ident), Some(bang), Some(TokenTree::Group(_))) =
            (&tts[k], tts.get(k + 1), tts.get(k + 2))
            && is_punct(bang, '!')
            && QUOTING.iter().any(|name| ident == name)
        {
            k += 3;
            continue;
        }
        // `macro_rules! name { ... }`: patterns and templates with `$holes`.
        if is_ident(&tts[k], "macro_rules")
            && tts.get(k + 1).is_some_and(|t| is_punct(t, '!'))
            && matches!(tts.get(k + 2), Some(TokenTree::Ident(_)))
        {
            k += 4;
            continue;
        }
        if let TokenTree::Group(group) = &tts[k] {
            find(&group.stream(), lines, foreign, found);
        }
        k += 1;
    }
}

/// Macros whose input is code to generate, not code.
const QUOTING: &[&str] = &[
    "quote",
    "quote_spanned",
    "parse_quote",
    "parse_quote_spanned",
];

fn has_dollar(stream: &TokenStream) -> bool {
    stream.clone().into_iter().any(|tt| match &tt {
        TokenTree::Punct(p) => p.as_char() == '$',
        TokenTree::Group(group) => has_dollar(&group.stream()),
        TokenTree::Ident(_) | TokenTree::Literal(_) => false,
    })
}
