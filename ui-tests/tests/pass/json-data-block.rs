//! JSON data blocks (`application/json`, `ld+json`, any case) take `vetted::Json` or a valid
//! JSON literal; import maps and speculation rules take a literal.

use std::collections::BTreeMap;

fn main() -> Result<(), vetted::JsonError> {
    let data = vetted::Json::new(&BTreeMap::from([("note", "a < b & c")]))?;
    let page = vetted::html! {
        <script type="application/json" id="data">{data}</script>
        <script type="APPLICATION/JSON">{&data}</script>
        <script type="application/ld+json">r#"{"@type": "Person", "name": "Ada"}"#</script>
        <script type="importmap">r#"{"imports": {"app": "/app.js"}}"#</script>
        <script type="speculationrules">r#"{"prerender": [{"where": {"href_matches": "/*"}}]}"#</script>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<script type="application/json" id="data">{"note":"a \u003c b \u0026 c"}</script>"#,
            r#"<script type="APPLICATION/JSON">{"note":"a \u003c b \u0026 c"}</script>"#,
            r#"<script type="application/ld+json">{"@type": "Person", "name": "Ada"}</script>"#,
            r#"<script type="importmap">{"imports": {"app": "/app.js"}}</script>"#,
            r#"<script type="speculationrules">{"prerender": [{"where": {"href_matches": "/*"}}]}</script>"#,
        ),
    );
    Ok(())
}
