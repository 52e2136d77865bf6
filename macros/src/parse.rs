//! The grammar: `proc_macro2::TokenStream` -> `ast::Template`. Knows nothing of HTML's rules
//! except which elements are void (they take no close tag, which decides how to read on).

use proc_macro2::{Delimiter, Spacing, TokenStream};
use quote::{ToTokens, TokenStreamExt as _, quote};
use syn::buffer::Cursor;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{Parse, ParseStream, Parser, Result};
use syn::token::{Brace, Paren};
use syn::{Error, Expr, Ident, LitInt, LitStr, Pat, Token, braced, parenthesized};

use crate::ast::{
    Arm, Attr, AttrValue, Block, CloseTag, Comment, CommentBody, Doctype, Element, Else, For, If,
    Let, Match, Name, Node, NonceDecl, Splice, Template, ValuePart, While,
};
use crate::elements::{self, Content};
use crate::recover;

impl Parse for Template {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        // The `html!` wrapper passes the runtime's path first, as `($crate)`.
        let krate;
        let _: Paren = parenthesized!(krate in input);
        let krate: TokenStream = krate.parse()?;
        recover::start();
        let nodes = parse_nodes(input, &mut Open::default())?;
        Ok(Template { krate, nodes })
    }
}

/// The elements the parse is inside, outermost first, and the close tag that ended the last
/// list of children, read once and left for the element to take.
#[derive(Default)]
struct Open {
    names: Vec<String>,
    close: Option<CloseTag>,
}

/// Reads nodes until the input ends or a close tag that an element in `open` must handle
/// (left, read, in `open.close`).
fn parse_nodes(input: ParseStream<'_>, open: &mut Open) -> Result<Vec<Node>> {
    let mut nodes = Vec::new();
    while !input.is_empty() {
        if input.peek(Token![<]) && input.peek2(Token![/]) {
            let fork = input.fork();
            let close: CloseTag = fork.parse()?;
            let void = elements::content(&close.name.text) == Content::Void;
            if open.names.is_empty() || void {
                input.advance_to(&fork);
                nodes.push(Node::StrayClose(close));
                continue;
            }
            open.close = Some(close);
            break;
        }
        nodes.push(parse_node(input, open)?);
    }
    Ok(nodes)
}

/// Whether a string literal (`"…"`, `r"…"`, `r#"…"#`) comes next. `peek(LitStr)` would read and
/// unescape the whole literal, and the parse after it again; this looks at its first bytes.
fn peek_str(input: ParseStream<'_>) -> bool {
    input.cursor().literal().is_some_and(|(literal, _)| {
        let text = literal.to_string();
        text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#")
    })
}

fn parse_node(input: ParseStream<'_>, open: &mut Open) -> Result<Node> {
    if input.peek(Token![<]) && input.peek2(Token![!]) {
        let fork = input.fork();
        fork.parse::<Token![<]>()?;
        fork.parse::<Token![!]>()?;
        if fork.peek(Token![-]) {
            return input.parse().map(Node::Comment);
        }
        return input.parse().map(Node::Doctype);
    }
    if input.peek(Token![<]) {
        return parse_element(input, open).map(Node::Element);
    }
    if input.peek(Brace) {
        return input.parse().map(Node::Splice);
    }
    if input.peek(Token![@]) {
        return parse_control(input);
    }
    if peek_str(input) {
        return input.parse().map(Node::Text);
    }
    if input.peek(syn::Lit) {
        let lit: syn::Lit = input.parse()?;
        let message = match &lit {
            syn::Lit::Char(c) => {
                format!("text must be a string literal; write `\"{}\"`", c.value())
            }
            syn::Lit::ByteStr(_) | syn::Lit::CStr(_) | syn::Lit::Byte(_) => {
                "byte and C strings cannot be text; write a string literal such as `\"text\"`"
                    .to_owned()
            }
            other => {
                let shown = other.to_token_stream().to_string();
                format!(
                    "text must be a string literal; write `\"{shown}\"`, or `{{{shown}}}` for a value"
                )
            }
        };
        return Err(Error::new_spanned(lit, message));
    }
    if input.peek(Ident::peek_any) {
        let word = input.call(Ident::parse_any)?;
        if matches!(
            word.to_string().as_str(),
            "if" | "else" | "for" | "while" | "match" | "let"
        ) {
            return Err(Error::new(
                word.span(),
                format!("`{word}` needs an `@` in markup; write `@{word}`"),
            ));
        }
        return Err(Error::new(
            word.span(),
            format!("unquoted text `{word}`; write text as a string literal: `\"{word}\"`"),
        ));
    }
    Err(input.error(
        "expected an element `<...>`, a string literal, `{expr}`, or `@if`/`@for`/`@while`/`@match`/`@let`",
    ))
}

