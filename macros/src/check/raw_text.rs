//! The body of a `<script>` or `<style>` as the browser reads it: one text, made of the
//! template's literals and values in the order they can be written.
//!
//! Each literal is checked on its own by its sink's rule, but the parser reads the whole body:
//! `"</scr" "ipt>"`, or a branch of `@if` ending in `</scr` and what follows starting with
//! `ipt>`, end the element as surely as `"</script>"`. So the checker follows every order the
//! pieces can come in (through `@if`, `@match` and loops, which may also end early) and checks
//! each join of two literals. A value's text is only known at run time, so where a value may
//! stand, the literal before it must not end in the start of a sequence (`<`, `</scr`, `<!-`),
//! and the trusted types refuse text that ends in one: no sequence can then span a value's
//! edge.

use std::collections::BTreeSet;

use proc_macro2::Span;

use super::Checker;
use crate::ast::{Else, If, Node};

/// What the browser has read of the body at one point: the last few characters of each text
/// that can have been written so far, enough to hold all but one character of the longest
/// sequence.
type Tails = BTreeSet<String>;

impl Checker {
    /// Checks every join of literals in the body `nodes` of a `<script>`
    /// (`SCRIPT_BREAKOUTS`) or `<style>` (`STYLE_SHEET_BREAKOUTS`), and the
    /// literal before each value.
    pub(super) fn raw_text_joins(
        &mut self,
        nodes: &[Node],
        sequences: &'static [&'static str],
        element: &'static str,
    ) {
        let mut joins = Joins {
            sequences,
            element,
            keep: sequences.iter().map(|s| s.len()).max().unwrap_or(1) - 1,
            errors: Vec::new(),
        };
        joins.nodes(nodes, Tails::from([String::new()]));
        let mut reported = BTreeSet::new();
        for (span, message) in joins.errors {
            // One error per place, even when several orders lead to it.
            if reported.insert((format!("{span:?}"), message.clone())) {
                self.diag.error(span, message);
            }
        }
    }
}

struct Joins {
    sequences: &'static [&'static str],
    element: &'static str,
    /// How many characters of a text can still start a sequence that ends later.
    keep: usize,
    errors: Vec<(Span, String)>,
}

impl Joins {
    /// The tails after `nodes`, from the tails before them.
    fn nodes(&mut self, nodes: &[Node], mut tails: Tails) -> Tails {
        for node in nodes {
            tails = self.node(node, tails);
        }
        tails
    }

    fn node(&mut self, node: &Node, tails: Tails) -> Tails {
        match node {
            Node::Text(lit) => {
                let text = lit.value();
                let mut after = Tails::new();
                for tail in &tails {
                    let joined = format!("{tail}{text}");
                    if let Some(sequence) = self.spanning(&joined, tail.len()) {
                        let message = format!(
                            "`{sequence}` is formed by this literal and the text before it, which the browser reads as one: it would end the `<{}>` element early; {}",
                            self.element,
                            self.fix(sequence),
                        );
                        self.errors.push((lit.span(), message));
                    }
                    after.insert(self.tail_of(&joined));
                }
                after
            }
            Node::Splice(splice) => {
                self.before_value(&tails, splice.span);
                // The value's own text cannot end in the start of a sequence (its trusted type
                // refuses that), so nothing before it reaches past it.
                Tails::from([String::new()])
            }
            Node::If(if_) => self.if_chain(if_, tails),
            Node::Match(match_) => {
                let mut after = Tails::new();
                for arm in &match_.arms {
                    after.extend(self.nodes(&arm.body.nodes, tails.clone()));
                }
                after
            }
            Node::For(for_) => self.repeated(&for_.body.nodes, tails),
            Node::While(while_) => self.repeated(&while_.body.nodes, tails),
            Node::Let(_)
            | Node::Nonce(_)
            | Node::Doctype(_)
            | Node::Comment(_)
            | Node::Element(_)
            | Node::StrayClose(_) => tails,
        }
    }

    /// An `@if` chain: one of its branches, or none without a final `@else`.
    fn if_chain(&mut self, if_: &If, tails: Tails) -> Tails {
        let mut after = self.nodes(&if_.then.nodes, tails.clone());
        match &if_.otherwise {
            Some(Else::If(nested)) => after.extend(self.if_chain(nested, tails)),
            Some(Else::Block(block)) => after.extend(self.nodes(&block.nodes, tails)),
            None => after.extend(tails),
        }
        after
    }

    /// A loop body, written any number of times, and ended early anywhere by a `continue` or
    /// `break` in its Rust code: the tails at every point of it can be followed by its start
    /// again, or by what comes after the loop.
    fn repeated(&mut self, body: &[Node], tails: Tails) -> Tails {
        let mut seen = tails;
        loop {
            let mut reached = seen.clone();
            let mut point = seen.clone();
            for node in body {
                point = self.node(node, point);
                reached.extend(point.iter().cloned());
            }
            if reached.len() == seen.len() {
                return seen;
            }
            seen = reached;
        }
    }

