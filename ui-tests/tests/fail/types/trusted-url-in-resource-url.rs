//! A `TrustedUrl` may be followed as a link, not loaded as code: resource URLs take a
//! `TrustedResourceUrl`, which only `trusted_resource_url!` and its `join` make.

fn main() {
    let link = vetted::trusted_url!("https://cdn.example/app.js");
    let _ = vetted::html! {
        <script src={link}></script>
        <iframe src={&link}></iframe>
    };
}