fn parse_element(input: ParseStream<'_>, open: &mut Open) -> Result<Element> {
    let lt: Token![<] = input.parse()?;
    if input.peek(Brace) {
        let dynamic: Splice = input.parse()?;
        return Err(Error::new(
            dynamic.span,
            "element names cannot be dynamic; write the tag name, and choose between elements with `@if` or `@match`",
        ));
    }
    let name: Name = input.parse()?;
    let open_tokens = quote!(#lt #name);
    let mut attrs = Vec::new();
    let mut spreads = Vec::new();
    loop {
        if input.peek(Token![>]) || (input.peek(Token![/]) && input.peek2(Token![>])) {
            break;
        }
        if input.is_empty() {
            return Err(Error::new_spanned(
                &open_tokens,
                format!("unterminated start tag `<{}`; end it with `>`", name.text),
            ));
        }
        if input.peek(Token![<]) {
            // `<div class="a" <p>`: the start tag ends where the next tag starts; read on as
            // if its `>` were there, so one error names the mistake and nothing cascades.
            let last = attrs
                .last()
                .map_or_else(|| name.tokens.clone(), Attr::value_tokens);
            recover::report(Error::new_spanned(
                last,
                format!(
                    "missing `>` at the end of the start tag `<{}`; add `>` after this",
                    name.text
                ),
            ));
            break;
        }
        if input.peek(Token![..]) {
            input.parse::<Token![..]>()?;
            spreads.push(input.parse()?);
            continue;
        }
        attrs.push(input.parse()?);
    }
    let self_closing = match input.peek(Token![<]) {
        // The missing `>` reported above.
        true => None,
        false => {
            let self_closing = input.parse::<Option<Token![/]>>()?.map(|slash| slash.span);
            input.parse::<Token![>]>()?;
            self_closing
        }
    };

    let mut element = Element {
        name,
        open_tokens,
        attrs,
        spreads,
        self_closing,
        children: Vec::new(),
        close: None,
    };
    if element.self_closing.is_some() || elements::content(&element.name.text) == Content::Void {
        return Ok(element);
    }
    open.names.push(element.name.text.clone());
    let children = parse_nodes(input, open);
    open.names.pop();
    element.children = children?;
    if let Some(close) = open.close.take() {
        // A close tag for an enclosing element leaves this one unclosed (and is read again
        // there); any other one is taken as this element's (and reported if its name differs).
        if close.name.text == element.name.text || !open.names.contains(&close.name.text) {
            skip_close_tag(input)?;
            element.close = Some(close);
        }
    }
    Ok(element)
}

/// Moves past the close tag `parse_nodes` already read: its tokens up to and including `>`.
fn skip_close_tag(input: ParseStream<'_>) -> Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((token, next)) = rest.token_tree() {
            rest = next;
            if matches!(&token, proc_macro2::TokenTree::Punct(punct) if punct.as_char() == '>') {
                return Ok(((), rest));
            }
        }
        Err(cursor.error("expected the `>` of a close tag"))
    })
}

impl Parse for CloseTag {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let lt: Token![<] = input.parse()?;
        let slash: Token![/] = input.parse()?;
        let name: Name = input.parse()?;
        let gt: Token![>] = input.parse()?;
        Ok(CloseTag {
            tokens: quote!(#lt #slash #name #gt),
            name,
        })
    }
}

impl Parse for Comment {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let mut tokens = TokenStream::new();
        let form = "write a comment as `<!-- \"text\" -->`, with its text as a string literal";
        for _ in 0..2 {
            input
                .parse::<proc_macro2::TokenTree>()?
                .to_tokens(&mut tokens);
        }
        for _ in 0..2 {
            let dash: Token![-] = input.parse().map_err(|e| Error::new(e.span(), form))?;
            dash.to_tokens(&mut tokens);
        }
        let body = if peek_str(input) {
            let text: LitStr = input.parse()?;
            text.to_tokens(&mut tokens);
            CommentBody::Literal(text)
        } else if input.peek(Brace) {
            let splice: Splice = input.parse()?;
            CommentBody::Splice(splice)
        } else {
            return Err(input.error(form));
        };
        for _ in 0..2 {
            let dash: Token![-] = input.parse().map_err(|e| Error::new(e.span(), form))?;
            dash.to_tokens(&mut tokens);
        }
        let gt: Token![>] = input.parse().map_err(|e| Error::new(e.span(), form))?;
        gt.to_tokens(&mut tokens);
        Ok(Comment { body, tokens })
    }
}

