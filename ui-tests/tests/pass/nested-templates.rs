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
            r#"<nav title="&#60;ul&#62;&#60;li&#62;&amp;#60;a&amp;#62;&#60;/li&#62;&#60;li&#62;b&#60;/li&#62;&#60;/ul&#62;">"#,
            "<ul><li>&#60;a&#62;</li><li>b</li></ul></nav>",
        ),
    );
    assert_eq!(
        head.as_str(),
        "<title>&#60;li&#62;&amp;#60;a&amp;#62;&#60;/li&#62;</title><textarea>\n&#60;li&#62;b&#60;/li&#62;</textarea>",
    );
}
