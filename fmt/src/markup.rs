//! The markup of a macro body as a tree of source ranges, read the way `macros/src/parse.rs`
//! reads it (which tokens belong together), but never checked: names, values and Rust code
//! are kept as written, and only the whitespace between them is chosen by the printer.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::{Expr, Pat, Token};

use crate::lex::{Lines, R};

pub(crate) enum Node {
    /// Text, `{expr}`, `<!DOCTYPE html>`, `<!-- ... -->`, `@let ...;`, `@nonce ...;`, or a close
    /// tag that closes nothing: printed as written.
    Leaf(R),
    Element(Element),
    /// `@if ... {} @else if ... {} @else {}`, `@for ... {}`, `@while ... {}`.
    Branches(Vec<Branch>),
    Match(Match),
}

pub(crate) struct Element {
    /// From `<` to the end of the name.
    pub(crate) open: R,
    /// Each attribute (`name`, `name=value`) or spread (`..{attrs}`).
    pub(crate) attrs: Vec<R>,
    /// `>` or `/>`.
    pub(crate) end: R,
    /// The children and the close tag; `None` for a void or self-closing element.
    pub(crate) body: Option<(Block, R)>,
}

/// Nodes between two bounds: after `{` and before `}`, or after a start tag and before its
/// close tag. Comments between the bounds belong to the block.
pub(crate) struct Block {
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    pub(crate) nodes: Vec<Node>,
}

pub(crate) struct Branch {
    /// `@if cond`, `@else if cond`, `@else`, `@for x in xs`, `@while cond`.
    pub(crate) head: R,
    pub(crate) block: Block,
}

pub(crate) struct Match {
    /// `@match expr`.
    pub(crate) head: R,
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    pub(crate) arms: Vec<Arm>,
}

pub(crate) struct Arm {
    /// The pattern and its guard.
    pub(crate) pat: R,
    /// `=>`.
    pub(crate) arrow: R,
    pub(crate) block: Block,
    pub(crate) comma: Option<R>,
}

impl Node {
    pub(crate) fn range(&self) -> R {
        match self {
            Node::Leaf(r) => *r,
            Node::Element(el) => (
                el.open.0,
                el.body.as_ref().map_or(el.end.1, |(_, close)| close.1),
            ),
            Node::Branches(branches) => (
                branches.first().map_or(0, |b| b.head.0),
                branches.last().map_or(0, |b| b.block.hi + 1),
            ),
            Node::Match(m) => (m.head.0, m.hi + 1),
        }
    }
}

impl Arm {
    pub(crate) fn range(&self) -> R {
        (
            self.pat.0,
            self.comma.map_or(self.block.hi + 1, |comma| comma.1),
        )
    }
}

