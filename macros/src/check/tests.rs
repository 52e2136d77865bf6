//! `check` on small inputs: which context each value gets and which errors come out.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Template;
use crate::ir::{Args, Output, Part};

fn check(markup: TokenStream) -> Result<Vec<Part>, Vec<String>> {
    let template: Template =
        syn::parse2(quote!((::vetted) #markup)).map_err(|e| vec![e.to_string()])?;
    super::check(template, Output::Own)
        .map(|template| template.parts)
        .map_err(|errors| errors.into_iter().map(|e| e.to_string()).collect())
}

fn errors(markup: TokenStream) -> Vec<String> {
    match check(markup) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

/// Every value's context and every static run, flattened in order.
fn flatten(parts: &[Part], out: &mut Vec<String>) {
    for part in parts {
        match part {
            Part::Static(markup) => out.push(markup.clone()),
            Part::Value { sink, args, .. } => out.push(match args {
                Args::None => format!("{{{sink:?}}}"),
                Args::Start(start) => {
                    let name = start.trim_start().trim_end_matches("=\"");
                    format!("{{{sink:?} {name}}}")
                }
                Args::Written(names) => format!("{{{sink:?} {names:?}}}"),
            }),
            Part::If {
                then, otherwise, ..
            } => {
                flatten(then, out);
                flatten(otherwise.as_deref().unwrap_or_default(), out);
            }
            Part::For { body, .. } | Part::While { body, .. } => flatten(body, out),
            Part::Match { arms, .. } => arms.iter().for_each(|arm| flatten(&arm.body, out)),
            Part::Let(_) => out.push("let".into()),
            Part::PageNonce(crate::ir::PageNonce::Declare(..)) => out.push("declare".into()),
            // Without `@nonce` the stamp writes something only into a caller's buffer; the
            // run-time tests follow it there.
            Part::PageNonce(crate::ir::PageNonce::Stamp { start, declared }) => {
                if *declared {
                    out.push(format!("{{page{}}}", start.trim_end_matches("=\"")));
                }
            }
            Part::Scope(parts) => flatten(parts, out),
            Part::Component(component) => {
                let path = quote::ToTokens::to_token_stream(&component.path).to_string();
                out.push(format!("<{path}:"));
                for (field, _) in &component.props {
                    out.push(format!("{field};"));
                }
                flatten(component.children.as_deref().unwrap_or_default(), out);
                out.push(format!("</{path}>"));
            }
        }
    }
}

fn shape(markup: TokenStream) -> String {
    let parts = check(markup).unwrap_or_else(|errors| panic!("unexpected errors: {errors:?}"));
    let mut out = Vec::new();
    flatten(&parts, &mut out);
    out.concat()
}

#[test]
fn text_values_get_the_text_context() {
    assert_eq!(shape(quote!(<p>"a" {x} "b"</p>)), "<p>a{Text}b</p>");
    assert_eq!(
        shape(quote!(<title>{x}</title>)),
        "<title>{EscapableRawText}</title>"
    );
    assert_eq!(
        shape(quote!(<textarea>{x}</textarea>)),
        "<textarea>\n{EscapableRawText}</textarea>"
    );
}

#[test]
fn attribute_values_get_the_attribute_context_with_their_name() {
    assert_eq!(
        shape(quote!(<input value={v} data-x={y}>)),
        r#"<input{Attribute value}{Attribute data-x}>"#
    );
}

#[test]
fn literals_are_escaped_at_compile_time() {
    assert_eq!(
        shape(quote!(<p title="a\"&<>">"<&>\r"</p>)),
        r#"<p title="a&#34;&amp;&#60;&#62;">&#60;&amp;&#62;&#13;</p>"#
    );
}

#[test]
fn script_and_style_literals_are_emitted_raw() {
    assert_eq!(
        shape(quote!(<script>"if (a < b && c) {}"</script>)),
        "<script>if (a < b && c) {}</script>"
    );
    assert_eq!(
        shape(quote!(<style>"a > b { }"</style>)),
        "<style>a > b { }</style>"
    );
}

#[test]
fn foreign_script_literals_are_escaped_because_foreign_content_decodes_references() {
    assert_eq!(
        shape(quote!(<svg><style>"a>b"</style></svg>)),
        "<svg><style>a&#62;b</style></svg>"
    );
}

#[test]
fn void_and_self_closing_elements() {
    assert_eq!(
        shape(quote!(<br><br/><svg><path d="M0"/></svg>)),
        r#"<br><br><svg><path d="M0"/></svg>"#
    );
}

#[test]
fn control_flow_bodies_are_checked_like_content() {
    assert_eq!(
        shape(quote!(<ul>@for i in xs { <li>{i}</li> } @if a { "y" } @else { "n" }</ul>)),
        "<ul><li>{Text}</li>yn</ul>"
    );
}

#[test]
fn every_error_is_reported_in_one_pass() {
    let errors = errors(
        quote!(<dvi></dvi><p class="a" class="b"></p><a href="javascript:x"></a><xmp></xmp>),
    );
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(errors[0].contains("did you mean `<div>`"));
    assert!(errors[1].starts_with("duplicate attribute `class`"));
    assert!(errors[2].starts_with("`javascript:` URLs are not allowed in `href`"));
    assert!(errors[3].starts_with("`<xmp>` is obsolete"));
}

#[test]
fn mismatched_close_tags_point_at_both_tags() {
    let errors = errors(quote!(<div></span>));
    assert_eq!(
        errors,
        [
            "mismatched close tag `</span>`; the open element is `<div>`, close it with `</div>`",
            "`<div>` is opened here"
        ]
    );
}

#[test]
fn a_close_tag_of_an_ancestor_leaves_the_inner_element_unclosed() {
    assert_eq!(
        errors(quote!(<div><p></div>)),
        ["unclosed element `<p>`; close it with `</p>`"]
    );
}

#[test]
fn void_close_tags_and_children_are_rejected() {
    assert_eq!(
        errors(quote!(<br></br>)),
        ["`<br>` is a void element and takes no close tag; remove `</br>`"]
    );
    assert_eq!(
        errors(quote!(<img>"alt"</img>)),
        [
            "`<img>` is a void element and cannot have children; move the content out of it and remove `</img>`"
        ]
    );
}

#[test]
fn dynamic_values_get_the_context_of_their_sink() {
    assert_eq!(
        shape(quote!(<a href={u} ping={p}></a><img src={u} srcset={s}>)),
        r#"<a{Url href}{UrlList ping}></a><img{MediaUrl src}{SrcSet srcset}>"#
    );
    assert_eq!(
        shape(
            quote!(<script src={r}></script><div onclick={h} ONCLICK2={h} style={s}></div><iframe srcdoc={d}></iframe>)
        ),
        r#"<script{ResourceUrl src}></script><div{EventHandler onclick}{EventHandler ONCLICK2}{Style style}></div><iframe{Srcdoc srcdoc}></iframe>"#
    );
    assert_eq!(
        shape(
            quote!(<script>{x}</script><script type="application/json">{x}</script><style>{x}</style>)
        ),
        r#"<script>{Script}</script><script type="application/json">{JsonData}</script><style>{StyleSheet}</style>"#
    );
}

#[test]
fn url_parts_are_encoded_for_where_they_sit() {
    assert_eq!(
        shape(quote!(<a href=("/u/" {id} "?q=" {q} "#" {f})></a>)),
        r#"<a href="/u/{UrlPath}?q={UrlQuery}#{UrlFragment}"></a>"#
    );
    assert_eq!(errors(quote!(<a href=("java" {x})></a>)).len(), 1);
    assert_eq!(errors(quote!(<a href=({x} "/edit")></a>)).len(), 1);
    assert_eq!(errors(quote!(<p style=("a" {x})></p>)).len(), 1);
    // A plain attribute takes its parts as text, and an htmx request URL needs its site fixed.
    assert_eq!(
        shape(quote!(<p title=("a\"" {x} "b")></p>)),
        r#"<p title="a&#34;{AttributePart}b"></p>"#
    );
    assert_eq!(
        shape(quote!(<b hx-get=("/items/" {id})></b>)),
        r#"<b hx-get="/items/{UrlPath}"></b>"#
    );
    assert_eq!(errors(quote!(<b hx-get=("https:" {x})></b>)).len(), 1);
}

#[test]
fn values_that_change_how_the_page_is_read_take_only_literals() {
    for markup in [
        quote!(<meta http-equiv={x}>),
        quote!(<meta content={x}>),
        quote!(<script type={x}></script>),
        quote!(<base target={x}>),
        quote!(<script type="importmap">{x}</script>),
        quote!(<svg><script>{x}</script></svg>),
        quote!(<!-- {x} -->),
    ] {
        assert_eq!(errors(markup.clone()).len(), 1, "{markup}");
    }
}

#[test]
fn literal_urls_follow_the_policy_of_their_attribute() {
    assert_eq!(errors(quote!(<a href="javascript:alert(1)"></a>)).len(), 1);
    assert_eq!(errors(quote!(<a href=" JaVaScRiPt:alert(1)"></a>)).len(), 1);
    assert_eq!(
        errors(quote!(<img src="data:image/svg+xml;base64,AAAA">)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<img srcset="a.png 1x, javascript:x 2x">)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<script src="http://cdn.example/a.js"></script>)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<div style="background: url(javascript:x)"></div>)).len(),
        1
    );
    assert!(errors(quote!(<a href="https://x.example/a:b"></a><a href="/p?q=a:b"></a><img src="data:image/png;base64,AAAA">)).is_empty());
    assert!(errors(quote!(<script src="/app.js"></script><link rel="stylesheet" href="https://cdn.example/a.css">)).is_empty());
}

