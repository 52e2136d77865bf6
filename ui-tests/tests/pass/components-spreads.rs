//! `..{attrs}` spreads checked `vetted::Attributes` after the element's own attributes, which
//! win over spread entries of the same name in any case.

use vetted::{Attributes, TrustedUrl, html};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut extra = Attributes::new();
    extra
        .set("placeholder", "Your \"name\" <here>")?
        .set_flag("required")?
        .set("CLASS", "ignored")?
        .set("Title", "ignored too")?;
    let page = html! { <input class="field" title="kept" ..{&extra}> };
    assert_eq!(
        page.as_str(),
        r#"<input class="field" title="kept" placeholder="Your &#34;name&#34; &#60;here&#62;" required>"#,
    );

    let on = false;
    assert_eq!(
        html! { <input class="field" class:error={on} ..{extra}> }.as_str(),
        r#"<input class="field" placeholder="Your &#34;name&#34; &#60;here&#62;" required Title="ignored too">"#,
    );

    let mut link = Attributes::new();
    link.set_url("href", TrustedUrl::new("/help?topic=a&b")?)?;
    let none: Option<Attributes> = None;
    assert_eq!(
        html! { <a ..{Some(&link)}>"?"</a><a ..{none}>"!"</a> }.as_str(),
        r#"<a href="/help?topic=a&amp;b">?</a><a>!</a>"#,
    );
    Ok(())
}