impl Parse for Doctype {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let lt: Token![<] = input.parse()?;
        let bang: Token![!] = input.parse()?;
        // What the declaration holds up to its `>`, for the error's span.
        let rest: TokenStream = {
            let fork = input.fork();
            let mut rest = TokenStream::new();
            while !fork.is_empty() && !fork.peek(Token![>]) {
                rest.extend([fork.parse::<proc_macro2::TokenTree>()?]);
            }
            if let Ok(gt) = fork.parse::<Token![>]>() {
                gt.to_tokens(&mut rest);
            }
            rest
        };
        let keyword = input.call(Ident::parse_any);
        let html = input.call(Ident::parse_any);
        let gt = input.parse::<Token![>]>();
        match (keyword, html, gt) {
            (Ok(keyword), Ok(html), Ok(gt))
                if keyword.to_string().eq_ignore_ascii_case("doctype")
                    && html.to_string().eq_ignore_ascii_case("html") =>
            {
                Ok(Doctype {
                    tokens: quote!(#lt #bang #keyword #html #gt),
                })
            }
            _ => Err(Error::new_spanned(
                quote!(#lt #bang #rest),
                "expected `<!DOCTYPE html>`; it is the only markup declaration a template can hold",
            )),
        }
    }
}

impl Parse for Name {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        // Most names are one word that nothing continues (`div`, `class`): read at the cursor,
        // without the separator checks below.
        let word = input.step(|cursor| {
            if let Some((word, rest)) = cursor.ident()
                && !matches!(rest.punct(), Some((punct, _)) if matches!(punct.as_char(), '-' | ':' | '.'))
            {
                let text = word.to_string();
                if !text.starts_with("r#") {
                    return Ok((Some((word, text)), rest));
                }
            }
            Ok((None, *cursor))
        })?;
        if let Some((word, text)) = word {
            let mut tokens = TokenStream::new();
            tokens.append(word);
            return Ok(Name { text, tokens });
        }
        let mut tokens = TokenStream::new();
        let first = name_part(input)?;
        let mut text = first.to_string();
        let mut last = first.span();
        first.to_tokens(&mut tokens);
        loop {
            let continues = input.peek(Token![-])
                || input.peek(Token![:])
                || (input.peek(Token![.]) && !input.peek(Token![..]));
            // A name is written without spaces: `<div x-data :class="c">` is two attributes.
            // (Positions are asked for only where the name could go on: each is a question to
            // the compiler, and a large template has tens of thousands of names.)
            if !continues || separated(last, input.span()) {
                break;
            }
            let separator = if input.peek(Token![::]) {
                input.parse::<Token![::]>()?.to_tokens(&mut tokens);
                "::"
            } else if input.peek(Token![-]) {
                input.parse::<Token![-]>()?.to_tokens(&mut tokens);
                "-"
            } else if input.peek(Token![:]) {
                input.parse::<Token![:]>()?.to_tokens(&mut tokens);
                ":"
            } else if input.peek(Token![.]) && !input.peek(Token![..]) {
                input.parse::<Token![.]>()?.to_tokens(&mut tokens);
                "."
            } else {
                break;
            };
            text.push_str(separator);
            // `hx-on--after-request`: dashes may follow each other.
            if separator == "-" {
                while input.peek(Token![-]) {
                    input.parse::<Token![-]>()?.to_tokens(&mut tokens);
                    text.push('-');
                }
            }
            if input.peek(LitInt) {
                let number: LitInt = input.parse()?;
                text.push_str(&number.to_string());
                last = number.span();
                number.to_tokens(&mut tokens);
            } else {
                let part = name_part(input)?;
                text.push_str(&part.to_string());
                last = part.span();
                part.to_tokens(&mut tokens);
            }
        }
        Ok(Name { text, tokens })
    }
}

/// Whether the source shows space between the token spanned `before` and the one spanned
/// `after`. Where the compiler gives no positions (tokens made by other macros), they are
/// taken as adjacent, as before positions were read.
fn separated(before: proc_macro2::Span, after: proc_macro2::Span) -> bool {
    let (end, start) = (before.end(), after.start());
    end.line != 0 && start.line != 0 && (start.line, start.column) > (end.line, end.column)
}

