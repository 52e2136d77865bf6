//! Components: props are struct fields (a literal is a `&'static str`, a bare name is `true`,
//! `{expr}` is moved in), children become a `children` field, and a path names a component in
//! another module.

use vetted::{Html, Render, html, lazy};

#[derive(vetted::Component)]
struct Card<'a, C> {
    title: &'a str,
    compact: bool,
    children: C,
}

impl<C: Render> Render for Card<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <section class="card" class:compact={self.compact}><h2>{self.title}</h2>{self.children}</section>
        }
        .render_to(out);
    }
}

#[derive(vetted::Component)]
struct Layout<'a, C> {
    title: &'a str,
    children: C,
}

impl<C: Render> Render for Layout<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! { <!DOCTYPE html><html><head><title>{self.title}</title></head><body>{self.children}</body></html> }
            .render_to(out);
    }
}

mod ui {
    #[derive(vetted::Component)]
    pub struct Badge {
        pub label: &'static str,
        pub count: Vec<u32>,
    }

    impl vetted::Render for Badge {
        fn render_to(&self, out: &mut vetted::Html) {
            vetted::lazy! { <span class="badge" title={self.label}>{self.count}</span> }
                .render_to(out);
        }
    }
}

fn main() {
    let posts = ["<first>", "second"];
    let counts = vec![3, 4];
    let page = html! {
        <Layout title="Posts & more">
            @for post in posts {
                <Card title={post} compact={post.len() < 7}><p>"Read more"</p></Card>
            }
            <Card title="nested" compact>
                // Inside children (a `Fn` closure), a prop can be made there, not moved in.
                <ui::Badge label="new" count={vec![1, 2]}/>
                <ui::Badge label="none" count={Vec::new()}></ui::Badge>
            </Card>
        </Layout>
        <ui::Badge label="moved" count={counts}/>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            "<!DOCTYPE html><html><head><title>Posts &amp; more</title></head><body>",
            r#"<section class="card"><h2>&#60;first&#62;</h2><p>Read more</p></section>"#,
            r#"<section class="card compact"><h2>second</h2><p>Read more</p></section>"#,
            r#"<section class="card compact"><h2>nested</h2>"#,
            r#"<span class="badge" title="new">12</span><span class="badge" title="none"></span>"#,
            "</section></body></html>",
            r#"<span class="badge" title="moved">34</span>"#,
        ),
    );
}
