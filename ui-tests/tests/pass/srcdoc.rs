//! `srcdoc` takes `Html` or `TrustedHtml`, escaped once as the attribute value, so the frame's
//! document is exactly that markup.

fn main() {
    let inner = vetted::html! { <p class="x">"Tom & Jerry"</p> };
    // XSS SAFETY: a constant of this test, standing in for a sanitizer's output.
    let trusted = vetted::TrustedHtml::dangerously_from_string("<b>sanitized</b>");
    let page = vetted::html! {
        <iframe srcdoc={inner} sandbox></iframe>
        <iframe srcdoc={trusted}></iframe>
        <iframe srcdoc="<p>literal</p>"></iframe>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<iframe srcdoc="&#60;p class=&#34;x&#34;&#62;Tom &amp;amp; Jerry&#60;/p&#62;" sandbox></iframe>"#,
            r#"<iframe srcdoc="&#60;b&#62;sanitized&#60;/b&#62;"></iframe>"#,
            r#"<iframe srcdoc="&#60;p&#62;literal&#60;/p&#62;"></iframe>"#,
        ),
    );
}