/// An attribute's name: a [`Name`], or one that starts with the `@`, `:`, `.` or `#` of the
/// shorthands front-end libraries read (`@click.outside`, `:class`, `.prop`, `#default`).
fn attribute_name(input: ParseStream<'_>) -> Result<Name> {
    let mut tokens = TokenStream::new();
    let at = input.span();
    let sigil = if input.peek(Token![@]) {
        input.parse::<Token![@]>()?.to_tokens(&mut tokens);
        "@"
    } else if input.peek(Token![:]) && !input.peek(Token![::]) {
        input.parse::<Token![:]>()?.to_tokens(&mut tokens);
        ":"
    } else if input.peek(Token![.]) && !input.peek(Token![..]) {
        input.parse::<Token![.]>()?.to_tokens(&mut tokens);
        "."
    } else if input.peek(Token![#]) {
        input.parse::<Token![#]>()?.to_tokens(&mut tokens);
        "#"
    } else {
        return input.parse();
    };
    if input.peek(syn::token::Bracket) {
        return Err(input.error(format!(
            "a dynamic argument (`{sigil}[...]`) puts code in the attribute's name, and names are written as they are; write the name, as in `{sigil}href`"
        )));
    }
    if !input.peek(Ident::peek_any) {
        return Err(Error::new(
            at,
            format!(
                "`{sigil}` starts the shorthand of a front-end library; write a name after it, as in `{}`",
                match sigil {
                    "@" => "@click",
                    ":" => ":class",
                    "." => ".prop",
                    _ => "#default",
                }
            ),
        ));
    }
    let name: Name = input.parse()?;
    name.tokens.to_tokens(&mut tokens);
    Ok(Name {
        text: format!("{sigil}{}", name.text),
        tokens,
    })
}

fn name_part(input: ParseStream<'_>) -> Result<Ident> {
    if !input.peek(Ident::peek_any) {
        return Err(input.error("expected a name"));
    }
    let part = input.call(Ident::parse_any)?;
    if part.to_string().starts_with("r#") {
        let plain = part.unraw();
        return Err(Error::new(
            part.span(),
            format!("raw identifiers are not needed in names; write `{plain}`"),
        ));
    }
    Ok(part)
}

impl ToTokens for Name {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.tokens.to_tokens(tokens);
    }
}

impl Parse for Attr {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        if input.peek(Brace) {
            let dynamic: Splice = input.parse()?;
            return Err(Error::new(
                dynamic.span,
                "attribute names cannot be dynamic; write the name, and give it an `Option` or `bool` value to leave it out",
            ));
        }
        if peek_str(input) {
            let quoted: LitStr = input.parse()?;
            return Err(Error::new(
                quoted.span(),
                format!(
                    "attribute names are written without quotes; write `{}`",
                    quoted.value()
                ),
            ));
        }
        let name = attribute_name(input)?;
        let value = if input.parse::<Option<Token![=]>>()?.is_some() {
            if peek_str(input) {
                AttrValue::Literal(input.parse()?)
            } else if input.peek(syn::LitBool) {
                AttrValue::Bool(input.parse()?)
            } else if input.peek(Brace) {
                AttrValue::Expr(input.parse()?)
            } else if input.peek(Paren) {
                AttrValue::Parts(parse_value_parts(input)?)
            } else {
                return Err(attribute_value_error(input, &name));
            }
        } else {
            AttrValue::Flag
        };
        Ok(Attr { name, value })
    }
}

/// `("/users/" {id} "/edit")`: literal and dynamic parts of one value.
fn parse_value_parts(input: ParseStream<'_>) -> Result<Vec<ValuePart>> {
    let content;
    let parens = parenthesized!(content in input);
    let mut parts = Vec::new();
    while !content.is_empty() {
        if peek_str(&content) {
            parts.push(ValuePart::Literal(content.parse()?));
        } else if content.peek(Brace) {
            parts.push(ValuePart::Splice(content.parse()?));
        } else {
            return Err(content.error("a value built from parts holds string literals and `{expr}`s, as in `(\"/users/\" {id})`"));
        }
    }
    if parts.is_empty() {
        return Err(Error::new(
            parens.span.join(),
            "empty `()`; write the value's parts inside, as in `(\"/users/\" {id})`",
        ));
    }
    Ok(parts)
}