#[test]
fn script_types_decide_the_body_rules() {
    assert_eq!(
        errors(quote!(<script type="text/template">"<p>"</script>)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<script type="application/json">"{\"a\": 1,}"</script>)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<script type="application/json">"{\"a\": \"<\"}"</script>)).len(),
        1
    );
    assert!(errors(quote!(<script type="module">"import x from '/x.js'"</script><script type="application/ld+json">"{\"@type\": \"Thing\"}"</script>)).is_empty());
}

#[test]
fn comments_hold_literals_that_cannot_end_them_early() {
    assert_eq!(
        shape(quote!(<!-- " note " --><p></p>)),
        "<!-- note --><p></p>"
    );
    assert_eq!(errors(quote!(<!-- "a --> b" -->)).len(), 1);
    assert_eq!(errors(quote!(<!-- "->" -->)).len(), 1);
    assert_eq!(errors(quote!(<title><!-- "x" --></title>)).len(), 1);
}

#[test]
fn script_literals_that_end_the_element_early_are_refused() {
    assert_eq!(errors(quote!(<script>"a = '</SCRIPT>'"</script>)).len(), 1);
    assert_eq!(errors(quote!(<script>"<!-- x"</script>)).len(), 1);
    assert_eq!(errors(quote!(<style>"</style"</style>)).len(), 1);
    assert!(errors(quote!(<style>"<!--"</style>)).is_empty());
}

