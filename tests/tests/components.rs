//! Components, layouts, `lazy!` templates, class toggles, attribute spreads and list rendering, checked by parsing the output with html5ever.

use std::cell::Cell;

use vetted::{AttributeError, Attributes, Html, Lazy, Render, RenderOnce, TrustedUrl, html, lazy};
use vetted_tests::{
    SCRIPTING, Tree, assert_body, assert_head, body_children, el, el_vec, names, parse_document,
    text,
};

/// Values an attacker would try, each aimed at a different way out of its context.
const HOSTILE: &[&str] = &[
    "</section><script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)",
    "\" autofocus onfocus=\"alert(1)",
    "<!-- unterminated comment",
    "</main></body></html><script>x</script>",
    "</title></textarea><script>alert(1)</script>",
    "&amp;&lt;&#x3C;&#60;&nbsp",
    "<svg><script>alert(1)</script></svg>",
    "\u{2028}\u{2029} 🦀 e\u{301} \u{202e}evil",
    "=x >y /> <",
];

// ---------------------------------------------------------------------------------------------
// Components used by the tests.

/// A component without children.
#[derive(vetted::Component)]
struct Badge<'a> {
    label: &'a str,
}

impl Render for Badge<'_> {
    fn render_to(&self, out: &mut Html) {
        lazy! { <span class="badge">{self.label}</span> }.render_to(out);
    }
}

/// A component with a flag and children.
#[derive(vetted::Component)]
struct Card<'a, C> {
    title: &'a str,
    compact: bool,
    children: C,
}

impl<C: Render> Render for Card<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <section class="card" class:compact={self.compact}>
                <h2>{self.title}</h2>
                {self.children}
            </section>
        }
        .render_to(out);
    }
}

/// The tree a [`Card`] renders to.
fn card_tree(title: &str, compact: bool, children: Vec<Tree>) -> Tree {
    let class = if compact { "card compact" } else { "card" };
    let mut all = vec![el("h2", &[], [text(title)])];
    all.extend(children);
    el_vec("section", &[("class", class)], all)
}

/// A whole-document layout: the page is its children.
#[derive(vetted::Component)]
struct Layout<'a, C> {
    title: &'a str,
    children: C,
}

impl<C: Render> Render for Layout<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <!DOCTYPE html>
            <html lang="en">
                <head><meta charset="utf-8"><title>{self.title}</title></head>
                <body><main>{self.children}</main></body>
            </html>
        }
        .render_to(out);
    }
}

/// A fragment layout with named slots: `header` and `aside` are props holding templates.
#[derive(vetted::Component)]
struct Frame<H, A, C> {
    header: H,
    aside: Option<A>,
    children: C,
}

impl<H: Render, A: Render, C: Render> Render for Frame<H, A, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <div class="frame">
                <header>{self.header}</header>
                @if let Some(aside) = &self.aside {
                    <aside>{aside}</aside>
                }
                <article>{self.children}</article>
            </div>
        }
        .render_to(out);
    }
}

/// A component whose props are a literal (`&'static str`), a bare flag and an owned value.
#[derive(vetted::Component)]
struct Field {
    label: &'static str,
    required: bool,
    hints: Vec<String>,
}

impl Render for Field {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <label data-required={self.required}>{self.label}</label>
            @for hint in &self.hints { <small>{hint}</small> }
        }
        .render_to(out);
    }
}

mod ui {
    //! Components reached by a path.

    use vetted::{Html, Render, lazy};