/// The error for `name=` followed by something other than a string literal or `{expr}`.
fn attribute_value_error(input: ParseStream<'_>, name: &Name) -> Error {
    let name = &name.text;
    let shown = match input.fork().parse::<proc_macro2::TokenTree>() {
        Ok(proc_macro2::TokenTree::Literal(lit)) => {
            let text = lit.to_string();
            let inner = text.trim_matches('\'');
            return Error::new(
                lit.span(),
                format!(
                    "attribute values are a double-quoted string literal or `{{expr}}`; write `{name}=\"{inner}\"`"
                ),
            );
        }
        Ok(proc_macro2::TokenTree::Ident(word)) => word.to_string(),
        Ok(_) | Err(_) => {
            return input.error(format!(
                "expected a value after `{name}=`; write `{name}=\"...\"` or `{name}={{expr}}`"
            ));
        }
    };
    input.error(format!(
        "attribute values are a string literal or `{{expr}}`; write `{name}=\"{shown}\"` or `{name}={{{shown}}}`"
    ))
}

impl Parse for Splice {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let content;
        let brace = braced!(content in input);
        let span = brace.span.join();
        // A value that is empty or does not parse is reported once and replaced by a
        // stand-in (`recover.rs`), so the rest of the template is still read.
        if content.is_empty() {
            let error = Error::new(
                span,
                "empty `{}`; put the value to render inside, as in `{name}`",
            );
            return Ok(Splice {
                expr: recover::missing(error),
                span,
            });
        }
        if plain_value(content.cursor()).is_some_and(|rest| rest.eof()) {
            let tokens: TokenStream = content.parse()?;
            return Ok(Splice {
                expr: Expr::Verbatim(tokens),
                span,
            });
        }
        let fork = content.fork();
        let error = match fork.parse::<Expr>() {
            Ok(expr) if fork.is_empty() => {
                content.advance_to(&fork);
                return Ok(Splice { expr, span });
            }
            Ok(_) => fork.error(
                "expected one expression inside `{...}`; to show two values, write `{first} {second}`",
            ),
            Err(error) => error,
        };
        let tokens: TokenStream = content.parse()?;
        let error = recover::incomplete(&tokens, error, false);
        Ok(Splice {
            expr: recover::stand_in(tokens, error, false),
            span,
        })
    }
}