#[test]
fn doctype_only_at_the_start() {
    assert_eq!(
        shape(quote!(<!DOCTYPE html><html></html>)),
        "<!DOCTYPE html><html></html>"
    );
    assert_eq!(errors(quote!(<p></p><!doctype html>)).len(), 1);
}

#[test]
fn animation_values_are_literal_lists_of_urls() {
    assert_eq!(
        errors(quote!(<svg><animate attributeName="href" values="/a;javascript:alert(1)"/></svg>))
            .len(),
        1
    );
    assert_eq!(
        errors(quote!(<svg><animate attributeName="href" values={v}/></svg>)).len(),
        1
    );
    assert!(
        errors(quote!(<svg><animate attributeName="opacity" values="0;1;0"/></svg>)).is_empty()
    );
}

#[test]
fn meta_refresh_targets_follow_the_url_policy() {
    assert_eq!(
        errors(quote!(<meta http-equiv="refresh" content="0; url=javascript:alert(1)">)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<meta http-equiv="Refresh" content="5;URL='JavaScript:x'">)).len(),
        1
    );
    assert!(errors(quote!(<meta http-equiv="refresh" content="5; url=/home">)).is_empty());
    assert!(errors(quote!(<meta name="keywords" content="rust, web: safety">)).is_empty());
}

#[test]
fn link_href_is_a_page_url_only_for_page_relations() {
    assert_eq!(
        shape(quote!(<link rel="canonical" href={u}><link rel="stylesheet" href={s}>)),
        r#"<link rel="canonical"{Url href}><link rel="stylesheet"{ResourceUrl href}>"#
    );
}

#[test]
fn same_document_references_are_resource_urls() {
    assert!(errors(quote!(<svg><use href="#icon"/></svg>)).is_empty());
}

#[test]
fn components_take_props_and_children() {
    assert_eq!(
        shape(quote!(<ui::Card title="t" compact count={n}><p>{x}</p></ui::Card><Icon/>)),
        "<ui :: Card:title;compact;count;<p>{Text}</p></ui :: Card><Icon:</Icon>"
    );
    assert_eq!(errors(quote!(<Card data-x="1"></Card>)).len(), 1);
    assert_eq!(errors(quote!(<Card a="1" a="2"></Card>)).len(), 1);
    assert_eq!(errors(quote!(<Card></Crad>)).len(), 2);
}

