//! Vue's dynamic arguments (`:[key]`) put code in the attribute's name: not supported.

fn main() {
    let _ = vetted::html! { <a :[key]="x">"a"</a> };
}
