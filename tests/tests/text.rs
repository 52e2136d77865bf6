//! Values and literals in element content: every `Render` impl, escaping, and whitespace.

use std::borrow::Cow;
use std::fmt;
use std::net::Ipv4Addr;
use std::rc::Rc;
use std::sync::Arc;

use vetted::{Html, Render, display, html};
use vetted_tests::{assert_body, assert_head, el, text};

fn in_p(value: &impl Render) -> String {
    html! { <p>{value}</p> }.into_string()
}

#[test]
fn escapes_ampersand_and_angle_brackets_in_text() {
    let value = "a & b < c > d";
    assert_eq!(
        html! { <p>{value}</p> }.as_str(),
        "<p>a &amp; b &#60; c &#62; d</p>"
    );
}

#[test]
fn escapes_markup_that_would_open_an_element_or_comment() {
    let value = "</p><script>alert(1)</script><!--";
    let page = html! { <p>{value}</p> };
    assert_eq!(
        page.as_str(),
        "<p>&#60;/p&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;!--</p>"
    );
    assert_body(page.as_str(), &[el("p", &[], [text(value)])]);
}

#[test]
fn escapes_existing_character_references_again() {
    let value = "&amp; &lt; &#60; &#x3C; &copy";
    let page = html! { <p>{value}</p> };
    assert_eq!(
        page.as_str(),
        "<p>&amp;amp; &amp;lt; &amp;#60; &amp;#x3C; &amp;copy</p>"
    );
    assert_body(page.as_str(), &[el("p", &[], [text(value)])]);
}

#[test]
fn writes_carriage_return_as_a_reference_so_it_survives_parsing() {
    let value = "a\rb\r\nc";
    let page = html! { <p>{value}</p> };
    assert_eq!(page.as_str(), "<p>a&#13;b&#13;\nc</p>");
    assert_body(page.as_str(), &[el("p", &[], [text(value)])]);
}

#[test]
fn writes_carriage_return_in_a_literal_as_a_reference() {
    let page = html! { <p>"a\rb"</p> };
    assert_eq!(page.as_str(), "<p>a&#13;b</p>");
    assert_body(page.as_str(), &[el("p", &[], [text("a\rb")])]);
}

