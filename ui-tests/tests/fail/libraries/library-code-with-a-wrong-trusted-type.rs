//! Only a `TrustedScript` (or `Json`) is code: a URL or a style is not.

fn main() {
    let url = vetted::trusted_url!("/a");
    let style = vetted::trusted_style!("color: red");
    let _ = vetted::html! { <div hx-on:click={url} ng-style={style}></div> };
}
