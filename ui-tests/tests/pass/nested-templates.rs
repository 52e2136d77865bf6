//! An `Html` inside `html!` is kept as markup in content, and escaped as an attribute value or
//! inside `<title>`/`<textarea>`, which hold only text.

fn item(label: &str) -> vetted::Html {
    vetted::html! { <li>{label}</li> }
}

fn main() {
    let items: Vec<vetted::Html> = ["<a>", "b"].into_iter().map(item).collect();
    let list = vetted::html! { <ul> @for item in &items { {item} } </ul> };
    let page = vetted::html! { <nav title={list}>{list}</nav> };
    let head = vetted::html! { <title>{items[0]}</title><textarea>{items[1]}</textarea> };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<nav title="&lt;ul&gt;&lt;li&gt;&amp;lt;a&amp;gt;&lt;/li&gt;&lt;li&gt;b&lt;/li&gt;&lt;/ul&gt;">"#,
            "<ul><li>&lt;a&gt;</li><li>b</li></ul></nav>",
        ),
    );
    assert_eq!(
        head.as_str(),
        "<title>&lt;li&gt;&amp;lt;a&amp;gt;&lt;/li&gt;</title><textarea>\n&lt;li&gt;b&lt;/li&gt;</textarea>",
    );
}
