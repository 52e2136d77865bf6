//! A JSON data block holds data for `JSON.parse`: only `vetted::Json`, which escapes `<`, is
//! accepted; a string or a `TrustedScript` could end the element or not be JSON.

fn main() {
    let data = String::from(r#"{"note":"</script>"}"#);
    let script = vetted::trusted_script!("{}");
    let _ = vetted::html! {
        <script type="application/json" id="a">{data}</script>
        <script type="application/ld+json">{script}</script>
    };
}
