//! A `<script>` body takes literals, a `TrustedScript`, or HTML-safe `vetted::Json` (a
//! JavaScript expression too), in classic and module scripts alike.

use std::collections::BTreeMap;

fn main() -> Result<(), vetted::JsonError> {
    let init = vetted::trusted_script!("start()");
    let data = vetted::Json::new(&BTreeMap::from([("user", "</script><b>")]))?;
    let page = vetted::html! {
        <script>{init}</script>
        <script>"const data = " {data} ";"</script>
        <script type="module">"import { go } from '/app.js'; " {init}</script>
        <script type=" Module ">"go()"</script>
        <script type="text/javascript">{&init}</script>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            "<script>start()</script>",
            r#"<script>const data = {"user":"\u003c/script\u003e\u003cb\u003e"};</script>"#,
            r#"<script type="module">import { go } from '/app.js'; start()</script>"#,
            r#"<script type=" Module ">go()</script>"#,
            r#"<script type="text/javascript">start()</script>"#,
        ),
    );
    Ok(())
}
