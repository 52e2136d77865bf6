//! `lazy!` templates: returned from functions, passed as named slots, rendered many times, and
//! appended to an existing buffer.

use vetted::{Html, Render, html, lazy};

fn row<'a>(name: &'a str, score: u32) -> impl Render + 'a {
    lazy! { <tr><td>{name}</td><td>{score}</td></tr> }
}

fn owned(name: String) -> impl Render {
    lazy! { <b>{name}</b> }
}

#[derive(vetted::Component)]
struct Frame<H, C> {
    header: H,
    children: C,
}

impl<H: Render, C: Render> Render for Frame<H, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! { <header>{self.header}</header><main>{self.children}</main> }.render_to(out);
    }
}

fn main() {
    let rows = [("Ada", 3), ("<Grace>", 5)];
    let table = html! { <table> @for (name, score) in rows { {row(name, score)} } </table> };
    assert_eq!(
        table.as_str(),
        "<table><tr><td>Ada</td><td>3</td></tr><tr><td>&#60;Grace&#62;</td><td>5</td></tr></table>",
    );

    let bold = owned(String::from("a & b"));
    assert_eq!(
        html! { {bold} {bold} }.as_str(),
        "<b>a &amp; b</b><b>a &amp; b</b>"
    );

    let user = "<Mallory>";
    let page = html! {
        <Frame header={lazy! { <h1>"Hi " {user}</h1> }}>"Body"</Frame>
    };
    assert_eq!(
        page.as_str(),
        "<header><h1>Hi &#60;Mallory&#62;</h1></header><main>Body</main>",
    );

    let mut out = Html::with_capacity(64);
    out.push_text("<prefix>");
    out.push(&bold);
    assert_eq!(out.as_str(), "&#60;prefix&#62;<b>a &amp; b</b>");
}
