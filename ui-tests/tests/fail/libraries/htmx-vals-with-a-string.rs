//! `hx-vals` and `hx-headers` run as JavaScript when they start with `js:`: only `Json` goes in.

fn main() {
    let vals = String::from("js:alert(1)");
    let headers: &str = "{}";
    let _ = vetted::html! {
        <button hx-post="/a" csrf=false hx-vals={vals} hx-headers={headers} data-hx-vals={headers} hx-vals:append={headers}>"a"</button>
    };
}
