//! Attribute values: quoting, escaping, presence (`bool`, `Option`), names, and custom impls.

use std::borrow::Cow;
use std::fmt;
use std::net::Ipv4Addr;
use std::rc::Rc;
use std::sync::Arc;

use vetted::{Attribute, Html, RenderAttribute, display, html};
use vetted_tests::{assert_body, el, text};

#[test]
fn double_quotes_and_escapes_a_literal_value() {
    let page = html! { <p title="a&b\"c<d>e\rf 'g'"></p> };
    assert_eq!(
        page.as_str(),
        r#"<p title="a&amp;b&#34;c&#60;d&#62;e&#13;f 'g'"></p>"#
    );
    assert_body(
        page.as_str(),
        &[el("p", &[("title", "a&b\"c<d>e\rf 'g'")], [])],
    );
}

#[test]
fn double_quotes_and_escapes_a_dynamic_value() {
    let value = "x\" onmouseover=\"alert(1)\" a='<b>&amp;\r";
    let page = html! { <p title={value}></p> };
    assert_eq!(
        page.as_str(),
        r#"<p title="x&#34; onmouseover=&#34;alert(1)&#34; a='&#60;b&#62;&amp;amp;&#13;"></p>"#
    );
    assert_body(page.as_str(), &[el("p", &[("title", value)], [])]);
}

#[test]
fn writes_an_empty_value_as_empty_quotes() {
    let empty = "";
    assert_eq!(
        html! { <img alt="" title={empty}> }.as_str(),
        r#"<img alt="" title="">"#
    );
}

#[test]
fn writes_a_bare_attribute_for_a_flag() {
    let page = html! { <input type="checkbox" checked> };
    assert_eq!(page.as_str(), r#"<input type="checkbox" checked>"#);
    assert_body(
        page.as_str(),
        &[el("input", &[("type", "checkbox"), ("checked", "")], [])],
    );
}

#[test]
fn writes_true_as_a_bare_attribute_and_leaves_false_out() {
    let (yes, no) = (true, false);
    let page = html! { <input disabled={yes} checked={no} required={true} hidden={false}> };
    assert_eq!(page.as_str(), "<input disabled required>");
    assert_body(
        page.as_str(),
        &[el("input", &[("disabled", ""), ("required", "")], [])],
    );
}

/// Enumerated attributes where leaving the attribute out does not mean "off" get their
/// keyword from a `bool`, dynamic or literal, and from a spread's flag (issue 17): `false`
/// must reach the browser as `"false"`, not as a missing attribute.
#[test]
fn bools_write_the_keywords_of_enumerated_attributes() -> Result<(), vetted::AttributeError> {
    for on in [false, true] {
        let page = html! {
            <div
                aria-hidden={on}
                aria-expanded={Some(on)}
                contenteditable={on}
                draggable={on}
                spellcheck={on}
                writingsuggestions={on}
                translate={on}
                autocorrect={on}
                hidden={on}
            ></div>
        };
        let (tf, yn, onoff) = if on {
            ("true", "yes", "on")
        } else {
            ("false", "no", "off")
        };
        let mut attrs = vec![
            ("aria-hidden", tf),
            ("aria-expanded", tf),
            ("contenteditable", tf),
            ("draggable", tf),
            ("spellcheck", tf),
            ("writingsuggestions", tf),
            ("translate", yn),
            ("autocorrect", onoff),
        ];
        if on {
            attrs.push(("hidden", ""));
        }
        assert_body(page.as_str(), &[el("div", &attrs, [])]);
        let form = html! { <form autocomplete={on}><input autocomplete={on}></form> };
        assert_body(
            form.as_str(),
            &[el(
                "form",
                &[("autocomplete", onoff)],
                [el("input", &[("autocomplete", onoff)], [])],
            )],
        );
    }
    let page = html! { <button aria-pressed=false translate=true hidden=false></button> };
    assert_eq!(
        page.as_str(),
        r#"<button aria-pressed="false" translate="yes"></button>"#
    );
    // `None` still leaves the attribute out, and text is written as it is.
    let none: Option<bool> = None;
    assert_eq!(
        html! { <div aria-hidden={none} aria-label={"Close"}></div> }.as_str(),
        r#"<div aria-label="Close"></div>"#
    );
    let mut attrs = vetted::Attributes::new();
    attrs
        .set_flag("aria-busy")?
        .set_flag("translate")?
        .set_flag("inert")?
        .set("aria-hidden", "false")?;
    assert_eq!(
        html! { <div ..{attrs}></div> }.as_str(),
        r#"<div aria-busy="true" translate="yes" inert aria-hidden="false"></div>"#
    );
    Ok(())
}

#[test]
fn leaves_out_an_attribute_whose_option_is_none() {
    let none: Option<&str> = None;
    let some = Some("<v>");
    assert_eq!(
        html! { <p title={none} lang={some}></p> }.as_str(),
        r#"<p lang="&#60;v&#62;"></p>"#
    );
}

#[test]
fn option_of_bool_is_bare_absent_or_absent() {
    let cases = [
        (Some(true), "<i hidden></i>"),
        (Some(false), "<i></i>"),
        (None, "<i></i>"),
    ];
    for (value, expected) in cases {
        assert_eq!(
            html! { <i hidden={value}></i> }.as_str(),
            expected,
            "{value:?}"
        );
    }
}

#[test]
fn option_of_number_writes_the_number() {
    let count: Option<u32> = Some(42);
    let missing: Option<u32> = None;
    assert_eq!(
        html! { <input value={count} size={missing}> }.as_str(),
        r#"<input value="42">"#
    );
}

#[test]
fn renders_numbers_chars_and_pointers_as_values() {
    let boxed: Box<str> = "<b>".into();
    let rc: Rc<String> = Rc::new("&".into());
    let arc: Arc<str> = "\"".into();
    let cow: Cow<'_, str> = Cow::Owned("'".into());
    let string = String::from("s");
    let page = html! {
        <i
            a={-5_i64}
            b={u128::MAX}
            c={0.5_f64}
            d={f32::NEG_INFINITY}
            e={'"'}
            f={boxed}
            g={rc}
            h={arc}
            i={cow}
            j={&string}
            k={&&string}
        ></i>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<i a="-5" b="340282366920938463463374607431768211455" c="0.5" d="-inf" e="&#34;""#,
            r#" f="&#60;b&#62;" g="&amp;" h="&#34;" i="'" j="s" k="s"></i>"#
        )
    );
}