    #[derive(vetted::Component)]
    pub(crate) struct Card<'a, C> {
        pub(crate) title: &'a str,
        pub(crate) children: C,
    }

    impl<C: Render> Render for Card<'_, C> {
        fn render_to(&self, out: &mut Html) {
            lazy! { <article class="ui-card"><h3>{self.title}</h3> {self.children}</article> }
                .render_to(out);
        }
    }

    pub(crate) mod icons {
        #[derive(vetted::Component)]
        pub(crate) struct Icon {
            pub(crate) name: &'static str,
        }

        impl vetted::Render for Icon {
            fn render_to(&self, out: &mut vetted::Html) {
                vetted::lazy! { <i class="icon" data-icon={self.name}></i> }.render_to(out);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Components.

#[test]
fn component_without_children_renders_its_props_escaped() {
    for label in HOSTILE {
        let self_closing = html! { <Badge label={label}/> };
        let empty_pair = html! { <Badge label={label}></Badge> };
        assert_eq!(self_closing, empty_pair);
        assert_body(
            self_closing.as_str(),
            &[el("span", &[("class", "badge")], [text(label)])],
        );
    }
}

#[test]
fn component_with_children_places_them_where_it_renders_them() {
    for body in HOSTILE {
        let page = html! {
            <Card title="Notes" compact><p>{body}</p> "after"</Card>
            <Card title={body} compact={false}>""</Card>
        };
        assert_body(
            page.as_str(),
            &[
                card_tree(
                    "Notes",
                    true,
                    vec![el("p", &[], [text(body)]), text("after")],
                ),
                card_tree(body, false, vec![]),
            ],
        );
    }
}

#[test]
fn literal_bare_and_expression_props_are_struct_fields() {
    let hints = vec!["<8 characters>".to_owned(), "no spaces".to_owned()];
    // `hints` is moved into the component, like a struct field.
    let page = html! { <Field label="Password & PIN" required hints={hints}/> };
    assert_eq!(
        page.as_str(),
        "<label data-required>Password &amp; PIN</label><small>&#60;8 characters&#62;</small><small>no spaces</small>",
    );
    let page = html! { <Field label="Name" required={false} hints={Vec::new()}/> };
    assert_eq!(page.as_str(), "<label>Name</label>");
}

#[test]
fn nested_components_render_inside_out_in_one_tree() {
    let inner = "<inner>";
    let page = html! {
        <Card title="outer" compact={false}>
            <Card title={inner} compact>
                <Badge label="deep"/>
                <ui::Card title="path"><ui::icons::Icon name="star"/></ui::Card>
            </Card>
            <Badge label={inner}/>
        </Card>
    };
    assert_body(
        page.as_str(),
        &[card_tree(
            "outer",
            false,
            vec![
                card_tree(
                    inner,
                    true,
                    vec![
                        el("span", &[("class", "badge")], [text("deep")]),
                        el(
                            "article",
                            &[("class", "ui-card")],
                            [
                                el("h3", &[], [text("path")]),
                                el("i", &[("class", "icon"), ("data-icon", "star")], []),
                            ],
                        ),
                    ],
                ),
                el("span", &[("class", "badge")], [text(inner)]),
            ],
        )],
    );
}

#[test]
fn components_in_loops_render_once_per_item_in_order() {
    struct Post {
        title: String,
        body: &'static str,
        pinned: bool,
    }
    let posts: Vec<Post> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, body)| Post {
            title: format!("#{i} {body}"),
            body,
            pinned: i % 3 == 0,
        })
        .collect();
    let page = html! {
        <ol>
            @for (i, post) in posts.iter().enumerate() {
                <li data-index={i}>
                    <Card title={post.title.as_str()} compact={post.pinned}>
                        <p>{post.body}</p>
                        @if post.pinned { <Badge label="pinned"/> }
                    </Card>
                </li>
            }
        </ol>
    };
    let items = posts
        .iter()
        .enumerate()
        .map(|(i, post)| {
            let mut children = vec![el("p", &[], [text(post.body)])];
            if post.pinned {
                children.push(el("span", &[("class", "badge")], [text("pinned")]));
            }
            el(
                "li",
                &[("data-index", &i.to_string())],
                [card_tree(&post.title, post.pinned, children)],
            )
        })
        .collect();
    assert_body(page.as_str(), &[el_vec("ol", &[], items)]);
}

#[test]
fn path_components_name_structs_in_modules() {
    let title = "</article><b>x</b>";
    let page = html! { <ui::Card title={title}><ui::icons::Icon name="bell"/> "text"</ui::Card> };
    assert_eq!(
        page.as_str(),
        r#"<article class="ui-card"><h3>&#60;/article&#62;&#60;b&#62;x&#60;/b&#62;</h3><i class="icon" data-icon="bell"></i>text</article>"#,
    );
    assert_body(
        page.as_str(),
        &[el(
            "article",
            &[("class", "ui-card")],
            [
                el("h3", &[], [text(title)]),
                el("i", &[("class", "icon"), ("data-icon", "bell")], []),
                text("text"),
            ],
        )],
    );
}

#[test]
fn layout_component_wraps_the_page() {
    for title in HOSTILE {
        let page = html! {
            <Layout title={title}>
                <h1>{title}</h1>
                <Card title="first" compact={false}><p>"body"</p></Card>
            </Layout>
        };
        assert!(
            page.as_str()
                .starts_with("<!DOCTYPE html><html lang=\"en\">")
        );
        for scripting in SCRIPTING {
            assert_eq!(
                parse_document(page.as_str(), scripting),
                [
                    Tree::Doctype("html".into()),
                    el(
                        "html",
                        &[("lang", "en")],
                        [
                            el(
                                "head",
                                &[],
                                [
                                    el("meta", &[("charset", "utf-8")], []),
                                    el("title", &[], [text(title)]),
                                ],
                            ),
                            el(
                                "body",
                                &[],
                                [el(
                                    "main",
                                    &[],
                                    [
                                        el("h1", &[], [text(title)]),
                                        card_tree(
                                            "first",
                                            false,
                                            vec![el("p", &[], [text("body")])],
                                        ),
                                    ],
                                )],
                            ),
                        ],
                    ),
                ],
                "{page:?} with scripting {scripting}",
            );
        }
    }
}

#[test]
fn named_slots_are_props_holding_lazy_templates() {
    let user = "<Mallory>";
    let links = ["/a", "javascript:alert(1)"];
    let page = html! {
        <Frame
            header={lazy! { <h1>"Hello, " {user}</h1> }}
            aside={Some(lazy! { <ul> @for link in links { <li><a href={link}>{link}</a></li> } </ul> })}
        >
            <p>"Body for " {user}</p>
        </Frame>
    };
    assert_body(
        page.as_str(),
        &[el(
            "div",
            &[("class", "frame")],
            [
                el("header", &[], [el("h1", &[], [text("Hello, <Mallory>")])]),
                el(
                    "aside",
                    &[],
                    [el(
                        "ul",
                        &[],
                        [
                            el("li", &[], [el("a", &[("href", "/a")], [text("/a")])]),
                            el(
                                "li",
                                &[],
                                [el(
                                    "a",
                                    &[("href", vetted_tests::BLOCKED_URL)],
                                    [text("javascript:alert(1)")],
                                )],
                            ),
                        ],
                    )],
                ),
                el("article", &[], [el("p", &[], [text("Body for <Mallory>")])]),
            ],
        )],
    );

    // An empty optional slot renders nothing.
    let no_aside: Option<Html> = None;
    let page = html! { <Frame header={html! { "h" }} aside={no_aside}>"c"</Frame> };
    assert_eq!(
        page.as_str(),
        r#"<div class="frame"><header>h</header><article>c</article></div>"#,
    );
}

// ---------------------------------------------------------------------------------------------
// `lazy!`.

/// A template that owns what it shows.
fn greeting(name: String) -> impl Render {
    lazy! { <p class="greeting">"Hello, " {name} "!"</p> }
}

/// A template that borrows what it shows.
fn row<'a>(name: &'a str, score: u32) -> impl Render + 'a {
    lazy! { <tr><td>{name}</td><td>{score}</td></tr> }
}

#[test]
fn lazy_returned_from_a_function_renders_the_same_every_time() {
    for name in HOSTILE {
        let hello = greeting((*name).to_owned());
        let once = html! { {hello} };
        assert_body(
            once.as_str(),
            &[el(
                "p",
                &[("class", "greeting")],
                [text(&format!("Hello, {name}!"))],
            )],
        );
        let thrice = html! { @for _ in 0..3 { {hello} } };
        assert_eq!(thrice.as_str(), once.as_str().repeat(3));
        let mut out = Html::new();
        for _ in 0..5 {
            out.push(&hello);
        }
        assert_eq!(out.as_str(), once.as_str().repeat(5));
    }
}

#[test]
fn lazy_borrowing_rows_render_in_a_table() {
    let scores = [("Ada", 3), ("<Grace>", 5)];
    let table = html! {
        <table>
            <tbody>
                @for (name, score) in scores {
                    {row(name, score)}
                }
            </tbody>
        </table>
    };
    assert_body(
        table.as_str(),
        &[el(
            "table",
            &[],
            [el(
                "tbody",
                &[],
                [
                    el(
                        "tr",
                        &[],
                        [el("td", &[], [text("Ada")]), el("td", &[], [text("3")])],
                    ),
                    el(
                        "tr",
                        &[],
                        [el("td", &[], [text("<Grace>")]), el("td", &[], [text("5")])],
                    ),
                ],
            )],
        )],
    );
}

/// A component with owned props that places its children once: rendered by value.
#[derive(vetted::Component)]
struct Panel<C> {
    title: String,
    children: C,
}

impl<C: RenderOnce> RenderOnce for Panel<C> {
    fn render_once(self, out: &mut Html) {
        let Panel { title, children } = self;
        lazy! { <section class="panel"><h2>{title}</h2> {children}</section> }.render_once(out);
    }
}

/// A component that owns its values.
#[derive(vetted::Component)]
struct Labels {
    labels: Vec<String>,
}

