//! Lays out the markup tree: a node stays on one line when it fits, otherwise its children go
//! one per line, indented one level (four spaces) more. Every piece is printed as written;
//! only the whitespace between pieces is chosen here.

use std::borrow::Cow;

use crate::lex::{Comment, R};
use crate::markup::{Arm, Block, Branch, Element, Node};

const INDENT: &str = "    ";

pub(crate) struct Printer<'a> {
    pub(crate) src: &'a str,
    pub(crate) max: usize,
    /// The indentation of the line where the macro starts.
    pub(crate) base: String,
    /// The column of the opening delimiter.
    pub(crate) col0: usize,
    /// The comments of the body, in order.
    pub(crate) comments: Vec<Comment>,
    /// Multi-line literals and block comments: the newlines inside them are text, not layout.
    pub(crate) protected: Vec<R>,
    /// Rust code laid out on one line, by the range it replaces; in order, never overlapping.
    pub(crate) rewrites: Vec<(R, String)>,
    pub(crate) out: String,
}

impl<'a> Printer<'a> {
    /// The whole delimited body, from the opening delimiter to the closing one.
    pub(crate) fn body(
        &mut self,
        block: &Block,
        (open, close): (char, char),
        suffix: usize,
    ) -> String {
        let pad = if open == '{' { " " } else { "" };
        if block.nodes.is_empty() && !self.has_comment(block.lo, block.hi) {
            return format!("{open}{close}");
        }
        let budget = self
            .max
            .saturating_sub(self.col0 + 2 + 2 * pad.len() + suffix);
        if let Some(flat) = self.flat_block(block, budget) {
            return format!("{open}{pad}{flat}{pad}{close}");
        }
        self.out.push(open);
        self.children(block, 1);
        self.newline(0);
        self.out.push(close);
        std::mem::take(&mut self.out)
    }

