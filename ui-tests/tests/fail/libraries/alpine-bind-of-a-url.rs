//! `x-bind:href` and `:href` bind the attribute to an expression: they are code, not URLs.

fn main() {
    let url = "/home";
    let _ = vetted::html! { <a x-bind:href={url} :src={url}>"a"</a> };
}
