//! Resource URLs take a `TrustedResourceUrl`: a literal from `trusted_resource_url!`, extended
//! with escaped path segments (`join`) and query parameters (`with_query`).

use vetted::trusted_resource_url;

fn main() -> Result<(), vetted::TrustedError> {
    let version = "1.2.0";
    let app = trusted_resource_url!("https://cdn.example/app/").join(version)?.join("app.js")?;
    let map = trusted_resource_url!("https://maps.example/embed").with_query("q", "Café & Bar")?;
    let css = trusted_resource_url!("/static/site.css");
    let sprite = trusted_resource_url!("/icons.svg#home");
    let page = vetted::html! {
        <base href={trusted_resource_url!("https://example.com/docs/")}>
        <link rel="stylesheet" href={css}>
        <script src={app} defer></script>
        <script src="//cdn.example/lib.js"></script>
        <iframe src={map}></iframe>
        <object data={trusted_resource_url!("/doc.pdf")}></object>
        <embed src={Some(&css)}>
        <svg><use href={sprite}/></svg>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<base href="https://example.com/docs/">"#,
            r#"<link rel="stylesheet" href="/static/site.css">"#,
            r#"<script src="https://cdn.example/app/1.2.0/app.js" defer></script>"#,
            r#"<script src="//cdn.example/lib.js"></script>"#,
            r#"<iframe src="https://maps.example/embed?q=Caf%C3%A9%20%26%20Bar"></iframe>"#,
            r#"<object data="/doc.pdf"></object>"#,
            r#"<embed src="/static/site.css">"#,
            r#"<svg><use href="/icons.svg#home"/></svg>"#,
        ),
    );
    assert!(trusted_resource_url!("/static/").join("..").is_err());
    Ok(())
}