    fn text(&self, r: R) -> &'a str {
        self.src.get(r.0..r.1).unwrap_or("")
    }

    /// The source range `r` as printed: as written, with the Rust in it laid out.
    fn render(&self, r: R) -> Cow<'a, str> {
        let first = self.rewrites.partition_point(|(w, _)| w.0 < r.0);
        let inside = self.rewrites[first..]
            .iter()
            .take_while(|(w, _)| w.1 <= r.1)
            .collect::<Vec<_>>();
        if inside.is_empty() {
            return Cow::Borrowed(self.text(r));
        }
        let mut out = String::new();
        let mut at = r.0;
        for (w, text) in inside {
            out.push_str(self.text((at, w.0)));
            out.push_str(text);
            at = w.1;
        }
        out.push_str(self.text((at, r.1)));
        Cow::Owned(out)
    }

    fn comments_in(&self, lo: usize, hi: usize) -> &[Comment] {
        let start = self.comments.partition_point(|c| c.range.0 < lo);
        let end = self.comments.partition_point(|c| c.range.0 < hi);
        self.comments.get(start..end.max(start)).unwrap_or(&[])
    }

    fn has_comment(&self, lo: usize, hi: usize) -> bool {
        !self.comments_in(lo, hi).is_empty()
    }

    /// Whether the source between `a` and `b` (whitespace only) holds a blank line.
    fn blank_between(&self, a: usize, b: usize) -> bool {
        a < b && self.text((a, b)).matches('\n').count() >= 2
    }

    fn col(&self) -> usize {
        match self.out.rfind('\n') {
            Some(i) => self.out[i + 1..].chars().count(),
            None => self.col0 + self.out.chars().count(),
        }
    }

    fn newline(&mut self, level: usize) {
        self.out.push('\n');
        self.out.push_str(&self.base);
        for _ in 0..level {
            self.out.push_str(INDENT);
        }
    }

    /// Prints the source range `r` as written; the lines after its first move with it (the
    /// indentation they had relative to the line it started on is kept), except inside a
    /// multi-line literal or block comment.
    fn atom(&mut self, r: R) {
        let rendered = self.render(r);
        if !rendered.contains('\n') {
            self.out.push_str(&rendered);
            return;
        }
        let text = self.text(r);
        let old = indentation(line_of(self.src, r.0));
        let new = match self.out.rfind('\n') {
            Some(i) => indentation(&self.out[i + 1..]),
            None => indentation(&self.base),
        };
        let mut piece = String::new();
        let mut offset = r.0;
        for (i, line) in text.split('\n').enumerate() {
            if i == 0 {
                piece.push_str(line);
            } else if self.is_protected(offset - 1) {
                piece.push('\n');
                piece.push_str(line);
            } else {
                piece.push('\n');
                let trimmed = line.trim_start_matches([' ', '\t']);
                if !trimmed.is_empty() {
                    let width = (line.len() - trimmed.len() + new).saturating_sub(old);
                    piece.extend(std::iter::repeat_n(' ', width));
                    piece.push_str(trimmed);
                }
            }
            offset += line.len() + 1;
        }
        self.out.push_str(&piece);
    }

    fn is_protected(&self, at: usize) -> bool {
        let i = self.protected.partition_point(|r| r.0 <= at);
        i > 0 && self.protected.get(i - 1).is_some_and(|r| at < r.1)
    }

    /// Items one per line at `level`, with the comments and blank lines between them.
    fn list<T>(
        &mut self,
        items: &[T],
        lo: usize,
        hi: usize,
        level: usize,
        range: fn(&T) -> R,
        print: fn(&mut Self, &T, usize),
    ) {
        let mut prev = lo;
        let mut any = false;
        for item in items {
            let (start, end) = range(item);
            let last = self.gap(prev, start, level, &mut any);
            if any && self.blank_between(last, start) {
                self.out.push('\n');
            }
            self.newline(level);
            print(self, item, level);
            any = true;
            prev = end;
        }
        self.gap(prev, hi, level, &mut any);
    }

    /// The comments between `from` and `to`: one that followed code on its line stays at the
    /// end of the line; others get their own line. Returns where the last one ends.
    fn gap(&mut self, from: usize, to: usize, level: usize, any: &mut bool) -> usize {
        let mut last = from;
        let comments: Vec<Comment> = self.comments_in(from, to).to_vec();
        for comment in comments {
            let own_line = self.text((last, comment.range.0)).contains('\n');
            if own_line {
                if *any && self.blank_between(last, comment.range.0) {
                    self.out.push('\n');
                }
                self.newline(level);
                *any = true;
            } else {
                self.out.push(' ');
            }
            self.out.push_str(self.text(comment.range));
            last = comment.range.1;
        }
        last
    }

    fn node(&mut self, node: &Node, level: usize) {
        let budget = self.max.saturating_sub(self.col());
        if let Some(flat) = self.flat_node(node, budget) {
            self.out.push_str(&flat);
            return;
        }
        match node {
            Node::Leaf(r) => self.atom(*r),
            Node::Element(el) => self.element(el, level),
            Node::Branches(branches) => {
                for (i, branch) in branches.iter().enumerate() {
                    if i > 0 {
                        self.out.push(' ');
                    }
                    self.atom(branch.head);
                    self.out.push(' ');
                    self.block(&branch.block, level);
                }
            }
            Node::Match(m) => {
                self.atom(m.head);
                self.out.push_str(" {");
                self.list(&m.arms, m.lo, m.hi, level + 1, Arm::range, Self::arm);
                self.newline(level);
                self.out.push('}');
            }
        }
    }

    /// The nodes of a block that does not fit on one line, on the lines after its opening, at
    /// `level`: one per line, except that text with its values and inline elements
    /// (`"Signed in as " <strong>{name}</strong>`) stays on one line when it fits, as a
    /// sentence.
    fn children(&mut self, block: &Block, level: usize) {
        let inline = block.nodes.iter().all(|node| match node {
            Node::Leaf(r) => !self.text(*r).starts_with('@'),
            Node::Element(_) => true,
            Node::Branches(_) | Node::Match(_) => false,
        });
        // Text with values (`"Hi " {name}`, `{first} {last}`), or text with elements in it;
        // not elements and values alone (`<h2>{title}</h2> {children}`).
        let leaves_only = block.nodes.iter().all(|node| match node {
            Node::Leaf(r) => !self.text(*r).starts_with(['<', '@']),
            Node::Element(_) | Node::Branches(_) | Node::Match(_) => false,
        });
        let text = block.nodes.iter().any(|node| match node {
            Node::Leaf(r) => self.text(*r).starts_with(['"', 'r']),
            Node::Element(_) | Node::Branches(_) | Node::Match(_) => false,
        });
        if inline && (leaves_only || text) && block.nodes.len() > 1 {
            let budget = self
                .max
                .saturating_sub(indentation(&self.base) + INDENT.len() * level);
            if let Some(flat) = self.flat_block(block, budget) {
                self.newline(level);
                self.out.push_str(&flat);
                return;
            }
        }
        self.list(
            &block.nodes,
            block.lo,
            block.hi,
            level,
            Node::range,
            Self::node,
        );
    }

    /// `{`, the nodes one per line, `}`; `{}` when empty.
    fn block(&mut self, block: &Block, level: usize) {
        if block.nodes.is_empty() && !self.has_comment(block.lo, block.hi) {
            self.out.push_str("{}");
            return;
        }
        self.out.push('{');
        self.children(block, level + 1);
        self.newline(level);
        self.out.push('}');
    }

    fn arm(&mut self, arm: &Arm, level: usize) {
        let budget = self.max.saturating_sub(self.col());
        if let Some(flat) = self.flat_arm(arm, budget) {
            self.out.push_str(&flat);
            return;
        }
        self.atom(arm.pat);
        self.out.push(' ');
        self.atom(arm.arrow);
        self.out.push(' ');
        self.block(&arm.block, level);
        if let Some(comma) = arm.comma {
            self.atom(comma);
        }
    }

    fn element(&mut self, el: &Element, level: usize) {
        let budget = self.max.saturating_sub(self.col());
        match self.flat_start(el, budget) {
            Some(start) => self.out.push_str(&start),
            None => {
                self.atom(el.open);
                self.list(
                    &el.attrs,
                    el.open.1,
                    el.end.0,
                    level + 1,
                    |r| *r,
                    |p, r, _| {
                        p.atom(*r);
                    },
                );
                self.newline(level);
                self.atom(el.end);
            }
        }
        let Some((block, close)) = &el.body else {
            return;
        };
        if !block.nodes.is_empty() || self.has_comment(block.lo, block.hi) {
            self.children(block, level + 1);
            self.newline(level);
        }
        self.atom(*close);
    }

    /// A piece that must fit on the rest of the line: its text, or `None`.
    fn flat_text(&self, r: R, out: &mut String, budget: usize) -> Option<()> {
        let text = self.render(r);
        if text.contains('\n') {
            return None;
        }
        out.push_str(&text);
        (out.chars().count() <= budget).then_some(())
    }

    fn flat_node(&self, node: &Node, budget: usize) -> Option<String> {
        let mut out = String::new();
        match node {
            Node::Leaf(r) => self.flat_text(*r, &mut out, budget)?,
            Node::Element(el) => {
                out = self.flat_start(el, budget)?;
                if let Some((block, close)) = &el.body {
                    if !block.nodes.is_empty() || self.has_comment(block.lo, block.hi) {
                        // Control flow is set off from the tags around it:
                        // `<ul> @for x in xs { <li>{x}</li> } </ul>`.
                        let pad =
                            |node: Option<&Node>| node.is_some_and(|node| self.is_statement(node));
                        let (first, last) = (pad(block.nodes.first()), pad(block.nodes.last()));
                        if first {
                            out.push(' ');
                        }
                        let used = out.chars().count() + usize::from(last);
                        out.push_str(&self.flat_block(block, budget.checked_sub(used)?)?);
                        if last {
                            out.push(' ');
                        }
                    }
                    self.flat_text(*close, &mut out, budget)?;
                }
            }
            Node::Branches(branches) => {
                let (start, end) = node.range();
                if self.has_comment(start, end) {
                    return None;
                }
                // Like rustfmt's `single_line_if_else_max_width`: only short control flow
                // stays on one line.
                let budget = budget.min(self.max / 2);
                for (i, Branch { head, block }) in branches.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    self.flat_text(*head, &mut out, budget)?;
                    out.push(' ');
                    self.flat_braces(block, &mut out, budget)?;
                }
            }
            Node::Match(_) => return None,
        }
        Some(out)
    }

    /// `{}` or `{ nodes }` on the rest of the line.
    fn flat_braces(&self, block: &Block, out: &mut String, budget: usize) -> Option<()> {
        if block.nodes.is_empty() {
            if self.has_comment(block.lo, block.hi) {
                return None;
            }
            out.push_str("{}");
        } else {
            let used = out.chars().count() + 4;
            let inner = self.flat_block(block, budget.checked_sub(used)?)?;
            out.push_str("{ ");
            out.push_str(&inner);
            out.push_str(" }");
        }
        (out.chars().count() <= budget).then_some(())
    }

    fn flat_arm(&self, arm: &Arm, budget: usize) -> Option<String> {
        let (start, end) = arm.range();
        if self.has_comment(start, end) {
            return None;
        }
        let mut out = String::new();
        self.flat_text(arm.pat, &mut out, budget)?;
        out.push(' ');
        self.flat_text(arm.arrow, &mut out, budget)?;
        out.push(' ');
        self.flat_braces(&arm.block, &mut out, budget)?;
        if let Some(comma) = arm.comma {
            self.flat_text(comma, &mut out, budget)?;
        }
        Some(out)
    }

    /// The start tag on one line: `<name attr attr>`.
    fn flat_start(&self, el: &Element, budget: usize) -> Option<String> {
        if self.has_comment(el.open.0, el.end.1) {
            return None;
        }
        let mut out = String::new();
        self.flat_text(el.open, &mut out, budget)?;
        for attr in &el.attrs {
            out.push(' ');
            self.flat_text(*attr, &mut out, budget)?;
        }
        self.flat_text(el.end, &mut out, budget)?;
        Some(out)
    }

    /// The nodes of a block on one line, separated by spaces; `None` if they do not fit, or if
    /// a comment or blank line between them has to be kept.
    fn flat_block(&self, block: &Block, budget: usize) -> Option<String> {
        if self.has_comment(block.lo, block.hi) {
            return None;
        }
        // Like a Rust block holding a `let`, nodes holding `@let` or `@nonce` take a line each.
        if block
            .nodes
            .iter()
            .any(|node| matches!(node, Node::Leaf(r) if self.text(*r).starts_with('@')))
        {
            return None;
        }
        let mut out = String::new();
        let mut prev: Option<(usize, bool)> = None;
        for node in &block.nodes {
            let (start, end) = node.range();
            let tag = self.is_tag(node);
            if let Some((prev, prev_tag)) = prev {
                if self.blank_between(prev, start) {
                    return None;
                }
                // Tags sit next to each other (`</td><td>`); other pieces are separated by a
                // space (`"Hi " {name}`, `"a" <br> "b"`).
                if !(tag && prev_tag) {
                    out.push(' ');
                }
            }
            let used = out.chars().count();
            out.push_str(&self.flat_node(node, budget.checked_sub(used)?)?);
            prev = Some((end, tag));
        }
        Some(out)
    }

    /// Control flow, `@let` or `@nonce`.
    fn is_statement(&self, node: &Node) -> bool {
        match node {
            Node::Branches(_) | Node::Match(_) => true,
            Node::Leaf(r) => self.text(*r).starts_with('@'),
            Node::Element(_) => false,
        }
    }

    /// An element, or a leaf written as a tag (`<!DOCTYPE html>`, `<!-- "note" -->`, `</p>`).
    fn is_tag(&self, node: &Node) -> bool {
        match node {
            Node::Element(_) => true,
            Node::Leaf(r) => self.text(*r).starts_with('<'),
            Node::Branches(_) | Node::Match(_) => false,
        }
    }
}

/// The line of `src` that holds `offset`.
fn line_of(src: &str, offset: usize) -> &str {
    let start = src
        .get(..offset)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = src
        .get(offset..)
        .and_then(|s| s.find('\n'))
        .map_or(src.len(), |i| offset + i);
    src.get(start..end).unwrap_or("")
}

/// The width of a line's leading whitespace.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}