#[test]
fn class_toggles_join_the_literal_class() {
    assert_eq!(errors(quote!(<p class={c} class:on={x}></p>)).len(), 1);
    assert_eq!(errors(quote!(<p class:on></p>)).len(), 1);
}

#[test]
fn state_changing_forms_need_csrf_protection() {
    assert_eq!(errors(quote!(<form method="post"></form>)).len(), 1);
    assert_eq!(errors(quote!(<form method={m}></form>)).len(), 1);
    assert_eq!(
        errors(quote!(<form><button formmethod="post">"x"</button></form>)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<form> @if a { <input type="submit" formmethod="POST"> } </form>)).len(),
        1
    );
    assert!(
        errors(quote!(<form method="post" csrf={t}></form><form method="post" csrf=false></form>))
            .is_empty()
    );
    assert!(
        errors(quote!(<form></form><form method="get"></form><form method="dialog"></form>))
            .is_empty()
    );
    assert_eq!(
        shape(quote!(<form method="post" csrf={t}><p></p></form>)),
        r#"<form method="post">{CsrfField}<p></p></form>"#
    );
}

#[test]
fn csrf_tokens_never_leak_to_urls_or_other_sites() {
    assert_eq!(errors(quote!(<form method="get" csrf={t}></form>)).len(), 1);
    assert_eq!(errors(quote!(<form csrf={t}></form>)).len(), 1);
    assert_eq!(
        errors(quote!(<form method="post" action="https://evil.example/x" csrf={t}></form>)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<form method="post" action="//evil.example/x" csrf={t}></form>)).len(),
        1
    );
    assert_eq!(
        errors(quote!(<form method="post" csrf="token"></form>)).len(),
        1
    );
}

