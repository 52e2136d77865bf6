//! Owned props moved into `lazy!` templates and into the children of a component that renders
//! them by value (`RenderOnce`): the values move once, with no clone and no reference.

use vetted::{Html, Lazy, Render, RenderOnce, html, lazy};

#[derive(vetted::Component)]
struct Tags {
    tags: Vec<String>,
}

impl Render for Tags {
    fn render_to(&self, out: &mut Html) {
        for tag in &self.tags {
            lazy! { <span>{tag}</span> }.render_to(out);
        }
    }
}

/// Places its children once: it takes them by value, so they may move what they own.
#[derive(vetted::Component)]
struct Card<C> {
    title: String,
    children: C,
}

impl<C: RenderOnce> RenderOnce for Card<C> {
    fn render_once(self, out: &mut Html) {
        let Card { title, children } = self;
        lazy! { <section><h2>{title}</h2>{children}</section> }.render_once(out);
    }
}

/// A template that moves its argument into a component, returned from a function.
fn tag_list(tags: Vec<String>) -> Lazy<impl FnOnce(&mut Html)> {
    lazy! { <Tags tags={tags}/> }
}

fn main() {
    // Into component children, two levels deep.
    let tags = vec![String::from("rust"), String::from("<html>")];
    let title = String::from("Tags");
    let page = html! { <Card title={title}><Card title={String::from("inner")}><Tags tags={tags}/></Card></Card> };
    assert_eq!(
        page.as_str(),
        "<section><h2>Tags</h2><section><h2>inner</h2><span>rust</span><span>&#60;html&#62;</span></section></section>",
    );

    // Into a `lazy!` value, interpolated once.
    let tags = vec![String::from("a")];
    let list = lazy! { <div><Tags tags={tags}/></div> };
    assert_eq!(html! { <main>{list}</main> }.as_str(), "<main><div><span>a</span></div></main>");

    // From a function, and as a component's children.
    let page = html! { <Card title={String::from("t")}>{tag_list(vec![String::from("b")])}</Card> };
    assert_eq!(page.as_str(), "<section><h2>t</h2><span>b</span></section>");

    // Inside `<title>`, whose text is escaped.
    let name = String::from("<x>");
    let title = lazy! { {name} };
    assert_eq!(html! { <title>{title}</title> }.as_str(), "<title>&#60;x&#62;</title>");

    // A template that moves nothing still renders by reference, as often as needed.
    let label = String::from("again");
    let again = lazy! { <i>{label}</i> };
    assert_eq!(html! { {&again} {&again} {again} }.as_str(), "<i>again</i><i>again</i><i>again</i>");
}
