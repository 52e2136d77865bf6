//! Handlers take only a `TrustedScript`: a trusted URL, style, HTML, or even JSON (which a
//! `<script>` body takes) is not code meant for a handler.

fn main() {
    let url = vetted::trusted_url!("/next");
    let style = vetted::trusted_style!("color: red");
    let json = vetted::Json::new(&std::collections::BTreeMap::from([("a", 1)])).unwrap();
    let _ = vetted::html! {
        <a href="/" onclick={url}>"a"</a>
        <p onmouseover={style}></p>
        <div onload={json}></div>
        <div onclick={vetted::html! { <b>"x"</b> }}></div>
    };
}