/// Rust code in the markup that rustfmt's printer may lay out: a `{expr}` (the value of a
/// splice or an attribute), or the Rust of a control-flow header.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RustPiece {
    /// What the formatted code replaces: the braces of a `{expr}`, or the header from the end
    /// of its keyword.
    pub(crate) replace: R,
    /// The code itself.
    pub(crate) code: R,
    pub(crate) kind: RustKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RustKind {
    /// The expression inside `{...}`.
    Splice,
    /// The expression after `if`, `while` or `match`.
    Header(&'static str),
    /// `pat in expr` after `for`.
    For,
}

/// Why a body cannot be read, at a byte offset.
pub(crate) struct ParseError {
    pub(crate) at: usize,
    pub(crate) message: String,
}

type Result<T> = std::result::Result<T, ParseError>;

/// A token tree and its byte range.
struct Tok {
    tt: TokenTree,
    r: R,
}

struct Cursor<'a> {
    lines: &'a Lines,
    /// The Rust pieces found so far, in order.
    rust: Vec<RustPiece>,
    toks: Vec<Tok>,
    pos: usize,
    /// Where the stream ends (the closing delimiter), for errors at the end.
    end: usize,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Reads a macro body (the stream inside the delimiters) whose closing delimiter starts at `end`.
pub(crate) fn parse(
    stream: TokenStream,
    lines: &Lines,
    lo: usize,
    hi: usize,
) -> Result<(Block, Vec<RustPiece>)> {
    let mut cursor = Cursor::new(stream, lines, hi);
    let nodes = cursor.nodes(&mut Vec::new())?;
    if let Some(tok) = cursor.peek(0) {
        return Err(ParseError {
            at: tok.r.0,
            message: "unexpected token".to_owned(),
        });
    }
    Ok((Block { lo, hi, nodes }, cursor.rust))
}

impl<'a> Cursor<'a> {
    fn new(stream: TokenStream, lines: &'a Lines, end: usize) -> Self {
        let toks = stream
            .into_iter()
            .map(|tt| {
                let r = lines.range(tt.span());
                Tok { tt, r }
            })
            .collect();
        Cursor {
            lines,
            rust: Vec::new(),
            toks,
            pos: 0,
            end,
        }
    }

    fn peek(&self, n: usize) -> Option<&Tok> {
        self.toks.get(self.pos + n)
    }

    fn punct(&self, n: usize, c: char) -> bool {
        self.peek(n)
            .is_some_and(|t| matches!(&t.tt, TokenTree::Punct(p) if p.as_char() == c))
    }

    fn joint(&self, n: usize, c: char) -> bool {
        self.peek(n).is_some_and(
            |t| matches!(&t.tt, TokenTree::Punct(p) if p.as_char() == c && p.spacing() == Spacing::Joint),
        )
    }

    fn ident(&self, n: usize) -> Option<String> {
        match &self.peek(n)?.tt {
            TokenTree::Ident(i) => Some(i.to_string()),
            _ => None,
        }
    }

    fn brace(&self, n: usize) -> bool {
        self.peek(n).is_some_and(
            |t| matches!(&t.tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace),
        )
    }

    fn here(&self) -> usize {
        self.peek(0).map_or(self.end, |t| t.r.0)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T> {
        Err(ParseError {
            at: self.here(),
            message: message.into(),
        })
    }

    /// The end of the last token taken.
    fn last_end(&self) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.toks.get(i))
            .map_or(0, |t| t.r.1)
    }

    fn take(&mut self) -> Result<R> {
        match self.peek(0) {
            Some(tok) => {
                let r = tok.r;
                self.pos += 1;
                Ok(r)
            }
            None => self.error("unexpected end of the markup"),
        }
    }

    fn nodes(&mut self, open: &mut Vec<String>) -> Result<Vec<Node>> {
        let mut nodes = Vec::new();
        while self.peek(0).is_some() {
            if self.punct(0, '<') && self.punct(1, '/') {
                let name = self.close_name()?;
                if open.is_empty() || VOID.contains(&name.as_str()) {
                    let r = self.close_tag()?;
                    nodes.push(Node::Leaf(r));
                    continue;
                }
                break;
            }
            nodes.push(self.node(open)?);
        }
        Ok(nodes)
    }

    fn node(&mut self, open: &mut Vec<String>) -> Result<Node> {
        let Some(tok) = self.peek(0) else {
            return self.error("unexpected end of the markup");
        };
        match &tok.tt {
            TokenTree::Punct(p) if p.as_char() == '<' => {
                if self.punct(1, '!') {
                    // `<!DOCTYPE html>` or `<!-- ... -->`: up to the first `>`.
                    let start = tok.r.0;
                    while self.peek(0).is_some() && !self.punct(0, '>') {
                        self.pos += 1;
                    }
                    let end = self.take()?.1;
                    return Ok(Node::Leaf((start, end)));
                }
                self.element(open).map(Node::Element)
            }
            TokenTree::Literal(_) => Ok(Node::Leaf(self.take()?)),
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                self.splice();
                Ok(Node::Leaf(self.take()?))
            }
            TokenTree::Punct(p) if p.as_char() == '@' => self.control(),
            _ => self.error(
                "expected an element `<...>`, a string literal, `{expr}`, or `@if`/`@for`/`@while`/`@match`/`@let`",
            ),
        }
    }

    fn close_name(&self) -> Result<String> {
        let mut probe = Cursor {
            lines: self.lines,
            rust: Vec::new(),
            toks: Vec::new(),
            pos: 0,
            end: self.end,
        };
        // Read the name on a copy of the next few tokens.
        probe.toks = self.toks[self.pos..]
            .iter()
            .take(64)
            .map(|t| Tok {
                tt: t.tt.clone(),
                r: t.r,
            })
            .collect();
        probe.pos = 2;
        Ok(probe.name()?.1)
    }

    fn close_tag(&mut self) -> Result<R> {
        let start = self.take()?.0; // `<`
        self.take()?; // `/`
        self.name()?;
        if !self.punct(0, '>') {
            return self.error("expected `>` at the end of the close tag");
        }
        let end = self.take()?.1;
        Ok((start, end))
    }

    /// A tag or attribute name: parts joined by `-`, `:`, `.` or `::` written without spaces.
    fn name(&mut self) -> Result<(R, String)> {
        let Some(first) = self.ident(0) else {
            return self.error("expected a name");
        };
        let start = self.take()?.0;
        let mut text = first;
        loop {
            let last = self.last_end();
            let Some(next) = self.peek(0) else { break };
            if next.r.0 != last {
                break;
            }
            if self.joint(0, ':') && self.punct(1, ':') {
                self.pos += 2;
                text.push_str("::");
            } else if self.punct(0, '-') {
                self.pos += 1;
                text.push('-');
                while self.punct(0, '-') {
                    self.pos += 1;
                    text.push('-');
                }
            } else if self.punct(0, ':') {
                self.pos += 1;
                text.push(':');
            } else if self.punct(0, '.') && !(self.joint(0, '.') && self.punct(1, '.')) {
                self.pos += 1;
                text.push('.');
            } else {
                break;
            }
            match self.peek(0).map(|t| &t.tt) {
                Some(TokenTree::Ident(part)) => text.push_str(&part.to_string()),
                Some(TokenTree::Literal(number))
                    if number.to_string().starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    text.push_str(&number.to_string());
                }
                _ => return self.error("expected a name after the separator"),
            }
            self.pos += 1;
        }
        Ok(((start, self.last_end()), text))
    }

    fn element(&mut self, open: &mut Vec<String>) -> Result<Element> {
        let start = self.take()?.0; // `<`
        let (name_range, name) = self.name()?;
        let open_range = (start, name_range.1);
        let mut attrs = Vec::new();
        loop {
            if self.punct(0, '>') || (self.punct(0, '/') && self.punct(1, '>')) {
                break;
            }
            if self.peek(0).is_none() {
                return self.error(format!("unterminated start tag `<{name}`"));
            }
            if self.punct(0, '<') {
                return self.error(format!("missing `>` at the end of the start tag `<{name}`"));
            }
            attrs.push(self.attr()?);
        }
        let self_closing = self.punct(0, '/');
        let end_start = self.here();
        if self_closing {
            self.pos += 1;
        }
        let end = (end_start, self.take()?.1);
        let mut element = Element {
            open: open_range,
            attrs,
            end,
            body: None,
        };
        if self_closing || VOID.contains(&name.as_str()) {
            return Ok(element);
        }
        open.push(name.clone());
        let children = self.nodes(open);
        open.pop();
        let children = children?;
        if !(self.punct(0, '<') && self.punct(1, '/')) {
            return self.error(format!("unclosed element `<{name}>`"));
        }
        let closes = self.close_name()?;
        if closes != name {
            return self.error(format!(
                "the close tag `</{closes}>` does not match `<{name}>`"
            ));
        }
        let hi = self.here();
        let close = self.close_tag()?;
        element.body = Some((
            Block {
                lo: end.1,
                hi,
                nodes: children,
            },
            close,
        ));
        Ok(element)
    }

    fn attr(&mut self) -> Result<R> {
        let start = self.here();
        if self.joint(0, '.') && self.punct(1, '.') {
            self.pos += 2;
            if !self.brace(0) {
                return self.error("expected `{attrs}` after `..`");
            }
            self.splice();
            let end = self.take()?.1;
            return Ok((start, end));
        }
        // The sigils of front-end libraries: `@click`, `:class`, `.prop`, `#default`.
        if self.punct(0, '@')
            || (self.punct(0, ':') && !(self.joint(0, ':') && self.punct(1, ':')))
            || self.punct(0, '.')
            || self.punct(0, '#')
        {
            self.pos += 1;
        }
        self.name()?;
        if self.punct(0, '=') {
            self.pos += 1;
            match self.peek(0).map(|t| &t.tt) {
                Some(TokenTree::Literal(_) | TokenTree::Group(_) | TokenTree::Ident(_)) => {
                    if self.brace(0) {
                        self.splice();
                    }
                    self.pos += 1;
                }
                _ => return self.error("expected an attribute value after `=`"),
            }
        }
        Ok((start, self.last_end()))
    }

    fn control(&mut self) -> Result<Node> {
        let start = self.take()?.0; // `@`
        let Some(keyword) = self.ident(0) else {
            return self.error("expected `if`, `for`, `while`, `match` or `let` after `@`");
        };
        match keyword.as_str() {
            "if" => {
                self.pos += 1;
                let mut branches = Vec::new();
                let mut head_start = start;
                loop {
                    self.header(Header::Expr)?;
                    let head = (head_start, self.last_end());
                    let block = self.block()?;
                    branches.push(Branch { head, block });
                    if !(self.punct(0, '@') && self.ident(1).as_deref() == Some("else")) {
                        break;
                    }
                    head_start = self.here();
                    self.pos += 2;
                    if self.ident(0).as_deref() == Some("if") {
                        self.pos += 1;
                        continue;
                    }
                    let head = (head_start, self.last_end());
                    let block = self.block()?;
                    branches.push(Branch { head, block });
                    break;
                }
                Ok(Node::Branches(branches))
            }
            "for" | "while" => {
                self.pos += 1;
                self.header(if keyword == "for" {
                    Header::For
                } else {
                    Header::Expr
                })?;
                let head = (start, self.last_end());
                let block = self.block()?;
                Ok(Node::Branches(vec![Branch { head, block }]))
            }
            "match" => {
                self.pos += 1;
                self.header(Header::Expr)?;
                let head = (start, self.last_end());
                self.matched(head)
            }
            "let" | "nonce" => {
                while self.peek(0).is_some() && !self.punct(0, ';') {
                    self.pos += 1;
                }
                if self.peek(0).is_none() {
                    return self.error(format!("`@{keyword}` needs a `;` at its end"));
                }
                let end = self.take()?.1;
                Ok(Node::Leaf((start, end)))
            }
            _ => self.error(format!("unknown control keyword `@{keyword}`")),
        }
    }

    /// Moves past a control-flow header: the tokens before the `{` of the body, read as Rust
    /// the way the macro reads them (a brace inside `if let S { a } = s` is not the body).
    /// Notes the `{expr}` at the cursor as a Rust piece.
    fn splice(&mut self) {
        if let Some(TokenTree::Group(group)) = self.peek(0).map(|t| &t.tt) {
            let code = (
                self.lines.range(group.span_open()).1,
                self.lines.range(group.span_close()).0,
            );
            let replace = self.toks[self.pos].r;
            self.rust.push(RustPiece {
                replace,
                code,
                kind: RustKind::Splice,
            });
        }
    }

    fn header(&mut self, kind: Header) -> Result<()> {
        let keyword_end = self.last_end();
        let code_start = self.here();
        let keyword = match &self.toks.get(self.pos.wrapping_sub(1)).map(|t| &t.tt) {
            Some(TokenTree::Ident(word)) if word == "if" => "if",
            Some(TokenTree::Ident(word)) if word == "while" => "while",
            Some(TokenTree::Ident(word)) if word == "match" => "match",
            _ => "for",
        };
        self.header_end(kind)?;
        let code_end = self.last_end();
        if code_end > code_start {
            self.rust.push(RustPiece {
                replace: (keyword_end, code_end),
                code: (code_start, code_end),
                kind: match kind {
                    Header::For => RustKind::For,
                    Header::Expr => RustKind::Header(keyword),
                },
            });
        }
        Ok(())
    }

    fn header_end(&mut self, kind: Header) -> Result<()> {
        // A header that is not Rust fails at every `{`; looking at the first few bounds the
        // work on a long body.
        let braces: Vec<usize> = (self.pos..self.toks.len())
            .filter(|&i| {
                matches!(&self.toks[i].tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
            })
            .take(8)
            .collect();
        let Some(&first) = braces.first() else {
            return self.error("expected the `{` of the body");
        };
        for &brace in &braces {
            let stream: TokenStream = self.toks[self.pos..brace]
                .iter()
                .map(|t| t.tt.clone())
                .collect();
            if kind.parses(stream) {
                self.pos = brace;
                return Ok(());
            }
        }
        // Not Rust the macro reads either: it reports it and reads on from the first `{`.
        self.pos = first;
        Ok(())
    }

    fn block(&mut self) -> Result<Block> {
        let Some(tok) = self.peek(0) else {
            return self.error("expected `{`");
        };
        let TokenTree::Group(group) = &tok.tt else {
            return self.error("expected `{`");
        };
        if group.delimiter() != Delimiter::Brace {
            return self.error("expected `{`");
        }
        let (lo, hi) = (
            self.lines.range(group.span_open()).1,
            self.lines.range(group.span_close()).0,
        );
        let mut inner = Cursor::new(group.stream(), self.lines, hi);
        self.pos += 1;
        let nodes = inner.nodes(&mut Vec::new())?;
        if inner.peek(0).is_some() {
            return inner.error("unexpected token");
        }
        self.rust.append(&mut inner.rust);
        Ok(Block { lo, hi, nodes })
    }

    fn matched(&mut self, head: R) -> Result<Node> {
        let Some(TokenTree::Group(group)) = self.peek(0).map(|t| t.tt.clone()) else {
            return self.error("expected the `{` of the `@match`");
        };
        self.pos += 1;
        let (lo, hi) = (
            self.lines.range(group.span_open()).1,
            self.lines.range(group.span_close()).0,
        );
        let mut arms_cursor = Cursor::new(group.stream(), self.lines, hi);
        let mut arms = Vec::new();
        while arms_cursor.peek(0).is_some() {
            arms.push(arms_cursor.arm()?);
        }
        self.rust.append(&mut arms_cursor.rust);
        Ok(Node::Match(Match { head, lo, hi, arms }))
    }

    fn arm(&mut self) -> Result<Arm> {
        let start = self.here();
        while self.peek(0).is_some() && !(self.joint(0, '=') && self.punct(1, '>')) {
            self.pos += 1;
        }
        if self.peek(0).is_none() {
            return self.error("expected `=>` in the `@match` arm");
        }
        let pat = (start, self.last_end());
        if pat.1 <= pat.0 {
            return self.error("expected a pattern before `=>`");
        }
        let arrow_start = self.here();
        self.pos += 2;
        let arrow = (arrow_start, self.last_end());
        if !self.brace(0) {
            return self.error("expected `{` after `=>`");
        }
        let block = self.block()?;
        let comma = if self.punct(0, ',') {
            Some(self.take()?)
        } else {
            None
        };
        Ok(Arm {
            pat,
            arrow,
            block,
            comma,
        })
    }
}

#[derive(Clone, Copy)]
enum Header {
    /// `@if`, `@while`, `@match`: an expression.
    Expr,
    /// `@for pat in expr`.
    For,
}

impl Header {
    fn parses(self, stream: TokenStream) -> bool {
        let parser = |input: ParseStream<'_>| -> syn::Result<()> {
            if let Header::For = self {
                Pat::parse_multi_with_leading_vert(input)?;
                input.parse::<Token![in]>()?;
            }
            Expr::parse_without_eager_brace(input)?;
            if input.is_empty() {
                Ok(())
            } else {
                Err(input.error("expected the end of the header"))
            }
        };
        parser.parse2(stream).is_ok()
    }
}