    /// Reports a tail that ends in the start of a sequence, right before a value.
    fn before_value(&mut self, tails: &Tails, span: Span) {
        for tail in tails {
            if let Some((start, sequence)) = self.open_start(tail) {
                let escape = if self.element == "script" {
                    "write `<` as `\\x3C` inside JavaScript strings"
                } else {
                    "write `<` as `\\3C ` in CSS strings"
                };
                let message = format!(
                    "the text before this value ends in `{start}`, the start of `{sequence}`, which the value's text could complete, ending the `<{}>` element early; {escape}, or end the text with a space (`a < {{b}}`)",
                    self.element,
                );
                self.errors.push((span, message));
            }
        }
    }

    /// A sequence in `joined` that starts in its first `split` characters and ends after them.
    fn spanning(&self, joined: &str, split: usize) -> Option<&'static str> {
        let lower = joined.to_ascii_lowercase();
        self.sequences.iter().copied().find(|sequence| {
            lower
                .match_indices(sequence)
                .any(|(at, _)| at < split && at + sequence.len() > split)
        })
    }

    /// The longest end of `tail` that is the start of a sequence, shorter than the sequence,
    /// and that sequence.
    fn open_start<'t>(&self, tail: &'t str) -> Option<(&'t str, &'static str)> {
        let lower = tail.to_ascii_lowercase();
        (1..=tail.len().min(self.keep))
            .rev()
            .filter(|&len| tail.is_char_boundary(tail.len() - len))
            .find_map(|len| {
                let end = &lower[lower.len() - len..];
                self.sequences
                    .iter()
                    .find(|sequence| sequence.len() > len && sequence.starts_with(end))
                    .map(|sequence| (&tail[tail.len() - len..], *sequence))
            })
    }

    /// The last characters of `text` that can still begin a sequence.
    fn tail_of(&self, text: &str) -> String {
        let mut start = text.len().saturating_sub(self.keep);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        text[start..].to_owned()
    }

    fn fix(&self, sequence: &str) -> &'static str {
        match (self.element, sequence) {
            ("script", "<!--") => "write `\\x3C!--` inside JavaScript strings",
            ("script", _) => "write `\\x3C` for `<` inside JavaScript strings",
            _ => "write `\\3C ` for `<` in CSS strings",
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use quote::quote;
    use vetted_rules::code::SCRIPT_BREAKOUTS;

    /// One piece of a `<script>` body: a literal, a value, or an `@if` with literals in both
    /// branches.
    #[derive(Clone, Debug)]
    enum Item {
        Literal(String),
        Value,
        If(String, String),
    }

    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "<", "/", "s", "S", "cr", "ipt", "!", "-", "--", "script", "SCR", ">", "x", "'", "</",
            "<!", "no", "noscript", " ",
        ]);
        prop::collection::vec(piece, 0..4).prop_map(|pieces| pieces.concat())
    }

    fn item() -> impl Strategy<Value = Item> {
        prop_oneof![
            4 => text().prop_map(Item::Literal),
            1 => Just(Item::Value),
            2 => (text(), text()).prop_map(|(a, b)| Item::If(a, b)),
        ]
    }

    /// Every text the body can be, with each value any text a value can hold: one that
    /// completes a sequence (a proper end of one), or none.
    fn every_text(items: &[Item]) -> Vec<String> {
        let mut values: Vec<String> = vec![String::new(), "x".to_owned()];
        for sequence in SCRIPT_BREAKOUTS {
            values.extend((1..sequence.len()).map(|at| sequence[at..].to_owned()));
        }
        let mut texts = vec![String::new()];
        for item in items {
            let choices: Vec<String> = match item {
                Item::Literal(text) => vec![text.clone()],
                Item::Value => values.clone(),
                Item::If(then, otherwise) => vec![then.clone(), otherwise.clone()],
            };
            texts = texts
                .iter()
                .flat_map(|text| choices.iter().map(move |choice| format!("{text}{choice}")))
                .collect();
        }
        texts
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The checker refuses a body exactly when some order of its pieces, with some value
        /// text, holds a sequence that ends the element: across literals, branches and
        /// values alike.
        #[test]
        fn refuses_exactly_the_bodies_a_browser_could_read_a_breakout_in(
            items in prop::collection::vec(item(), 0..5)
        ) {
            prop_assume!(items.iter().filter(|item| matches!(item, Item::Value)).count() <= 2);
            let body = items.iter().map(|item| match item {
                Item::Literal(text) => quote!(#text),
                Item::Value => quote!({ value }),
                Item::If(then, otherwise) => quote!(@if on { #then } @else { #otherwise }),
            });
            let template: crate::ast::Template =
                syn::parse2(quote!((::vetted) <script> #(#body)* </script>)).unwrap();
            let refused = crate::check::check(template, crate::ir::Output::Own).is_err();
            let breakout = every_text(&items).iter().any(|text| {
                let lower = text.to_ascii_lowercase();
                SCRIPT_BREAKOUTS.iter().any(|sequence| lower.contains(sequence))
            });
            prop_assert_eq!(refused, breakout, "{:?}", items);
        }
    }
}
