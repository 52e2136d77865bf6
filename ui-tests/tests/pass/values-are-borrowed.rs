//! Interpolated values are borrowed, not moved: they stay usable after the template.

struct Name(String);

impl vetted::Render for Name {
    fn render_to(&self, out: &mut vetted::Html) {
        out.push_text(&self.0);
    }
}

fn main() {
    let title = String::from("T & C");
    let name = Name(String::from("<Ada>"));
    let tags = vec![String::from("x")];
    let page = vetted::html! { <p title={title}>{name} @for tag in &tags { <b>{tag}</b> }</p> };
    assert_eq!(page.as_str(), r#"<p title="T &amp; C">&#60;Ada&#62;<b>x</b></p>"#);
    assert_eq!((title.len(), name.0.len(), tags.len()), (5, 5, 1));
}
