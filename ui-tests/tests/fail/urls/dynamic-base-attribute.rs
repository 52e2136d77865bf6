//! `<base>` changes how every URL on the page resolves: its `href` takes only a
//! `TrustedResourceUrl`, its other attributes only literals.

fn main() {
    let (target, href) = ("_blank", "https://evil.example/");
    let _ = vetted::html! { <base href="/" target={target}> };
    let _ = vetted::html! { <base href={href}> };
}
