//! _hyperscript runs `_`, `script` and `data-script`.

fn main() {
    let s = "x";
    let _ = vetted::html! { <button _={s} script={s} data-script={s}>"a"</button> };
}
