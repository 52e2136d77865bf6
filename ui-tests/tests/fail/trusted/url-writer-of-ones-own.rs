//! The URL entry points hand `RenderUrl` the attribute's policy; a caller cannot hand it a
//! writer of its own, which could write any text into the attribute unchecked.

use vetted::{Attribute, RenderAttribute, RenderUrl};

struct Sneaky;

impl RenderAttribute for Sneaky {
    fn render_attribute(&self, attr: Attribute<'_>) {
        "\"><script>alert(1)</script>".render_url(attr, |url: &str, out: &mut String| out.push_str(url));
    }
}

fn main() {
    let _ = vetted::html! { <p title={Sneaky}></p> };
}