#[test]
fn leaves_quotes_unescaped_in_text() {
    let value = r#"say "hi" it's"#;
    assert_eq!(html! { <p>{value}</p> }.as_str(), r#"<p>say "hi" it's</p>"#);
    assert_eq!(
        html! { <p>"say \"hi\" it's"</p> }.as_str(),
        r#"<p>say "hi" it's</p>"#
    );
}

#[test]
fn escapes_literal_text() {
    let page = html! { <p>"1 < 2 && 3 > 2"</p> };
    assert_eq!(page.as_str(), "<p>1 &#60; 2 &amp;&amp; 3 &#62; 2</p>");
    let raw = html! { <p>r#"<b>"bold"</b>"#</p> };
    assert_eq!(raw.as_str(), r#"<p>&#60;b&#62;"bold"&#60;/b&#62;</p>"#);
}

#[test]
fn escapes_text_at_the_top_level() {
    let value = "<i>";
    assert_eq!(
        html! { "a<" {value} ">b" }.as_str(),
        "a&#60;&#60;i&#62;&#62;b"
    );
}

#[test]
fn leaves_non_ascii_and_control_characters_alone() {
    let value = "é ✓ 🦀 \u{2028} \u{0}\u{1}\t\u{c}\u{7f}";
    assert_eq!(in_p(&value), format!("<p>{value}</p>"));
}

#[test]
fn renders_str() {
    let value: &str = "<str>";
    assert_eq!(in_p(&value), "<p>&#60;str&#62;</p>");
    assert_eq!(html! { <p>{*value}</p> }.as_str(), "<p>&#60;str&#62;</p>");
}

#[test]
fn renders_string() {
    let value = String::from("<String>");
    assert_eq!(in_p(&value), "<p>&#60;String&#62;</p>");
}

#[test]
fn renders_borrowed_and_owned_cow() {
    let borrowed: Cow<'_, str> = Cow::Borrowed("<b&>");
    let owned: Cow<'_, str> = Cow::Owned(String::from("<o&>"));
    assert_eq!(
        html! { <p>{borrowed} {owned}</p> }.as_str(),
        "<p>&#60;b&amp;&#62;&#60;o&amp;&#62;</p>"
    );
}

#[test]
fn renders_char() {
    assert_eq!(
        html! { <p>{'<'} {'&'} {'>'} {'"'} {'é'} {'🦀'} {'\r'}</p> }.as_str(),
        "<p>&#60;&amp;&#62;\"é🦀&#13;</p>"
    );
}

#[test]
fn renders_bool_as_true_or_false() {
    assert_eq!(
        html! { <p>{true} " " {false}</p> }.as_str(),
        "<p>true false</p>"
    );
}

#[test]
fn renders_every_integer_type_at_its_limits() {
    macro_rules! check {
        ($($int:ty)*) => {$(
            for value in [<$int>::MIN, <$int>::MAX, 0 as $int, 7 as $int] {
                assert_eq!(in_p(&value), format!("<p>{value}</p>"), stringify!($int));
            }
        )*};
    }
    check!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
}

#[test]
fn renders_128_bit_integer_limits() {
    assert_eq!(
        in_p(&i128::MIN),
        "<p>-170141183460469231731687303715884105728</p>"
    );
    assert_eq!(
        in_p(&i128::MAX),
        "<p>170141183460469231731687303715884105727</p>"
    );
    assert_eq!(
        in_p(&u128::MAX),
        "<p>340282366920938463463374607431768211455</p>"
    );
    assert_eq!(in_p(&u128::MIN), "<p>0</p>");
    assert_eq!(in_p(&-1_i8), "<p>-1</p>");
}

#[test]
fn renders_f64_in_shortest_round_trip_form() {
    let cases: [(f64, &str); 10] = [
        (1.0, "1.0"),
        (0.1, "0.1"),
        (-2.5, "-2.5"),
        (1e-7, "1e-7"),
        (1e21, "1e21"),
        (-0.0, "-0.0"),
        (f64::NAN, "NaN"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::MAX, "1.7976931348623157e308"),
    ];
    for (value, shown) in cases {
        assert_eq!(in_p(&value), format!("<p>{shown}</p>"), "{value:?}");
    }
}

#[test]
fn renders_f32_in_shortest_round_trip_form() {
    let cases: [(f32, &str); 8] = [
        (1.0, "1.0"),
        (0.1, "0.1"),
        (1e-7, "1e-7"),
        (-0.0, "-0.0"),
        (f32::NAN, "NaN"),
        (f32::INFINITY, "inf"),
        (f32::NEG_INFINITY, "-inf"),
        (f32::MAX, "3.4028235e38"),
    ];
    for (value, shown) in cases {
        assert_eq!(in_p(&value), format!("<p>{shown}</p>"), "{value:?}");
    }
}

#[test]
fn renders_through_references() {
    let value = String::from("<r>");
    let reference = &value;
    let double = &&value;
    let mut owned = String::from("<m>");
    let mutable = &mut owned;
    assert_eq!(
        html! { <p>{reference} {double} {mutable}</p> }.as_str(),
        "<p>&#60;r&#62;&#60;r&#62;&#60;m&#62;</p>"
    );
}

#[test]
fn renders_smart_pointers() {
    let boxed: Box<str> = "<box>".into();
    let rc: Rc<String> = Rc::new("<rc>".into());
    let arc: Arc<str> = "<arc>".into();
    let dynamic: Box<dyn Render> = Box::new(5_u8);
    assert_eq!(
        html! { <p>{boxed} {rc} {arc} {dynamic}</p> }.as_str(),
        "<p>&#60;box&#62;&#60;rc&#62;&#60;arc&#62;5</p>"
    );
}

#[test]
fn renders_option_some_and_nothing_for_none() {
    let some = Some("<x>");
    let none: Option<&str> = None;
    let nested: Option<Option<i32>> = Some(Some(4));
    assert_eq!(
        html! { <p>"[" {some} "|" {none} "|" {nested} "]"</p> }.as_str(),
        "<p>[&#60;x&#62;||4]</p>"
    );
}

#[test]
fn appends_html_verbatim() {
    let inner: Html = html! { <b class="x">"a&b"</b> };
    let page = html! { <p>{inner}</p> };
    assert_eq!(page.as_str(), r#"<p><b class="x">a&amp;b</b></p>"#);
    assert_body(
        page.as_str(),
        &[el("p", &[], [el("b", &[("class", "x")], [text("a&b")])])],
    );
}

#[test]
fn escapes_display_values_streamed_in_pieces() {
    struct Pieces;
    impl fmt::Display for Pieces {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("<a")?;
            f.write_str("&")?;
            write!(f, "{}\">", 1)
        }
    }
    let ip = Ipv4Addr::new(10, 0, 0, 1);
    assert_eq!(
        html! { <p>{display(Pieces)} " " {display(ip)} " " {display("<s>")}</p> }.as_str(),
        "<p>&#60;a&amp;1\"&#62; 10.0.0.1 &#60;s&#62;</p>"
    );
}

#[test]
fn renders_custom_render_impls() {
    struct Badge<'a>(&'a str, u32);
    impl Render for Badge<'_> {
        fn render_to(&self, out: &mut Html) {
            out.push_text(self.0);
            out.push_text(": ");
            out.push(&self.1);
        }
    }
    let badge = Badge("<new>", 3);
    assert_eq!(in_p(&badge), "<p>&#60;new&#62;: 3</p>");
}

#[test]
fn escapes_values_in_title() {
    let value = "</title><script>x</script>&";
    let page = html! { <title>{value}</title> };
    assert_eq!(
        page.as_str(),
        "<title>&#60;/title&#62;&#60;script&#62;x&#60;/script&#62;&amp;</title>"
    );
    assert_head(page.as_str(), &[el("title", &[], [text(value)])]);
}

#[test]
fn escapes_nested_html_in_title_and_textarea() {
    let markup: Html = html! { <b>"x&"</b> };
    let closer: Html = html! { <textarea>"inner"</textarea><p>"after"</p> };
    let page = html! { <title>{markup}</title><textarea>{markup} {closer}</textarea> };
    assert_eq!(
        page.as_str(),
        concat!(
            "<title>&#60;b&#62;x&amp;amp;&#60;/b&#62;</title><textarea>\n&#60;b&#62;x&amp;amp;&#60;/b&#62;",
            "&#60;textarea&#62;\ninner&#60;/textarea&#62;&#60;p&#62;after&#60;/p&#62;</textarea>"
        )
    );
    assert_head(page.as_str(), &[el("title", &[], [text(markup.as_str())])]);
    assert_body(
        page.as_str(),
        &[el(
            "textarea",
            &[],
            [text(&format!("{}{}", markup.as_str(), closer.as_str()))],
        )],
    );
    // The same values are markup again in ordinary content.
    assert_eq!(
        html! { <div>{markup}</div> }.as_str(),
        "<div><b>x&amp;</b></div>"
    );
}

#[test]
fn escapes_html_pushed_by_a_render_impl_inside_title() {
    struct Wrapped;
    impl Render for Wrapped {
        fn render_to(&self, out: &mut Html) {
            out.push(&html! { <i>"i"</i> });
        }
    }
    assert_eq!(
        html! { <title>{Wrapped}</title><p>{Wrapped}</p> }.as_str(),
        "<title>&#60;i&#62;i&#60;/i&#62;</title><p><i>i</i></p>"
    );
}

#[test]
fn escapes_values_in_textarea() {
    let value = "</textarea><b>&amp;";
    let page = html! { <textarea>{value}</textarea> };
    assert_eq!(
        page.as_str(),
        "<textarea>\n&#60;/textarea&#62;&#60;b&#62;&amp;amp;</textarea>"
    );
    assert_body(page.as_str(), &[el("textarea", &[], [text(value)])]);
}

#[test]
fn interpolating_borrows_the_value_instead_of_moving_it() {
    struct NotCopy(String);
    impl Render for NotCopy {
        fn render_to(&self, out: &mut Html) {
            out.push_text(&self.0);
        }
    }
    let name = String::from("Ada");
    let custom = NotCopy(String::from("c"));
    let page = html! { <p>{name} {custom}</p> };
    // Both are still usable: the macro only took references.
    let after = name + "!";
    assert_eq!(custom.0, "c");
    assert_eq!(page.as_str(), "<p>Adac</p>");
    assert_eq!(after, "Ada!");
}

#[test]
fn invents_no_whitespace_between_literals_values_and_elements() {
    let x = 1;
    let page = html! { <ul><li>"a" "b"</li><li>{x} {x}</li></ul><p>" spaced "</p> };
    assert_eq!(
        page.as_str(),
        "<ul><li>ab</li><li>11</li></ul><p> spaced </p>"
    );
}

#[test]
fn empty_template_renders_nothing() {
    assert_eq!(html! {}.as_str(), "");
    let empty = "";
    assert_eq!(html! { {empty} }.as_str(), "");
}

#[test]
fn adds_a_line_feed_after_pre_start_tag() {
    let page = html! { <pre>"x"</pre> };
    assert_eq!(page.as_str(), "<pre>\nx</pre>");
    assert_body(page.as_str(), &[el("pre", &[], [text("x")])]);
}

#[test]
fn keeps_a_leading_line_feed_in_pre() {
    let value = "\nindented\n";
    let page = html! { <pre>{value}</pre> };
    assert_eq!(page.as_str(), "<pre>\n\nindented\n</pre>");
    assert_body(page.as_str(), &[el("pre", &[], [text(value)])]);
    let literal = html! { <pre>"\n\nx"</pre> };
    assert_body(literal.as_str(), &[el("pre", &[], [text("\n\nx")])]);
}

#[test]
fn keeps_a_leading_line_feed_in_textarea() {
    let value = "\nfirst line was empty";
    let page = html! { <textarea>{value}</textarea> };
    assert_eq!(
        page.as_str(),
        "<textarea>\n\nfirst line was empty</textarea>"
    );
    assert_body(page.as_str(), &[el("textarea", &[], [text(value)])]);
}

#[test]
fn empty_textarea_and_pre_stay_empty() {
    let page = html! { <textarea></textarea><pre></pre> };
    assert_eq!(page.as_str(), "<textarea>\n</textarea><pre>\n</pre>");
    assert_body(
        page.as_str(),
        &[el("textarea", &[], []), el("pre", &[], [])],
    );
}

#[test]
fn keeps_a_leading_line_feed_in_pre_inside_foreign_object() {
    let value = "\nx";
    let page = html! { <svg><foreignObject><pre>{value}</pre></foreignObject></svg> };
    assert_eq!(
        page.as_str(),
        "<svg><foreignObject><pre>\n\nx</pre></foreignObject></svg>"
    );
    assert_body(
        page.as_str(),
        &[el(
            "svg:svg",
            &[],
            [el(
                "svg:foreignObject",
                &[],
                [el("pre", &[], [text(value)])],
            )],
        )],
    );
}

#[test]
fn push_text_and_push_escape_like_interpolation() {
    let mut out = Html::new();
    out.push_text("<a&b>\r");
    out.push(&"<c>");
    out.push(&html! { <i>"ok"</i> });
    assert_eq!(out.as_str(), "&#60;a&amp;b&#62;&#13;&#60;c&#62;<i>ok</i>");
}