/// Reads a plain value at `cursor`: a path (`user`, `self.name`, `Kind::Admin`, with one `&`
/// before it), then any of `.field`, `.0`, `.method(args)`, `(args)`, `[index]` and `?`, where
/// each argument and index is a plain value or a literal. Returns the cursor after it, or `None`
/// when the tokens there are anything else.
///
/// Most values in a template have this form, and syn's expression parser, which reads every
/// other form, was the largest part of the macro's time on a large template. A plain value is
/// kept as its tokens (`Expr::Verbatim`) instead: syn would read it as one expression, so the
/// tokens are exactly what a parse would give back, and what the check looks for cannot be in
/// it: it holds no keyword (so no `break`, `continue` or `return`), and it is not a tuple.
fn plain_value(cursor: Cursor<'_>) -> Option<Cursor<'_>> {
    let cursor = match cursor.punct() {
        Some((amp, rest)) if amp.as_char() == '&' => rest,
        _ => cursor,
    };
    let (first, mut cursor) = cursor.ident()?;
    if is_keyword(&first)
        && !matches!(
            first.to_string().as_str(),
            "self" | "Self" | "super" | "crate"
        )
    {
        return None;
    }
    // The rest of the path: `::segment`.
    while let Some((colon, rest)) = cursor.punct()
        && colon.as_char() == ':'
        && colon.spacing() == Spacing::Joint
    {
        let (colon, rest) = rest.punct()?;
        if colon.as_char() != ':' {
            return None;
        }
        let (segment, rest) = rest.ident()?;
        if is_keyword(&segment) {
            return None;
        }
        cursor = rest;
    }
    loop {
        if let Some((args, _, rest)) = cursor.group(Delimiter::Parenthesis) {
            arguments(args)?;
            cursor = rest;
        } else if let Some((index, _, rest)) = cursor.group(Delimiter::Bracket) {
            cursor = rest;
            match argument(index)? {
                end if end.eof() => {}
                _ => return None,
            }
        } else if let Some((punct, rest)) = cursor.punct() {
            match punct.as_char() {
                '?' => cursor = rest,
                '.' => {
                    if let Some((member, after)) = rest.ident() {
                        if is_keyword(&member) && member != "await" {
                            return None;
                        }
                        cursor = after;
                    } else {
                        // A tuple field, `.0`: digits only (`.0.1` is one float literal).
                        let (index, after) = rest.literal()?;
                        if !index.to_string().bytes().all(|b| b.is_ascii_digit()) {
                            return None;
                        }
                        cursor = after;
                    }
                }
                _ => return Some(cursor),
            }
        } else {
            return Some(cursor);
        }
    }
}

/// Call arguments for `plain_value`: none, or plain values and literals separated by commas.
fn arguments(mut cursor: Cursor<'_>) -> Option<()> {
    while !cursor.eof() {
        cursor = argument(cursor)?;
        match cursor.punct() {
            Some((comma, rest)) if comma.as_char() == ',' => cursor = rest,
            _ if cursor.eof() => {}
            _ => return None,
        }
    }
    Some(())
}

/// One argument for `plain_value`: a literal or a plain value.
fn argument(cursor: Cursor<'_>) -> Option<Cursor<'_>> {
    match cursor.literal() {
        Some((_, rest)) => Some(rest),
        None => plain_value(cursor),
    }
}

/// Whether `word` is one of Rust's keywords (strict, reserved or weak), or `_`.
fn is_keyword(word: &Ident) -> bool {
    const KEYWORDS: &[&str] = &[
        "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
        "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
        "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv",
        "pub", "raw", "ref", "return", "safe", "self", "Self", "static", "struct", "super",
        "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual",
        "where", "while", "yield",
    ];
    let word = word.to_string();
    KEYWORDS.contains(&word.as_str())
}

impl Parse for Block {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let content;
        braced!(content in input);
        Ok(Block {
            nodes: parse_nodes(&content, &mut Open::default())?,
        })
    }
}

fn parse_control(input: ParseStream<'_>) -> Result<Node> {
    let at: Token![@] = input.parse()?;
    let lookahead = input.lookahead1();
    if lookahead.peek(Token![if]) {
        input.parse().map(Node::If)
    } else if lookahead.peek(Token![for]) {
        input.parse().map(Node::For)
    } else if lookahead.peek(Token![while]) {
        input.parse().map(Node::While)
    } else if lookahead.peek(Token![match]) {
        input.parse().map(Node::Match)
    } else if lookahead.peek(Token![let]) {
        input.parse().map(Node::Let)
    } else if input.peek(Ident)
        && input
            .fork()
            .parse::<Ident>()
            .is_ok_and(|word| word == "nonce")
    {
        let keyword: Ident = input.parse()?;
        let eq: Token![=] = input.parse()?;
        let expr: Expr = input.parse()?;
        let semi: Token![;] = input.parse().map_err(|_| {
            Error::new_spanned(
                quote!(#at #keyword #eq #expr),
                "`@nonce` needs a `;` after its value; write `@nonce = nonce;`",
            )
        })?;
        Ok(Node::Nonce(NonceDecl {
            expr,
            tokens: quote!(#at #keyword #eq #semi),
        }))
    } else if input.peek(Ident::peek_any) && !input.peek(Token![else]) {
        let word = input.call(Ident::parse_any)?;
        Err(Error::new_spanned(
            quote!(#at #word),
            format!(
                "unknown control keyword `@{word}`; use `@if`, `@for`, `@while`, `@match` or `@let`"
            ),
        ))
    } else if input.peek(Token![else]) {
        let keyword: Token![else] = input.parse()?;
        Err(Error::new_spanned(
            quote!(#at #keyword),
            "`@else` without an `@if` before it; put it right after the `@if { ... }` block",
        ))
    } else {
        Err(lookahead.error())
    }
}

impl Parse for If {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let if_token: Token![if] = input.parse()?;
        let cond = header(
            input,
            "`@if` needs a condition before its `{`; write `@if condition { ... }`",
            &if_token,
        )?;
        let then: Block = input.parse()?;
        let otherwise = if input.peek(Token![@]) && input.peek2(Token![else]) {
            input.parse::<Token![@]>()?;
            input.parse::<Token![else]>()?;
            if input.peek(Token![if]) {
                Some(Else::If(Box::new(input.parse()?)))
            } else {
                Some(Else::Block(input.parse()?))
            }
        } else {
            None
        };
        Ok(If {
            if_span: if_token.span,
            cond,
            then,
            otherwise,
        })
    }
}

/// The expression of a control-flow header, up to the `{` of its body. One that is missing or
/// does not parse is reported once and replaced by a stand-in (`recover.rs`) when a body
/// follows, so the body and the rest of the template are still read; `missing` is the message
/// for an empty header, spanned at `keyword`.
fn header(input: ParseStream<'_>, missing: &str, keyword: &impl ToTokens) -> Result<Expr> {
    // A plain value before the body, as in `@for item in items {`, is kept as its tokens.
    if let Some(end) = plain_value(input.cursor())
        && end.group(Delimiter::Brace).is_some()
    {
        return input.step(|cursor| {
            let (mut tokens, mut rest) = (TokenStream::new(), *cursor);
            while rest != end
                && let Some((token, next)) = rest.token_tree()
            {
                tokens.extend([token]);
                rest = next;
            }
            Ok((Expr::Verbatim(tokens), rest))
        });
    }
    let fork = input.fork();
    if let Ok(expr) = Expr::parse_without_eager_brace(&fork)
        && fork.peek(Brace)
    {
        input.advance_to(&fork);
        return Ok(expr);
    }
    // The header as written: the tokens before the first `{ ... }`.
    let scan = input.fork();
    let mut tokens = TokenStream::new();
    while !scan.is_empty() && !scan.peek(Brace) {
        tokens.extend([scan.parse::<proc_macro2::TokenTree>()?]);
    }
    if scan.is_empty() {
        // No body follows: the template cannot be read on; syn's error says why.
        return Expr::parse_without_eager_brace(input);
    }
    input.advance_to(&scan);
    if tokens.is_empty() {
        return Ok(recover::missing(Error::new_spanned(keyword, missing)));
    }
    let whole = |header: ParseStream<'_>| {
        Expr::parse_without_eager_brace(header)?;
        if header.is_empty() {
            Ok(())
        } else {
            Err(header.error("expected the `{` of the body here"))
        }
    };
    let error = match whole.parse2(tokens.clone()) {
        Ok(()) => Error::new_spanned(&tokens, "expected the `{` of the body after this"),
        Err(error) => recover::incomplete(&tokens, error, true),
    };
    Ok(recover::stand_in(tokens, error, true))
}

impl Parse for For {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let for_token: Token![for] = input.parse()?;
        let pat = Pat::parse_multi_with_leading_vert(input)?;
        let in_token: Token![in] = input.parse()?;
        let expr = header(
            input,
            "`@for` needs the values to loop over after `in`; write `@for item in items { ... }`",
            &in_token,
        )?;
        let body = input.parse()?;
        Ok(For {
            for_span: for_token.span,
            pat,
            expr,
            body,
        })
    }
}

impl Parse for While {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let while_token: Token![while] = input.parse()?;
        let cond = header(
            input,
            "`@while` needs a condition before its `{`; write `@while condition { ... }`",
            &while_token,
        )?;
        let body = input.parse()?;
        Ok(While {
            while_span: while_token.span,
            cond,
            body,
        })
    }
}

impl Parse for Match {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let match_token: Token![match] = input.parse()?;
        let expr = header(
            input,
            "`@match` needs the value to match before its `{`; write `@match value { ... }`",
            &match_token,
        )?;
        let content;
        braced!(content in input);
        let mut arms = Vec::new();
        while !content.is_empty() {
            arms.push(content.parse()?);
        }
        Ok(Match {
            match_span: match_token.span,
            expr,
            arms,
        })
    }
}

