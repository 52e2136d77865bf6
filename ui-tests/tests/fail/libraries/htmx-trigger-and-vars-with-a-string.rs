//! `hx-trigger` filters, `hx-vars`, `hx-request` and `hx-config` run as JavaScript.

fn main() {
    let s = "x";
    let _ = vetted::html! {
        <div hx-get="/a" hx-trigger={s} hx-vars={s} hx-request={s} hx-config={s}></div>
    };
}
