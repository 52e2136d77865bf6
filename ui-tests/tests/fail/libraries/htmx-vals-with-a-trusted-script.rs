//! A `TrustedScript` is code; `hx-vals` takes data, as `Json`.

fn main() {
    let script = vetted::trusted_script!("js:{ a: 1 }");
    let _ = vetted::html! { <button hx-post="/a" csrf=false hx-vals={script}>"a"</button> };
}