impl Render for Labels {
    fn render_to(&self, out: &mut Html) {
        lazy! { <ul> @for label in &self.labels { <li>{label}</li> } </ul> }.render_to(out);
    }
}

fn panel_tree(title: &str, children: Vec<Tree>) -> Tree {
    el_vec(
        "section",
        &[("class", "panel")],
        [vec![el("h2", &[], [text(title)])], children].concat(),
    )
}

fn labels_tree(labels: &[String]) -> Tree {
    el_vec(
        "ul",
        &[],
        labels
            .iter()
            .map(|label| el("li", &[], [text(label)]))
            .collect(),
    )
}

/// A template that moves its argument into a component, returned from a function.
fn labels_of(labels: Vec<String>) -> Lazy<impl FnOnce(&mut Html)> {
    lazy! { <Labels labels={labels}/> }
}

#[test]
fn owned_props_move_into_children_of_a_component_rendered_by_value() {
    for hostile in HOSTILE {
        let labels = vec![(*hostile).to_owned(), "b".to_owned()];
        let expected = labels.clone();
        let title = (*hostile).to_owned();
        // `title` and `labels` move into the panels, `labels` through two levels of children.
        let page = html! {
            <Panel title={title}>
                <Panel title={String::from("inner")}><Labels labels={labels}/></Panel>
            </Panel>
        };
        assert_body(
            page.as_str(),
            &[panel_tree(
                hostile,
                vec![panel_tree("inner", vec![labels_tree(&expected)])],
            )],
        );
    }
}

#[test]
fn a_lazy_template_that_moves_a_prop_renders_once_by_value() {
    for hostile in HOSTILE {
        let labels = vec![(*hostile).to_owned()];
        let expected = labels.clone();
        let list = lazy! { <div><Labels labels={labels}/></div> };
        let from_function = labels_of(expected.clone());
        let page = html! { {list} <Panel title={String::from("t")}>{from_function}</Panel> };
        assert_body(
            page.as_str(),
            &[
                el_vec("div", &[], vec![labels_tree(&expected)]),
                panel_tree("t", vec![labels_tree(&expected)]),
            ],
        );
    }
}

#[test]
fn a_template_rendered_by_value_inside_title_is_only_text() {
    for hostile in HOSTILE {
        let labels = vec![(*hostile).to_owned()];
        // Markup a by-value template holds (an `Html`, a component's) is only text in
        // `<title>`: the title shows it as written, and nothing ends the element early.
        let markup: Html = html! { <b>{hostile}</b> };
        let expected = format!("{}<ul><li>{hostile}</li></ul>", markup.as_str());
        let title = lazy! { {markup} <Labels labels={labels}/> };
        let page = html! { <head><title>{title}</title></head> };
        assert_head(page.as_str(), &[el("title", &[], [text(&expected)])]);
    }
}

#[test]
fn lazy_moves_what_it_captures_and_keeps_control_flow() {
    let tags = vec!["<a>".to_owned(), "b".to_owned()];
    let empty: Vec<String> = Vec::new();
    let list = lazy! {
        @if tags.is_empty() {
            <p>"none"</p>
        } @else {
            <ul> @for tag in &tags { <li>{tag}</li> } </ul>
        }
    };
    let none = lazy! {
        @if empty.is_empty() {
            <p>"none"</p>
        } @else {
            <ul> @for tag in &empty { <li>{tag}</li> } </ul>
        }
    };
    // `{&list}` renders it by reference and keeps it; `{none}` moves it into the page.
    assert_eq!(
        html! { {&list} {none} {&list} }.as_str(),
        "<ul><li>&#60;a&#62;</li><li>b</li></ul><p>none</p><ul><li>&#60;a&#62;</li><li>b</li></ul>",
    );
    assert_eq!(format!("{list:?}"), "Lazy(..)");
}

#[test]
fn lazy_appended_to_an_existing_html_keeps_the_prefix() {
    let name = "<b>Ada</b>";
    let mut out = Html::with_capacity(256);
    out.push_text("1 < 2");
    out.push(&html! { <hr> });
    let prefix = out.as_str().to_owned();
    assert_eq!(prefix, "1 &#60; 2<hr>");
    let card = lazy! { <Card title={name} compact><Badge label={name}/></Card> };
    out.push(&card);
    let alone = html! { {card} };
    assert_eq!(out.as_str(), format!("{prefix}{alone}"));
    assert_body(
        out.as_str(),
        &[
            text("1 < 2"),
            el("hr", &[], []),
            card_tree(
                name,
                true,
                vec![el("span", &[("class", "badge")], [text(name)])],
            ),
        ],
    );
}

/// A component that checks, while it renders, that it writes into the buffer the layout
/// started: the buffer must already hold the layout's opening markup and everything written
/// before it.
#[derive(vetted::Component)]
struct Witness<'a> {
    prefix: &'a str,
    last_len: &'a Cell<usize>,
    index: usize,
}

impl Render for Witness<'_> {
    fn render_to(&self, out: &mut Html) {
        assert!(
            out.as_str().starts_with(self.prefix),
            "component {} rendered into a separate buffer: {:?}",
            self.index,
            &out.as_str()[..out.len().min(80)],
        );
        assert!(out.len() > self.last_len.get(), "the buffer did not grow");
        self.last_len.set(out.len());
        out.push(&self.index);
    }
}

#[test]
fn layout_and_a_hundred_components_write_into_one_buffer() {
    let prefix =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Many</title>";
    let last_len = &Cell::new(0);
    let page = lazy! {
        <Layout title="Many">
            @for index in 0..100 {
                <Card title="card" compact={index % 2 == 0}>
                    <Witness prefix={prefix} last_len={last_len} index={index}/>
                </Card>
            }
        </Layout>
    };

    // Into an `Html` of the caller's, with room reserved up front.
    let mut out = Html::with_capacity(16 * 1024);
    out.push(&page);
    let first_len = out.len();
    assert!(last_len.get() > 0 && last_len.get() < first_len);

    // Through `html!`, whose own buffer is the one the components see.
    last_len.set(0);
    let again = html! {
        <Layout title="Many">
            @for index in 0..100 {
                <Card title="card" compact={index % 2 == 0}>
                    <Witness prefix={prefix} last_len={last_len} index={index}/>
                </Card>
            }
        </Layout>
    };
    assert_eq!(again.as_str(), out.as_str());

    let cards: Vec<Tree> = (0..100)
        .map(|index| card_tree("card", index % 2 == 0, vec![text(&index.to_string())]))
        .collect();
    let html_root = &parse_document(out.as_str(), true)[1];
    let body = &html_root.children()[1];
    assert_eq!(body.children(), [el_vec("main", &[], cards)]);
}

