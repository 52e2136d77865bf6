use vetted::{Html, Render};

#[derive(vetted::Component)]
struct Link<'a> {
    href: &'a str,
}

impl Render for Link<'_> {
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.href);
    }
}

fn main() {
    let id = 7;
    let _ = vetted::html! { <Link href=("/users/" {id})/> };
}