#[test]
fn accepts_rust_keywords_as_names() {
    let kind = "email";
    let id = "mail";
    let page = html! {
        <label for="mail">"Mail"</label>
        <input type={kind} id={id}>
        <label for={id}></label>
        <input type="text">
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<label for="mail">Mail</label><input type="email" id="mail">"#,
            r#"<label for="mail"></label><input type="text">"#
        )
    );
}

#[test]
fn accepts_names_with_dashes_colons_dots_and_digits() {
    let label = "<x>";
    let page = html! {
        <div
            data-user-id="7"
            aria-label={label}
            x-on:click.prevent="go"
            data-2="two"
            xml:lang.x-y={label}
        ></div>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<div data-user-id="7" aria-label="&#60;x&#62;" x-on:click.prevent="go" data-2="two""#,
            r#" xml:lang.x-y="&#60;x&#62;"></div>"#
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[
                ("data-user-id", "7"),
                ("aria-label", label),
                ("x-on:click.prevent", "go"),
                ("data-2", "two"),
                ("xml:lang.x-y", label),
            ],
            [],
        )],
    );
}

#[test]
fn keeps_attribute_order_with_literal_and_dynamic_values_mixed() {
    let (b, d) = ("2", "4");
    assert_eq!(
        html! { <i a="1" data-b={b} c data-d={d} e="5"></i> }.as_str(),
        r#"<i a="1" data-b="2" c data-d="4" e="5"></i>"#
    );
}

