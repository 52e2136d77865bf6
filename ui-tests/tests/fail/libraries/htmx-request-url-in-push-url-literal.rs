//! `hx-push-url` is a history entry: a link, whose literal must pass the URL policy.

fn main() {
    let _ = vetted::html! { <a hx-get="/a" hx-push-url="javascript:alert(1)">"a"</a> };
}
