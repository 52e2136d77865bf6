//! A request URL takes a string on the site or a `TrustedResourceUrl`: a `TrustedUrl` may name
//! any site, and markup is not a URL.

fn main() {
    let link = vetted::TrustedUrl::new("https://evil.example/").unwrap();
    let markup = vetted::html! { <b>"x"</b> };
    let _ = vetted::html! { <button hx-get={link}>"a"</button><button hx-post={markup} csrf=false>"b"</button> };
}