impl Parse for Arm {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let pat = Pat::parse_multi_with_leading_vert(input)?;
        let guard = if input.parse::<Option<Token![if]>>()?.is_some() {
            Some(input.parse()?)
        } else {
            None
        };
        input.parse::<Token![=>]>()?;
        if !input.peek(Brace) {
            return Err(input.error(
                "expected `{` after `=>`; write each arm's markup in braces: `pattern => { ... }`",
            ));
        }
        let body = input.parse()?;
        input.parse::<Option<Token![,]>>()?;
        Ok(Arm { pat, guard, body })
    }
}

impl Parse for Let {
    fn parse(input: ParseStream<'_>) -> Result<Self> {
        let let_token: Token![let] = input.parse()?;
        let mut pat = Pat::parse_single(input)?;
        if input.peek(Token![:]) {
            pat = Pat::Type(syn::PatType {
                attrs: Vec::new(),
                pat: Box::new(pat),
                colon_token: input.parse()?,
                ty: input.parse()?,
            });
        }
        let eq_token: Token![=] = input.parse()?;
        let expr: Expr = input.parse()?;
        let diverge = match input.parse::<Option<Token![else]>>()? {
            Some(else_token) => {
                let block: syn::Block = input.parse()?;
                Some((
                    else_token,
                    Box::new(Expr::Block(syn::ExprBlock {
                        attrs: Vec::new(),
                        label: None,
                        block,
                    })),
                ))
            }
            None => None,
        };
        let Some(semi_token) = input.parse::<Option<Token![;]>>()? else {
            return Err(Error::new_spanned(
                quote!(#let_token #pat #eq_token #expr),
                "`@let` needs a `;` after its value; write `@let name = value;`",
            ));
        };
        let stmt = syn::Local {
            attrs: Vec::new(),
            let_token,
            pat,
            init: Some(syn::LocalInit {
                eq_token,
                expr: Box::new(expr),
                diverge,
            }),
            semi_token,
        };
        Ok(Let { stmt })
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use proptest::prelude::*;
    use syn::parse::Parser as _;

    use super::plain_value;

    /// Whether `plain_value` takes all of `tokens`.
    fn plain(tokens: &TokenStream) -> bool {
        let parser = |input: syn::parse::ParseStream<'_>| {
            let whole = plain_value(input.cursor()).is_some_and(|rest| rest.eof());
            input.parse::<TokenStream>()?;
            Ok(whole)
        };
        parser.parse2(tokens.clone()).unwrap()
    }

    /// What a plain value must be for its tokens to stand in for syn's parse: one expression
    /// of syn's that is not a tuple and holds no jump (no keyword at all).
    fn check_plain(source: &str) -> Result<(), TestCaseError> {
        let Ok(tokens) = source.parse::<TokenStream>() else {
            return Ok(());
        };
        if !plain(&tokens) {
            return Ok(());
        }
        let expr = syn::parse2::<syn::Expr>(tokens.clone());
        prop_assert!(
            expr.is_ok(),
            "`{source}` taken as plain, but syn refuses it"
        );
        prop_assert!(
            !matches!(expr, Ok(syn::Expr::Tuple(_))),
            "`{source}` taken as plain is a tuple"
        );
        prop_assert!(
            !has_jump(tokens.clone()),
            "`{source}` taken as plain holds a jump"
        );
        // As a header (`@if value {`), syn's reading stops at the body's brace too.
        let header = |input: syn::parse::ParseStream<'_>| {
            syn::Expr::parse_without_eager_brace(input)?;
            input.parse::<proc_macro2::Group>()?;
            Ok(input.is_empty())
        };
        let with_body = quote::quote!(#tokens {});
        prop_assert!(
            matches!(header.parse2(with_body), Ok(true)),
            "`{source} {{}}`: syn reads the header otherwise"
        );
        Ok(())
    }

    fn has_jump(tokens: TokenStream) -> bool {
        tokens.into_iter().any(|token| match token {
            proc_macro2::TokenTree::Group(group) => has_jump(group.stream()),
            proc_macro2::TokenTree::Ident(word) => {
                ["break", "continue", "return"].contains(&word.to_string().as_str())
            }
            _ => false,
        })
    }

    #[test]
    fn plain_values_are_taken_as_tokens() {
        for source in [
            "name",
            "&lazy",
            "self.name",
            "user.name.first",
            "row.0",
            "row.0 .1",
            "Kind::Admin",
            "crate::pages::title",
            "t(\"key\", 2)",
            "items.get(0)?",
            "map[\"k\"]",
            "user.avatar(Size::Small, &theme,)",
            "fetch().await?",
            "r#type",
        ] {
            assert!(plain(&source.parse().unwrap()), "`{source}`");
            check_plain(source).unwrap();
        }
    }

    #[test]
    fn other_values_are_left_to_syn() {
        for source in [
            "(a, b)",
            "&(a, b)",
            "a + b",
            "&&a",
            "&mut a",
            "-a",
            "!a",
            "a as u8",
            "a..b",
            "\"lit\"",
            "7",
            "true",
            "_",
            "f(return)",
            "v[break]",
            "f(|x| x)",
            "f(a b)",
            "f(a,,)",
            "a.",
            "a.b::<T>()",
            "Vec::<u8>::new()",
            "a.0.1",
            "a.match",
            "a::self",
            "format!(\"{x}\")",
            "a { b }",
            "if a { b } else { c }",
            "::a",
            "a::",
            "a: :b",
        ] {
            assert!(
                !plain(&source.parse().unwrap()),
                "`{source}` taken as plain"
            );
        }
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "b", "self", "Self", "crate", "super", "r#fn", "await", "return", "break",
            "continue", "match", "_", "true", ".", "..", ":", "::", "&", "&&", "?", ",", "!", "+",
            "-", "|", "0", "1.5", "\"s\"", "'l", "(", ")", "[", "]", "{", "}", " ", "as", "mut",
            "<", ">",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Whatever `plain_value` takes, syn reads as one expression, not a tuple, without a jump.
        #[test]
        fn plain_values_read_as_syn_reads_them(pieces in prop::collection::vec(piece(), 1..12)) {
            check_plain(&pieces.concat())?;
        }
    }
}
