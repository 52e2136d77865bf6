//! The token travels as `hx-vals`; an element that sets `hx-vals` itself has no room for it.

fn main() {
    let token = vetted::csrf::CsrfToken::new("csrf", "t");
    let vals = vetted::Json::new(&std::collections::BTreeMap::from([("id", 1)])).unwrap();
    let _ = vetted::html! { <button hx-post="/a" hx-vals={vals} csrf={token}>"a"</button> };
}
