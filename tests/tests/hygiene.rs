//! The expansion of `html!` names everything by absolute path: it needs no prelude and no caller item.
//!
//! This file is `#![no_std]` (only `core`'s prelude is in scope), one module opts out of every
//! prelude, and another shadows the names generated code might otherwise lean on: standard
//! types and macros, `core`/`alloc`/`std`/`vetted` themselves, the runtime's items and the
//! macro's internal variable. Every construct of the template language is used in each.

#![no_std]

extern crate alloc;
extern crate std;

/// A template with every construct, written against whatever `html!` is in scope; the
/// expected output is `EVERYTHING`.
macro_rules! everything {
    ($html:path, $some:path, $none:path) => {{
        let name = <::alloc::string::String as ::core::convert::From<&::core::primitive::str>>::from("<Ada>");
        let items = <::alloc::vec::Vec<u8> as ::core::convert::From<[u8; 3]>>::from([1, 2, 3]);
        let maybe: ::core::option::Option<&'static ::core::primitive::str> = $some("t&");
        let nothing: ::core::option::Option<&'static ::core::primitive::str> = $none;
        let flag = true;
        let mut countdown = 2_u8;
        $html! {
            <!DOCTYPE html>
            <html lang="en">
                <head><title>{name}</title></head>
                <body class="main" data-user={name} hidden={false} translate={flag} title={maybe} lang={nothing}>
                    <h1>"Hi " {name} "!"</h1>
                    @if items.is_empty() { "empty" } @else if flag { <b>"flag"</b> } @else { "other" }
                    @if let $some(t) = maybe && flag { <i>{t}</i> }
                    <ul>@for (i, item) in ::core::iter::Iterator::enumerate(items.iter()) { <li data-i={i}>{item}</li> }</ul>
                    @while countdown > 0 { {countdown} @let () = countdown -= 1; }
                    @match items.len() { 0 => { "none" } n if n > 2 => { <em>{n}</em> } _ => { "few" } }
                    @let total: u32 = ::core::iter::Iterator::sum(::core::iter::Iterator::map(items.iter(), |&i| -> u32 { ::core::convert::From::from(i) }));
                    <p>{total}</p>
                    <textarea>{name}</textarea>
                    <my-widget aria-label="x" aria-hidden={!flag}></my-widget>
                    <s class:a={flag} class:b={!flag} class:c={flag}></s>
                    <svg viewBox="0 0 1 1"><path d="M0 0"/></svg>
                    <input type="checkbox" checked><br/>
                </body>
            </html>
        }
    }};
}

const EVERYTHING: &str = concat!(
    r#"<!DOCTYPE html><html lang="en"><head><title>&#60;Ada&#62;</title></head>"#,
    r#"<body class="main" data-user="&#60;Ada&#62;" translate="yes" title="t&amp;">"#,
    r#"<h1>Hi &#60;Ada&#62;!</h1><b>flag</b><i>t&amp;</i>"#,
    r#"<ul><li data-i="0">1</li><li data-i="1">2</li><li data-i="2">3</li></ul>"#,
    r#"21<em>3</em><p>6</p><textarea>"#,
    "\n",
    r#"&#60;Ada&#62;</textarea><my-widget aria-label="x" aria-hidden="false"></my-widget><s class="a c"></s>"#,
    r#"<svg viewBox="0 0 1 1"><path d="M0 0"/></svg><input type="checkbox" checked><br></body></html>"#,
);

#[test]
fn expands_in_a_no_std_crate() {
    let page = everything!(vetted::html, Some, None);
    assert_eq!(page.as_str(), EVERYTHING);
}

#[test]
fn expands_under_a_renamed_crate() {
    use ::vetted as renamed;
    let page = everything!(renamed::html, Some, None);
    assert_eq!(page.as_str(), EVERYTHING);
}