/// `Html` inside `<title>` and `<textarea>` is escaped as text; a `lazy!` template should be
/// too, or a template holding `</textarea>` ends the element early.
#[test]
fn lazy_inside_textarea_is_text_like_html_is() {
    let markup = html! { <b>"x"</b><textarea>"y"</textarea><img src="/x.png" alt=""> };
    let template = lazy! { <b>"x"</b><textarea>"y"</textarea><img src="/x.png" alt=""> };
    let from_html = html! { <textarea>{markup}</textarea> };
    let from_lazy = html! { <textarea>{template}</textarea> };
    assert_eq!(from_lazy.as_str(), from_html.as_str());
    assert_body(
        from_lazy.as_str(),
        &[el("textarea", &[], [text(markup.as_str())])],
    );
}

// ---------------------------------------------------------------------------------------------
// Class toggles.

/// The class names an element's `class` attribute holds, in order.
fn class_tokens(tree: &Tree) -> Vec<&str> {
    tree.attr("class")
        .map(|class| class.split_ascii_whitespace().collect())
        .unwrap_or_default()
}

#[test]
fn class_toggles_add_each_true_class_to_the_literal_in_every_combination() {
    for active in [false, true] {
        for wide in [false, true] {
            let page = html! {
                <button class="btn" class:active={active} class:is-wide={wide}>"Go"</button>
            };
            let mut expected = String::from("btn");
            if active {
                expected.push_str(" active");
            }
            if wide {
                expected.push_str(" is-wide");
            }
            assert_eq!(
                page.as_str(),
                format!(r#"<button class="{expected}">Go</button>"#)
            );
            assert_body(
                page.as_str(),
                &[el("button", &[("class", &expected)], [text("Go")])],
            );
        }
    }
}

/// With no literal class, the `class` holds exactly the true toggles, one space apart, and is
/// left out when none is true (issue 17: it was `class=""`, or `class=" b"`).
#[test]
fn class_toggles_without_a_literal_class_hold_only_the_true_ones() {
    for a in [false, true] {
        for b in [false, true] {
            for c in [false, true] {
                let page = html! { <p class:a={a} class:b-2={b} class:c={c}>"x"</p> };
                let expected: Vec<&str> = [(a, "a"), (b, "b-2"), (c, "c")]
                    .into_iter()
                    .filter_map(|(on, class)| on.then_some(class))
                    .collect();
                let written = (!expected.is_empty()).then(|| expected.join(" "));
                for scripting in SCRIPTING {
                    let body = body_children(page.as_str(), scripting);
                    assert_eq!(body.len(), 1, "{page:?}");
                    assert_eq!(body[0].attr("class"), written.as_deref(), "{page:?}");
                    assert_eq!(body[0].text_content(), "x");
                }
            }
        }
    }
    for on in [false, true] {
        let page = html! { <p class:only={on}></p> };
        let expected = if on {
            r#"<p class="only"></p>"#
        } else {
            "<p></p>"
        };
        assert_eq!(page.as_str(), expected);
    }
    // A bare `class`, or one of only spaces, joins the toggles as no class at all.
    let page = html! { <p class class:on={true}></p> };
    assert_eq!(page.as_str(), r#"<p class="on"></p>"#);
    let page = html! { <p class=" " class:on={false}></p> };
    assert_eq!(page.as_str(), "<p></p>");
    let page = html! { <p class=" a  b " class:on={true}></p> };
    assert_eq!(page.as_str(), r#"<p class="a  b on"></p>"#);
}

#[test]
fn class_toggles_write_one_class_where_the_first_class_attribute_stands() {
    let on = true;
    let page = html! { <p id="i" class:late={on} title="t" class="early" class:off={!on}></p> };
    assert_eq!(
        page.as_str(),
        r#"<p id="i" class="early late" title="t"></p>"#
    );
    let page = html! { <p CLASS="a" Class:On={on}></p> };
    assert_body(page.as_str(), &[el("p", &[("class", "a On")], [])]);
}

#[test]
fn class_toggle_literal_is_escaped_and_decodes_back_exactly() {
    let page = html! { <p class="a&b &quot; \"c\" <d> 'e'" class:on={true}></p> };
    assert_eq!(
        page.as_str(),
        r#"<p class="a&amp;b &amp;quot; &#34;c&#34; &#60;d&#62; 'e' on"></p>"#,
    );
    assert_body(
        page.as_str(),
        &[el("p", &[("class", "a&b &quot; \"c\" <d> 'e' on")], [])],
    );
}

#[test]
fn class_toggle_conditions_run_once_per_render() {
    let calls = Cell::new(0);
    let check = |on: bool| {
        calls.set(calls.get() + 1);
        on
    };
    let page = html! { <p class="x" class:y={check(true)} class:z={check(false)}></p> };
    assert_eq!(page.as_str(), r#"<p class="x y"></p>"#);
    assert_eq!(calls.get(), 2);
    // Without a literal class too, in the order written.
    let order = std::cell::RefCell::new(Vec::new());
    let check = |name: &'static str, on: bool| {
        order.borrow_mut().push(name);
        on
    };
    let page = html! {
        <p class:a={check("a", false)} class:b={check("b", true)} class:c={check("c", true)}></p>
    };
    assert_eq!(page.as_str(), r#"<p class="b c"></p>"#);
    assert_eq!(*order.borrow(), ["a", "b", "c"]);
}

// ---------------------------------------------------------------------------------------------
// Spreads.

#[test]
fn spread_adds_checked_attributes_after_the_literal_ones_in_order() -> Result<(), AttributeError> {
    let mut extra = Attributes::new();
    extra
        .set("placeholder", "Your <name>")?
        .set_flag("required")?
        .set("aria-describedby", "hint")?
        .set("data-Mode", "x")?;
    let page = html! { <input class="field" name="n" ..{extra}> };
    assert_eq!(
        page.as_str(),
        r#"<input class="field" name="n" placeholder="Your &#60;name&#62;" required aria-describedby="hint" data-Mode="x">"#,
    );
    assert_body(
        page.as_str(),
        &[el(
            "input",
            &[
                ("class", "field"),
                ("name", "n"),
                ("placeholder", "Your <name>"),
                ("required", ""),
                ("aria-describedby", "hint"),
                ("data-mode", "x"),
            ],
            [],
        )],
    );
    Ok(())
}

#[test]
fn attributes_written_on_the_element_win_over_spread_entries_in_any_case()
-> Result<(), AttributeError> {
    let mut extra = Attributes::new();
    extra
        .set("Title", "spread title")?
        .set("ID", "spread-id")?
        .set("class", "spread-class")?
        .set("value", "spread value")?
        .set_flag("HIDDEN")?
        .set("placeholder", "kept")?;
    let value = "dynamic";
    let page = html! {
        <input title="literal" id="x" CLASS="lit" value={value} hidden={false} ..{&extra}>
    };
    assert_body(
        page.as_str(),
        &[el(
            "input",
            &[
                ("title", "literal"),
                ("id", "x"),
                ("class", "lit"),
                ("value", "dynamic"),
                ("placeholder", "kept"),
            ],
            [],
        )],
    );

    // Class toggles count as the element's `class`.
    let page = html! { <p class:on={true} ..{&extra}></p> };
    assert!(!page.as_str().contains("spread-class"), "{page:?}");
    for scripting in SCRIPTING {
        let body = body_children(page.as_str(), scripting);
        let Tree::Element { attrs, .. } = &body[0] else {
            panic!("{body:?}")
        };
        let names: Vec<&str> = attrs.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            ["class", "title", "id", "value", "hidden", "placeholder"]
        );
        assert_eq!(class_tokens(&body[0]), ["on"]);
        assert_eq!(body[0].attr("title"), Some("spread title"));
    }
    Ok(())
}

#[test]
fn option_and_reference_spreads() -> Result<(), AttributeError> {
    let mut extra = Attributes::new();
    extra.set("title", "t")?;
    let some: Option<Attributes> = Some(extra.clone());
    let none: Option<Attributes> = None;
    let some_ref: Option<&Attributes> = Some(&extra);
    let none_ref: Option<&Attributes> = None;
    let empty = Attributes::new();
    assert_eq!(html! { <b ..{some}></b> }.as_str(), r#"<b title="t"></b>"#);
    assert_eq!(html! { <b ..{&some}></b> }.as_str(), r#"<b title="t"></b>"#);
    assert_eq!(html! { <b ..{none}></b> }.as_str(), "<b></b>");
    assert_eq!(
        html! { <b ..{some_ref}></b> }.as_str(),
        r#"<b title="t"></b>"#
    );
    assert_eq!(html! { <b ..{none_ref}></b> }.as_str(), "<b></b>");
    assert_eq!(
        html! { <b ..{&&extra}></b> }.as_str(),
        r#"<b title="t"></b>"#
    );
    assert_eq!(html! { <b ..{empty}></b> }.as_str(), "<b></b>");
    // Spreads go on void and foreign elements too.
    assert_eq!(html! { <br ..{extra}> }.as_str(), r#"<br title="t">"#);
    assert_eq!(
        html! { <svg ..{extra}><circle r="1" ..{extra}/></svg> }.as_str(),
        r#"<svg title="t"><circle r="1" title="t"/></svg>"#,
    );
    Ok(())
}

#[test]
fn spread_values_with_hostile_text_decode_back_exactly() -> Result<(), AttributeError> {
    for value in HOSTILE {
        let mut extra = Attributes::new();
        extra
            .set("title", *value)?
            .set("data-note", *value)?
            .set("aria-label", *value)?;
        let page = html! { <div class="box" ..{extra}>{value}</div> };
        assert_body(
            page.as_str(),
            &[el(
                "div",
                &[
                    ("class", "box"),
                    ("title", value),
                    ("data-note", value),
                    ("aria-label", value),
                ],
                [text(value)],
            )],
        );
        for scripting in SCRIPTING {
            let found = names(page.as_str(), scripting);
            assert_eq!(
                found.elements.iter().collect::<Vec<_>>(),
                ["body", "div", "head", "html"]
            );
            assert_eq!(
                found.attributes.iter().collect::<Vec<_>>(),
                ["aria-label", "class", "data-note", "title"],
            );
        }
    }
    Ok(())
}

#[test]
fn url_attributes_are_spread_with_set_url() -> Result<(), Box<dyn std::error::Error>> {
    let odd = TrustedUrl::new("/search?q=a b&c=\"<d>\"")?;
    let sms = TrustedUrl::with_schemes("sms:+15550100", &["sms"])?;
    let mut link = Attributes::new();
    link.set_url("href", odd.clone())?
        .set_url("ping", TrustedUrl::new("/ping")?)?;
    let mut form = Attributes::new();
    form.set_url("cite", sms.clone())?;
    let mut media = Attributes::new();
    media
        .set_url("poster", TrustedUrl::new("https://cdn.example/p.png")?)?
        .set_url("data-avatar-url", TrustedUrl::new("/a.png")?)?;
    let page = html! {
        <a ..{link}>"a"</a>
        <a href={odd}>"same"</a>
        <blockquote ..{form}></blockquote>
        <video ..{media}></video>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "a",
                &[("href", "/search?q=a b&c=\"<d>\""), ("ping", "/ping")],
                [text("a")],
            ),
            el("a", &[("href", "/search?q=a b&c=\"<d>\"")], [text("same")]),
            el("blockquote", &[("cite", "sms:+15550100")], []),
            el(
                "video",
                &[
                    ("poster", "https://cdn.example/p.png"),
                    ("data-avatar-url", "/a.png"),
                ],
                [],
            ),
        ],
    );
    Ok(())
}

#[test]
fn every_attribute_error_and_its_message() {
    fn set(name: &str) -> AttributeError {
        Attributes::new()
            .set(name, "v")
            .map(|_| ())
            .expect_err(name)
    }

    for name in [
        "1st", "-x", ":", "@", "@1", "a@b", "::x", "a b", "a\"b", "a=b", "a>b", "a/b", "é", "a\0",
        "a'",
    ] {
        let error = set(name);
        assert_eq!(
            error,
            AttributeError::InvalidName {
                name: name.to_owned()
            }
        );
        assert_eq!(
            error.to_string(),
            format!(
                "`{name}` is not a valid attribute name: use ASCII letters, digits, `-`, `_`, `:` and `.`, starting with a letter, `_`, or a front-end library's `@`, `:`, `.` or `#`"
            ),
        );
    }
    assert!(Attributes::new().set("_private", "v").is_ok());
    // Front-end libraries' shorthands are valid names, refused as the code they are.
    assert_eq!(
        set(":x"),
        AttributeError::NotSpreadable {
            name: ":x".to_owned(),
            reason: "Alpine and Vue run it as JavaScript; write it literally, with a `vetted::TrustedScript` for code",
        }
    );
    assert!(Attributes::new().set("x:y.z-1_2", "v").is_ok());

    let mut twice = Attributes::new();
    twice.set("title", "a").unwrap();
    let error = twice.set_flag("TITLE").map(|_| ()).unwrap_err();
    assert_eq!(
        error,
        AttributeError::Duplicate {
            name: "TITLE".into()
        }
    );
    assert_eq!(error.to_string(), "`TITLE` is already in these attributes");

    for name in [
        "href",
        "HREF",
        "src",
        "action",
        "cite",
        "poster",
        "srcset",
        "imagesrcset",
        "ping",
        "background",
        "longdesc",
        "itemtype",
        "data-avatar-url",
        "data-src",
        "xlink:href",
        "my-uri",
    ] {
        let error = set(name);
        assert_eq!(
            error,
            AttributeError::NeedsTrustedUrl {
                name: name.to_owned()
            }
        );
        assert_eq!(
            error.to_string(),
            format!("`{name}` holds a URL; add it with `set_url` and a `vetted::TrustedUrl`"),
        );
        let flag = Attributes::new().set_flag(name).map(|_| ()).unwrap_err();
        assert_eq!(flag, error);
    }

    // Names that are dangerous only on elements that take no spreads (`<object data>`,
    // `<meta content>`, `<script type>`, `<iframe sandbox>`) are plain text elsewhere.
    for name in [
        "data",
        "http-equiv",
        "content",
        "type",
        "sandbox",
        "allow",
        "csp",
        "language",
    ] {
        assert!(Attributes::new().set(name, "v").is_ok(), "{name}");
    }

    let refused = [
        (
            &["onclick", "ONLOAD", "onx", "on"][..],
            "it runs as JavaScript; write it literally with a `vetted::TrustedScript`",
        ),
        (
            &["style", "Style"],
            "CSS can load URLs; write it literally with a `vetted::TrustedStyle`",
        ),
        (
            &["srcdoc"],
            "it holds a whole document; write it literally with an `Html` value",
        ),
        (
            &["manifest", "codebase", "classid"],
            "it loads code or a document; write it literally with a `vetted::TrustedResourceUrl`",
        ),
        (
            &[
                "charset",
                "is",
                "xmlns",
                "xmlns:x",
                "shadowrootmode",
                "attributename",
                "encoding",
                "values",
            ],
            "it changes how the page is read; write it literally",
        ),
    ];
    for (names, reason) in refused {
        for &name in names {
            let error = set(name);
            assert_eq!(
                error,
                AttributeError::NotSpreadable {
                    name: name.to_owned(),
                    reason
                },
            );
            assert_eq!(
                error.to_string(),
                format!("`{name}` cannot be spread: {reason}")
            );
            // A trusted URL does not make them spreadable either.
            let url = TrustedUrl::new("/x").unwrap();
            assert_eq!(
                Attributes::new()
                    .set_url(name, url)
                    .map(|_| ())
                    .unwrap_err(),
                error
            );
        }
    }
    // A nonce has its own rule; it is refused too.
    assert!(matches!(
        set("nonce"),
        AttributeError::NotSpreadable { name, .. } if name == "nonce"
    ));

    // `set_url` on a name that holds no URL.
    let error = Attributes::new()
        .set_url("title", TrustedUrl::new("/x").unwrap())
        .map(|_| ())
        .unwrap_err();
    assert_eq!(
        error,
        AttributeError::NotSpreadable {
            name: "title".into(),
            reason: "it does not hold a URL, so `set_url` does not apply; add it with `set`"
        }
    );
    assert_eq!(
        error.to_string(),
        "`title` cannot be spread: it does not hold a URL, so `set_url` does not apply; add it with `set`"
    );
    let _: &dyn std::error::Error = &error;
}

#[test]
fn a_refused_entry_leaves_the_attributes_as_they_were() {
    let mut extra = Attributes::new();
    assert!(extra.set("onclick", "alert(1)").is_err());
    assert!(extra.set("href", "javascript:alert(1)").is_err());
    assert!(extra.set("bad name", "x").is_err());
    assert!(extra.is_empty());
    assert_eq!(extra, Attributes::new());

    // A chain stops at its first refused entry and keeps the ones before it.
    let result = extra
        .set("title", "kept")
        .and_then(|attrs| attrs.set("style", "color: red"))
        .and_then(|attrs| attrs.set("id", "never"));
    assert!(result.is_err());
    assert_eq!(
        html! { <p ..{extra}></p> }.as_str(),
        r#"<p title="kept"></p>"#
    );
}

// ---------------------------------------------------------------------------------------------
// Slices, arrays and `Vec`.

#[test]
fn slices_arrays_and_vecs_render_each_item_in_order() {
    let words = vec!["<a>", "b&c", "</p>"];
    let slice: &[&str] = &words[1..];
    let numbers = [1, 22, 333];
    let nested = vec![vec!["x", "y"], vec![], vec!["z"]];
    let options = [Some("1"), None, Some("3")];
    let empty: Vec<String> = Vec::new();
    let page = html! {
        <p>{words}</p>
        <p>{slice}</p>
        <p>{numbers}</p>
        <p>{&numbers[..]}</p>
        <p>{nested}</p>
        <p>{options}</p>
        <p>{empty}</p>
    };
    assert_eq!(
        page.as_str(),
        "<p>&#60;a&#62;b&amp;c&#60;/p&#62;</p><p>b&amp;c&#60;/p&#62;</p><p>122333</p><p>122333</p><p>xyz</p><p>13</p><p></p>",
    );
    assert_body(
        page.as_str(),
        &[
            el("p", &[], [text("<a>b&c</p>")]),
            el("p", &[], [text("b&c</p>")]),
            el("p", &[], [text("122333")]),
            el("p", &[], [text("122333")]),
            el("p", &[], [text("xyz")]),
            el("p", &[], [text("13")]),
            el("p", &[], []),
        ],
    );
}

#[test]
fn lists_of_markup_components_and_templates_render_in_order() {
    let parts: Vec<Html> = vec![html! { <b>"1"</b> }, html! { <i>"2"</i> }];
    let badges = [Badge { label: "x" }, Badge { label: "<y>" }];
    let rows: Vec<_> = [("Ada", 1), ("Bob", 2)]
        .into_iter()
        .map(|(name, score)| row(name, score))
        .collect();
    let mixed: Vec<Box<dyn Render>> =
        vec![Box::new("a<"), Box::new(7_u8), Box::new(html! { <br> })];
    let page = html! {
        <p>{parts}</p>
        <div>{badges}</div>
        <table><tbody>{rows}</tbody></table>
        <p>{mixed}</p>
    };
    assert_body(
        page.as_str(),
        &[
            el(
                "p",
                &[],
                [el("b", &[], [text("1")]), el("i", &[], [text("2")])],
            ),
            el(
                "div",
                &[],
                [
                    el("span", &[("class", "badge")], [text("x")]),
                    el("span", &[("class", "badge")], [text("<y>")]),
                ],
            ),
            el(
                "table",
                &[],
                [el(
                    "tbody",
                    &[],
                    [
                        el(
                            "tr",
                            &[],
                            [el("td", &[], [text("Ada")]), el("td", &[], [text("1")])],
                        ),
                        el(
                            "tr",
                            &[],
                            [el("td", &[], [text("Bob")]), el("td", &[], [text("2")])],
                        ),
                    ],
                )],
            ),
            el("p", &[], [text("a<7"), el("br", &[], [])]),
        ],
    );

    // In `<title>`, a list of `Html` is text like a single one.
    let head = html! { <title>{parts}</title> };
    assert_head(
        head.as_str(),
        &[el("title", &[], [text("<b>1</b><i>2</i>")])],
    );
}

// ---------------------------------------------------------------------------------------------
// The pages of the `pages` example (`runtime/examples/pages/site.rs`, included as a module),
// checked as a browser reads them.

#[path = "../../runtime/examples/pages/site.rs"]
mod pages;

/// The document a page of `pages` parses to, around the children of its `<main>`.
fn page_document(title: &str, current: usize, user: Option<&str>, main: Vec<Tree>) -> Vec<Tree> {
    let nav_items = [("/", "Home"), ("/signup", "Sign up")]
        .iter()
        .enumerate()
        .map(|(i, (href, label))| {
            let link = if i == current {
                el(
                    "a",
                    &[
                        ("href", href),
                        ("class", "nav current"),
                        ("aria-current", "page"),
                    ],
                    [text(label)],
                )
            } else {
                el("a", &[("href", href), ("class", "nav")], [text(label)])
            };
            el("li", &[], [link])
        })
        .collect();
    let mut header = vec![el(
        "nav",
        &[("aria-label", "main")],
        [el_vec("ul", &[], nav_items)],
    )];
    if let Some(user) = user {
        header.push(el(
            "p",
            &[("class", "user")],
            [text("Signed in as "), el("b", &[], [text(user)])],
        ));
    }
    vec![
        Tree::Doctype("html".into()),
        el(
            "html",
            &[("lang", "en")],
            [
                el(
                    "head",
                    &[],
                    [
                        el("meta", &[("charset", "utf-8")], []),
                        el("title", &[], [text(&format!("{title} · Field notes"))]),
                    ],
                ),
                el(
                    "body",
                    &[],
                    [
                        el_vec("header", &[], header),
                        el_vec("main", &[], main),
                        el(
                            "footer",
                            &[],
                            [el(
                                "small",
                                &[],
                                [text("Field notes: every value escaped for where it sits.")],
                            )],
                        ),
                    ],
                ),
            ],
        ),
    ]
}

#[test]
fn pages_example_home_page_parses_to_its_structure() {
    use pages::Note;

    for hostile in HOSTILE {
        let notes = [
            Note {
                title: format!("Escaping {hostile}"),
                summary: (*hostile).to_owned(),
                tags: vec!["security".into(), (*hostile).to_owned()],
                pinned: true,
            },
            Note {
                title: "Components".into(),
                summary: "One buffer.".into(),
                tags: Vec::new(),
                pinned: false,
            },
        ];
        let page = pages::home_page(Some(hostile), &notes);
        let cards = el(
            "ul",
            &[("class", "cards")],
            [
                el(
                    "li",
                    &[],
                    [el(
                        "article",
                        &[("class", "card pinned")],
                        [
                            el("h2", &[], [text(&format!("Escaping {hostile}"))]),
                            el("p", &[], [text(hostile)]),
                            el(
                                "ul",
                                &[("class", "tags")],
                                [
                                    el("li", &[], [text("security")]),
                                    el("li", &[], [text(hostile)]),
                                ],
                            ),
                        ],
                    )],
                ),
                el(
                    "li",
                    &[],
                    [el(
                        "article",
                        &[("class", "card")],
                        [
                            el("h2", &[], [text("Components")]),
                            el("p", &[], [text("One buffer.")]),
                        ],
                    )],
                ),
            ],
        );
        let expected = page_document(
            "Home",
            0,
            Some(hostile),
            vec![el("h1", &[], [text("Latest notes")]), cards],
        );
        for scripting in SCRIPTING {
            assert_eq!(
                parse_document(page.as_str(), scripting),
                expected,
                "{page:?} with scripting {scripting}"
            );
        }
    }

    let empty = pages::home_page(None, &[]);
    assert_eq!(
        parse_document(empty.as_str(), false),
        page_document(
            "Home",
            0,
            None,
            vec![
                el("h1", &[], [text("Latest notes")]),
                el("p", &[], [text("Nothing yet.")]),
            ],
        ),
    );
}

#[test]
fn pages_example_sign_up_page_parses_to_its_structure() -> Result<(), AttributeError> {
    use pages::SignUp;

    let csrf = vetted::csrf::CsrfToken::new("csrf", "t0k\"en");
    for hostile in HOSTILE {
        for (newsletter, email_error) in [(true, Some(*hostile)), (false, None)] {
            let form = SignUp {
                name: (*hostile).to_owned(),
                email: format!("{hostile}@example.com"),
                newsletter,
                name_error: None,
                email_error: email_error.map(str::to_owned),
            };
            let page = pages::sign_up_page(&form, &csrf)?;
            let email = format!("{hostile}@example.com");
            let mut email_input = vec![
                ("type", "email"),
                ("id", "email"),
                ("name", "email"),
                ("value", email.as_str()),
                (
                    "class",
                    if email_error.is_some() {
                        "input invalid"
                    } else {
                        "input"
                    },
                ),
            ];
            if email_error.is_some() {
                email_input.push(("aria-invalid", "true"));
            }
            email_input.extend([
                ("autocomplete", "email"),
                ("placeholder", "ada@example.com"),
                ("required", ""),
            ]);
            let mut email_field = vec![
                el("label", &[("for", "email")], [text("Email")]),
                el("input", &email_input, []),
            ];
            if let Some(error) = email_error {
                email_field.push(el("p", &[("class", "error")], [text(error)]));
            }
            let mut checkbox = vec![("type", "checkbox"), ("name", "newsletter")];
            if newsletter {
                checkbox.push(("checked", ""));
            }
            let form_tree = el(
                "form",
                &[
                    ("method", "post"),
                    ("action", "/signup"),
                    (
                        "class",
                        if email_error.is_some() {
                            "form has-errors"
                        } else {
                            "form"
                        },
                    ),
                ],
                [
                    el(
                        "input",
                        &[("type", "hidden"), ("name", "csrf"), ("value", "t0k\"en")],
                        [],
                    ),
                    el(
                        "div",
                        &[("class", "field")],
                        [
                            el("label", &[("for", "name")], [text("Your name")]),
                            el(
                                "input",
                                &[
                                    ("type", "text"),
                                    ("id", "name"),
                                    ("name", "name"),
                                    ("value", hostile),
                                    ("class", "input"),
                                    ("autocomplete", "name"),
                                    ("maxlength", "80"),
                                    ("required", ""),
                                ],
                                [],
                            ),
                        ],
                    ),
                    el_vec(
                        "div",
                        &[(
                            "class",
                            if email_error.is_some() {
                                "field has-error"
                            } else {
                                "field"
                            },
                        )],
                        email_field,
                    ),
                    el(
                        "label",
                        &[("class", if newsletter { "check checked" } else { "check" })],
                        [el("input", &checkbox, []), text(" Send me the newsletter")],
                    ),
                    el(
                        "button",
                        &[("type", "submit"), ("class", "primary")],
                        [text("Create account")],
                    ),
                ],
            );
            let expected = page_document(
                "Sign up",
                1,
                None,
                vec![el("h1", &[], [text("Sign up")]), form_tree],
            );
            for scripting in SCRIPTING {
                assert_eq!(
                    parse_document(page.as_str(), scripting),
                    expected,
                    "{page:?} with scripting {scripting}"
                );
            }
        }
    }
    Ok(())
}

/// A script body inside a lazy template rendered in `<textarea>` is text too.
#[test]
fn trusted_script_inside_a_lazy_in_textarea_cannot_end_it() {
    let template = vetted::lazy! {
        <script>{vetted::trusted_script!("'</textarea><img src=x onerror=alert(1)>'")}</script>
    };
    let page = html! { <textarea>{template}</textarea><p>"after"</p> };
    for scripting in vetted_tests::SCRIPTING {
        let body = vetted_tests::body_children(page.as_str(), scripting);
        assert_eq!(body.len(), 2, "{body:?}");
    }
}

/// Spread names are classified for the elements that take spreads: URL attributes of media and
/// links go through `set_url`, `type` is plain text, and submit targets are refused.
#[test]
fn spread_names_follow_the_elements_that_take_spreads() {
    let mut attrs = vetted::Attributes::new();
    attrs.set("type", "email").unwrap();
    attrs
        .set_url("src", vetted::TrustedUrl::new("/a.png").unwrap())
        .unwrap();
    assert!(attrs.set("src", "/b.png").is_err());
    assert!(attrs.set("formaction", "/x").is_err());
    assert!(
        attrs
            .set_url("formaction", vetted::TrustedUrl::new("/x").unwrap())
            .is_err()
    );
    assert!(attrs.set("formmethod", "post").is_err());
    assert!(attrs.set("archive", "/x.jar").is_err());
    assert_eq!(
        vetted::Attributes::new()
            .set("", "x")
            .unwrap_err()
            .to_string(),
        "an attribute name cannot be empty"
    );
}

/// A component whose own markup loads code, written with `lazy!` into the page's buffer.
#[derive(vetted::Component)]
struct Widget;

impl Render for Widget {
    fn render_to(&self, out: &mut Html) {
        lazy! { <script>"widget()"</script><div hx-get="/w">"w"</div> }.render_to(out);
    }
}

/// Every element of `nodes`, at any depth.
fn elements<'t>(nodes: &'t [Tree], found: &mut Vec<&'t Tree>) {
    for node in nodes {
        if node.name().is_some() {
            found.push(node);
        }
        elements(node.children(), found);
    }
}

/// The `@nonce` a page declares reaches every template rendered into its buffer: a
/// component's children, a component's own `lazy!` markup, a `lazy!` value made elsewhere
/// (issue 17). Without it, a nonce-based CSP would silently block their scripts and styles.
#[test]
fn the_page_nonce_reaches_nested_templates() {
    let nonce = vetted::csp::Nonce::try_from_external("AAAAAAAAAAAAAAAAAAAAAA").unwrap();
    let extra = lazy! { <style>"p { margin: 0 }"</style> };
    let page = html! {
        @nonce = nonce;
        <div>
            <Card title="t" compact={false}><script>"child()"</script></Card>
            <Widget/>
            {extra}
            <script>"own()"</script>
        </div>
    };
    let tree = parse_document(page.as_str(), true);
    let mut found = Vec::new();
    elements(&tree, &mut found);
    let loaders: Vec<_> = found
        .iter()
        .filter(|el| matches!(el.name(), Some("script" | "style")))
        .collect();
    assert_eq!(loaders.len(), 4, "{page:?}");
    for el in loaders {
        assert_eq!(el.attr("nonce"), Some(nonce.as_str()), "{el:?} in {page:?}");
    }
    let htmx = found
        .iter()
        .find(|el| el.attr("hx-get").is_some())
        .expect("the widget's div");
    assert_eq!(htmx.attr("hx-nonce"), Some(nonce.as_str()), "{page:?}");

    // A page that declares no nonce stamps none, nested or not.
    let plain = html! { <div><Widget/> {extra}</div> };
    assert!(!plain.as_str().contains("nonce"), "{plain:?}");
}

// ---------------------------------------------------------------------------------------------
// Optional props.

/// A component whose props may be left out: an `Option`, a `Default` and a declared default.
#[derive(vetted::Component)]
struct Notice<'a> {
    text: &'a str,
    title: Option<&'a str>,
    #[prop(default)]
    dismissible: bool,
    #[prop(default = "info")]
    kind: &'static str,
}

impl Render for Notice<'_> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <div class="notice" data-kind={self.kind} data-dismissible={self.dismissible}>
                @if let Some(title) = self.title {
                    <b>{title}</b>
                }
                {self.text}
            </div>
        }
        .render_to(out);
    }
}