#[test]
fn nonces_are_values_declared_once_and_stamped() {
    assert_eq!(errors(quote!(<script nonce="abc"></script>)).len(), 1);
    assert_eq!(
        shape(
            quote!(@nonce = n; <script></script><style></style><link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.png"><script nonce={m}></script>)
        ),
        concat!(
            "letdeclare<script{page nonce}></script><style{page nonce}></style>",
            "<link rel=\"stylesheet\" href=\"/a.css\"{page nonce}><link rel=\"icon\" href=\"/i.png\">",
            "<script{Nonce nonce}></script>"
        )
    );
    assert_eq!(errors(quote!(<p></p> @nonce = n;)).len(), 1);
    assert_eq!(errors(quote!(@nonce = n; @nonce = m;)).len(), 1);
}

fn lazy_errors(markup: TokenStream) -> Vec<String> {
    let template: Template = syn::parse2(quote!((::vetted) #markup)).expect("parses");
    match super::check(template, Output::Lazy) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    }
}

/// The one error of `markup`, which must start with `start`.
fn one_error(errors: Vec<String>, start: &str) {
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with(start), "{errors:?}");
}

#[test]
fn loop_jumps_inside_markup_opened_in_the_loop_are_refused() {
    let unclosed = "`continue` here would leave `<li>` unclosed";
    one_error(
        errors(quote!(@for x in xs { <li>{ if x { continue } else { x } }</li> })),
        unclosed,
    );
    // A `@while` has no items to filter: the hint is the top level only.
    assert_eq!(
        errors(quote!(@while w { <li>{ if x { break } else { x } }</li> })),
        [
            "`break` here would leave `<li>` unclosed: the rest of the page would be read inside it; move the check to the loop body's top level (`@let ... else { break };` or `@if`)"
        ]
    );
    // Any depth of elements opened in the body; the innermost is named.
    one_error(
        errors(quote!(@for x in xs { <li><b>{ if x { continue } else { x } }</b></li> })),
        "`continue` here would leave `<b>` unclosed",
    );
    // Every fragment of Rust code evaluated inside the element.
    for body in [
        quote!(<li>@let Some(v) = x else { continue }; {v}</li>),
        quote!(<li>@let v = f(continue); {v}</li>),
        quote!(<li>@if f(continue) { "a" }</li>),
        quote!(<li>@match x { Some(v) if f(v, continue) => { {v} } _ => {} }</li>),
        quote!(<li>@match f(continue) { _ => {} }</li>),
        quote!(<li>@for y in f(continue) { {y} }</li>),
        quote!(<li><Card title={f(continue)}/></li>),
        quote!(<li>{ format!("{}", if x { continue } else { x }) }</li>),
        quote!(<li>{ vetted::html! { <b>{ if x { continue } else { x } }</b> } }</li>),
    ] {
        one_error(errors(quote!(@for x in xs { #body })), unclosed);
    }
    // Inside text-only elements too, where the rest of the page would be read as text.
    for element in [
        quote!(title),
        quote!(textarea),
        quote!(script),
        quote!(style),
    ] {
        let errors =
            errors(quote!(@for x in xs { <#element>{ if x { continue } else { x } }</#element> }));
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("`continue` here would leave `<")),
            "{errors:?}"
        );
    }
}

#[test]
fn loop_jumps_inside_a_start_tag_name_the_attribute() {
    one_error(
        errors(quote!(@for x in xs { <a title={ if x { break } else { x } }>"a"</a> })),
        "`break` here would leave the attribute value of `<a title>` unclosed",
    );
    one_error(
        errors(quote!(@for x in xs { <a href=("/u/" { if x { continue } else { x } })>"a"</a> })),
        "`continue` here would leave the attribute value of `<a href>` unclosed",
    );
    one_error(
        errors(quote!(@for x in xs { <p class="a" class:b={ if x { continue } else { x } }></p> })),
        "`continue` here would leave the attribute value of `<p class>` unclosed",
    );
    one_error(
        errors(quote!(@for x in xs { <div ..{ if x { continue } else { x } }></div> })),
        "`continue` here would leave the start tag of `<div>` unclosed",
    );
    // A void element's start tag opened at the loop body's top level is open all the same.
    one_error(
        errors(quote!(@for x in xs { <img alt={ if x { continue } else { x } }> })),
        "`continue` here would leave the attribute value of `<img alt>` unclosed",
    );
}

#[test]
fn balanced_and_caught_loop_jumps_are_allowed() {
    for template in [
        // At the loop body's top level, every element is closed.
        quote!(<ul> @for x in xs { @let Some(v) = x else { continue }; <li>{v}</li> } </ul>),
        quote!(<ul> @for x in xs { @if f(continue) {} {x} <li>{x}</li> { if x { break } else { x } } } </ul>),
        quote!(<ul> @for x in xs { @match f(break) { _ => { <li></li> } } } </ul>),
        // The `@for` iterable of a loop inside the element is evaluated outside that loop.
        quote!(@for x in xs { @for y in f(x, continue) { <li>{y}</li> } }),
        // Caught inside the expression.
        quote!(@for x in xs { <li>{ loop { break 5 } }</li> }),
        quote!(@for x in xs { <li>{ xs.iter().map(|x| if *x { return 1 } else { 2 }).sum::<u8>() }</li> }),
        quote!(@for x in xs { <li>{ 'a: loop { loop { break 'a 1 } } }</li> }),
        // A jump in an inner template loop, at that loop's top level.
        quote!(@for x in xs { <ul> @for y in x { @let Some(v) = y else { continue }; <li>{v}</li> } </ul> }),
        // Labeled: template loops have no labels, so this leaves the whole template.
        quote!(@for x in xs { <li>{ if x { continue 'outer } else { x } }</li> }),
        // Outside any template loop: targets a loop around `html!`, which drops the buffer.
        quote!(<li>{ if x { continue } else { x } }</li>),
        // `return` and `?` in `html!` drop the whole buffer.
        quote!(@for x in xs { <li>{ if x { return } else { x } } {f()?}</li> }),
        // Component children are a closure (rustc refuses a jump out of it).
        quote!(@for x in xs { <Card>{ if x { continue } else { x } }</Card> }),
    ] {
        assert_eq!(errors(template.clone()), Vec::<String>::new(), "{template}");
    }
}

#[test]
fn returns_inside_open_markup_of_a_lazy_template_or_children_are_refused() {
    one_error(
        lazy_errors(quote!(<p>{ if x { return } else { x } }</p>)),
        "`return` here would leave `<p>` unclosed in the page this `lazy!` template is rendered into",
    );
    one_error(
        lazy_errors(quote!(<a href=("/u/" { if x { return } else { x } })></a>)),
        "`return` here would leave the attribute value of `<a href>` unclosed in the page this `lazy!` template",
    );
    one_error(
        lazy_errors(quote!(@for x in xs { <li>@let Some(v) = x else { return }; {v}</li> })),
        "`return` here would leave `<li>` unclosed",
    );
    one_error(
        errors(quote!(<Card><p>{ if x { return } else { x } }</p></Card>)),
        "`return` here would leave `<p>` unclosed in the output of `<Card>`",
    );
    // Nested templates: `html!` code jumps out with the surrounding code, `lazy!` is a closure.
    one_error(
        lazy_errors(quote!(<p>{ vetted::html! { {if x { return } else { x }} } }</p>)),
        "`return` here would leave `<p>` unclosed",
    );
    for template in [
        // At the top level of the lazy template, or of a loop in it, markup is balanced.
        quote!(<p>"a"</p> @let Some(v) = x else { return }; <p>{v}</p>),
        quote!(@for x in xs { @let Some(v) = x else { return }; <li>{v}</li> }),
        quote!(@if f(return) {}),
        // Closures, async blocks and items end there.
        quote!(<p>{ xs.iter().map(|x| if *x { return 1 } else { 2 }).sum::<u8>() }</p>),
        quote!(<p>{ { fn f() -> u8 { return 1 } f() } }</p>),
        quote!(<p>{ async { return 1 } }</p>),
        quote!(<p>{ vetted::lazy! { <b>{ if x { return } else { x } }</b> } }</p>),
    ] {
        assert_eq!(
            lazy_errors(template.clone()),
            Vec::<String>::new(),
            "{template}"
        );
    }
    assert!(errors(quote!(<Card>"a" @let Some(v) = x else { return }; {v}</Card>)).is_empty());
}

/// Where the tree builder switches namespace decides whether a `<style>` body is raw (HTML) or
/// escaped (foreign content) and whether an element may have children: each switch, and the
/// near miss beside it (cargo-mutants found them untested).
#[test]
fn namespace_switches_follow_the_tree_builder() {
    for (markup, expected) in [
        // `<svg>` under `annotation-xml` starts SVG, whose `title` holds HTML again ...
        (
            quote!(<math><annotation-xml><svg><title><style>"a>b"</style></title></svg></annotation-xml></math>),
            "<math><annotation-xml><svg><title><style>a>b</style></title></svg></annotation-xml></math>",
        ),
        // ... elsewhere in MathML it is a MathML element, and its `title` is not HTML.
        (
            quote!(<math><mrow><svg><title><style>"a>b"</style></title></svg></mrow></math>),
            "<math><mrow><svg><title><style>a&#62;b</style></title></svg></mrow></math>",
        ),
        // `annotation-xml` holds HTML only with an HTML encoding.
        (
            quote!(<math><annotation-xml encoding="text/html"><style>"a>b"</style></annotation-xml></math>),
            "<math><annotation-xml encoding=\"text/html\"><style>a>b</style></annotation-xml></math>",
        ),
        (
            quote!(<math><annotation-xml><style>"a>b"</style></annotation-xml></math>),
            "<math><annotation-xml><style>a&#62;b</style></annotation-xml></math>",
        ),
        // `mglyph` is MathML only right inside a MathML text integration point.
        (
            quote!(<math><mtext><mglyph><style>"a>b"</style></mglyph></mtext></math>),
            "<math><mtext><mglyph><style>a&#62;b</style></mglyph></mtext></math>",
        ),
        (
            quote!(<math><annotation-xml encoding="text/html"><mglyph><style>"a>b"</style></mglyph></annotation-xml></math>),
            "<math><annotation-xml encoding=\"text/html\"><mglyph><style>a>b</style></mglyph></annotation-xml></math>",
        ),
        (
            quote!(<div><mglyph><style>"a>b"</style></mglyph></div>),
            "<div><mglyph><style>a>b</style></mglyph></div>",
        ),
    ] {
        assert_eq!(shape(markup.clone()), expected, "{markup}");
    }
    assert_eq!(
        errors(quote!(<iframe>"x"</iframe>)),
        [
            "`<iframe>` cannot have children: browsers read its content as text; give it a `src` URL instead"
        ]
    );
}

/// A `<div/>` is explained differently in plain HTML and where foreign content holds HTML again.
#[test]
fn self_closing_html_elements_are_explained_where_they_stand() {
    assert_eq!(
        errors(quote!(<div><span/></div>)),
        [
            "`<span/>` does not close `<span>`: only void, SVG and MathML elements can self-close; write `<span></span>`"
        ]
    );
    assert_eq!(
        errors(quote!(<svg><foreignObject><div/></foreignObject></svg>)),
        [
            "`<div/>` does not close `<div>`: inside `<foreignObject>` the content is HTML again, where only void elements self-close; write `<div></div>`"
        ]
    );
}