#[test]
fn escapes_html_in_an_attribute_instead_of_writing_it_raw() {
    let markup: Html = html! { <b class="c">"x & y"</b> };
    let page = html! { <p title={markup}></p> };
    assert_eq!(
        page.as_str(),
        r#"<p title="&#60;b class=&#34;c&#34;&#62;x &amp;amp; y&#60;/b&#62;"></p>"#
    );
    assert_body(
        page.as_str(),
        &[el("p", &[("title", r#"<b class="c">x &amp; y</b>"#)], [])],
    );
}

#[test]
fn escapes_display_values_in_attributes() {
    struct Quoted;
    impl fmt::Display for Quoted {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("\"")?;
            f.write_str("<&>")?;
            f.write_str("\"")
        }
    }
    let ip = Ipv4Addr::LOCALHOST;
    let page = html! { <p title={display(Quoted)} data-ip={display(ip)}></p> };
    assert_eq!(
        page.as_str(),
        r#"<p title="&#34;&#60;&amp;&#62;&#34;" data-ip="127.0.0.1"></p>"#
    );
}

#[test]
fn custom_impl_writes_a_value_with_attribute_value() {
    struct Level(u8);
    impl RenderAttribute for Level {
        fn render_attribute(&self, attr: Attribute<'_>) {
            attr.value(if self.0 > 2 { "high \"&\"" } else { "low" });
        }
    }
    assert_eq!(
        html! { <i class={Level(3)} title={Level(1)}></i> }.as_str(),
        r#"<i class="high &#34;&amp;&#34;" title="low"></i>"#
    );
}

#[test]
fn custom_impl_writes_pieces_with_value_with() {
    struct Classes<'a>(&'a [&'a str]);
    impl RenderAttribute for Classes<'_> {
        fn render_attribute(&self, attr: Attribute<'_>) {
            if self.0.is_empty() {
                return;
            }
            attr.value_with(|value| {
                for (i, class) in self.0.iter().enumerate() {
                    if i > 0 {
                        value.push_str(" ");
                    }
                    value.push_str(class);
                    value.push_display(i);
                }
            });
        }
    }
    assert_eq!(
        html! { <p class={Classes(&["a\"", "<b>"])}></p> }.as_str(),
        r#"<p class="a&#34;0 &#60;b&#62;1"></p>"#
    );
    assert_eq!(html! { <p class={Classes(&[])}></p> }.as_str(), "<p></p>");
}

#[test]
fn custom_impl_writes_a_flag_or_nothing() {
    struct Open(bool);
    impl RenderAttribute for Open {
        fn render_attribute(&self, attr: Attribute<'_>) {
            if self.0 {
                attr.flag();
            }
        }
    }
    assert_eq!(
        html! { <details open={Open(true)}></details><details open={Open(false)}></details> }
            .as_str(),
        "<details open></details><details></details>"
    );
}

#[test]
fn attribute_value_is_not_moved() {
    let title = String::from("t");
    let page = html! { <p title={title}></p> };
    let still_mine: String = title;
    assert_eq!(still_mine, "t");
    assert_eq!(page.as_str(), r#"<p title="t"></p>"#);
}

#[test]
fn escapes_dynamic_values_on_svg_and_custom_elements() {
    let label = "\"/><script>x</script>";
    let page = html! {
        <my-widget aria-label={label}></my-widget>
        <svg viewBox="0 0 1 1" aria-label={label}><rect width="1" class={label}/></svg>
    };
    assert_body(
        page.as_str(),
        &[
            el("my-widget", &[("aria-label", label)], []),
            el(
                "svg:svg",
                &[("viewBox", "0 0 1 1"), ("aria-label", label)],
                [el("svg:rect", &[("width", "1"), ("class", label)], [])],
            ),
        ],
    );
}

#[test]
fn attribute_value_with_a_quote_does_not_open_a_new_attribute() {
    let value = "\" autofocus onfocus=\"alert(1)";
    let page = html! { <input value={value}><p>"after"</p> };
    assert_body(
        page.as_str(),
        &[
            el("input", &[("value", value)], []),
            el("p", &[], [text("after")]),
        ],
    );
}
