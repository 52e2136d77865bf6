//! An import map or speculation rules decide what the page loads, so they take only a literal,
//! not even `vetted::Json`.

fn main() {
    let imports = std::collections::BTreeMap::from([("app", "/app.js")]);
    let map = vetted::Json::new(&imports).unwrap();
    let _ = vetted::html! {
        <script type="importmap">{map}</script>
        <script type="speculationrules">{map}</script>
    };
}