/// A component without props.
#[derive(vetted::Component)]
struct Rule;

impl Render for Rule {
    fn render_to(&self, out: &mut Html) {
        lazy! { <hr class="rule"> }.render_to(out);
    }
}

#[test]
fn optional_props_left_out_take_their_defaults() {
    let page = html! { <Notice text="Saved"/> };
    assert_eq!(
        page.as_str(),
        r#"<div class="notice" data-kind="info">Saved</div>"#
    );
}

#[test]
fn optional_props_given_override_their_defaults_in_any_order() {
    let title = "<Heads up>";
    let page = html! { <Notice kind="warning" title={Some(title)} dismissible text="Disk full"/> };
    assert_eq!(
        page.as_str(),
        r#"<div class="notice" data-kind="warning" data-dismissible><b>&#60;Heads up&#62;</b>Disk full</div>"#
    );
    let page = html! { <Notice text="x" title={None} dismissible={false}/> };
    assert_eq!(
        page.as_str(),
        r#"<div class="notice" data-kind="info">x</div>"#
    );
}

#[test]
fn a_component_without_props_is_a_bare_tag() {
    assert_eq!(
        html! { <Rule/><Rule></Rule> }.as_str(),
        r#"<hr class="rule"><hr class="rule">"#
    );
}

#[test]
fn a_derived_component_can_still_be_built_as_a_struct() {
    let notice = Notice {
        text: "t",
        title: None,
        dismissible: true,
        kind: "k",
    };
    assert_eq!(
        html! { {notice} }.as_str(),
        r#"<div class="notice" data-kind="k" data-dismissible>t</div>"#
    );
}
