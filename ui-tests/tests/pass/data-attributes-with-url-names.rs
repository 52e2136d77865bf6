//! A `data-*` attribute whose name mentions a URL (`-url`, `src`, `href`, `uri`) gets the URL
//! policy; other `data-*` attributes are plain text.

fn main() {
    let avatar = "https://example.com/a.png";
    let bad = "javascript:alert(1)";
    let page = vetted::html! { <div data-avatar-url={avatar} data-src={bad} data-id={bad}></div> };
    assert_eq!(
        page.as_str(),
        r#"<div data-avatar-url="https://example.com/a.png" data-src="about:invalid#vetted" data-id="javascript:alert(1)"></div>"#,
    );
}