#[test]
fn a_caller_variable_named_like_the_internal_buffer_is_untouched() {
    let __vetted_out = "mine";
    let page = vetted::html! {
        <p>{__vetted_out}</p>
        @let __vetted_out = 5;
        <p title={__vetted_out}>{__vetted_out}</p>
    };
    assert_eq!(page.as_str(), r#"<p>mine</p><p title="5">5</p>"#);
    assert_eq!(__vetted_out, "mine");
}

#[test]
fn nested_html_macros_keep_separate_buffers() {
    let name = "<n>";
    let page = vetted::html! {
        @let inner = vetted::html! { <i>{name}</i> };
        <p>{vetted::html! { <b>{name}</b> }} {inner}</p>
        @for i in 0..2_u8 {
            {vetted::html! { <u>{i}</u> }}
        }
    };
    assert_eq!(
        page.as_str(),
        "<p><b>&#60;n&#62;</b><i>&#60;n&#62;</i></p><u>0</u><u>1</u>"
    );
}

#[no_implicit_prelude]
mod without_any_prelude {
    #[::core::prelude::v1::test]
    fn expands_without_any_prelude() {
        let page = everything!(
            ::vetted::html,
            ::core::option::Option::Some,
            ::core::option::Option::None
        );
        ::core::assert_eq!(page.as_str(), super::EVERYTHING);
    }
}

#[allow(dead_code, non_camel_case_types, unused_macros, clippy::all)]
mod shadowed {
    // Crates the expansion must reach only by absolute path.
    mod core {}
    mod alloc {}
    mod std {}
    mod vetted {}
    mod __private {}

    // Standard types and constructors, including primitive type names.
    struct Option;
    struct Some;
    struct None;
    struct Result;
    struct Ok;
    struct Err;
    struct Box;
    struct usize;
    struct bool;
    struct char;
    struct Html;
    struct Attribute;
    trait Render {}
    trait RenderAttribute {}
    trait Display {}
    trait Write {}
    trait ToString {}
    trait Into {}
    trait From {}

    // The runtime's function names, as free functions of the caller.
    fn buffer() {}
    fn push_static() {}
    fn text() {}
    fn attribute() {}
    fn push_str() {}
    fn push() {}
    fn with_capacity() {}

    // Methods a generated call could pick up through auto-ref if it used method syntax.
    trait Everything {
        fn push_str(&self, _: &::core::primitive::str) {}
        fn render_to(&self, _: ()) {}
        fn render_attribute(&self, _: ()) {}
        fn as_str(&self) {}
        fn len(&self) {}
    }
    impl<T: ?Sized> Everything for T {}

    // Standard macros, replaced by ones that refuse to expand.
    macro_rules! format {
        ($($t:tt)*) => {
            compile_error!("used the caller's `format!`")
        };
    }
    macro_rules! vec {
        ($($t:tt)*) => {
            compile_error!("used the caller's `vec!`")
        };
    }
    macro_rules! write {
        ($($t:tt)*) => {
            compile_error!("used the caller's `write!`")
        };
    }
    macro_rules! concat {
        ($($t:tt)*) => {
            compile_error!("used the caller's `concat!`")
        };
    }
    macro_rules! stringify {
        ($($t:tt)*) => {
            compile_error!("used the caller's `stringify!`")
        };
    }
    macro_rules! panic {
        ($($t:tt)*) => {
            compile_error!("used the caller's `panic!`")
        };
    }
    macro_rules! unreachable {
        ($($t:tt)*) => {
            compile_error!("used the caller's `unreachable!`")
        };
    }
    macro_rules! matches {
        ($($t:tt)*) => {
            compile_error!("used the caller's `matches!`")
        };
    }

    #[::core::prelude::v1::test]
    fn expands_with_common_names_shadowed() {
        let page = everything!(
            ::vetted::html,
            ::core::option::Option::Some,
            ::core::option::Option::None
        );
        ::core::assert_eq!(::vetted::Html::as_str(&page), super::EVERYTHING);
    }
}
