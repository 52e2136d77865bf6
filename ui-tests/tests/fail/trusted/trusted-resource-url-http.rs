//! `trusted_resource_url!` needs a literal that fixes the origin: `https://`, `//host/` or `/`.

fn main() {
    let _ = vetted::trusted_resource_url!("http://cdn.example/app.js");
    let _ = vetted::trusted_resource_url!("cdn.example/app.js");
    let _ = vetted::trusted_resource_url!("//cdn.example");
    let _ = vetted::trusted_resource_url!("https://");
    let _ = vetted::trusted_resource_url!("javascript:alert(1)");
    let _ = vetted::trusted_resource_url!("data:text/javascript,alert(1)");
}
