//! `html!` works when the runtime crate is renamed in `Cargo.toml` (here to `html_views`).

#[cfg(test)]
mod tests {
    use html_views::html;

    #[test]
    fn expands_against_the_renamed_crate() {
        let name = "<Ada>";
        let items = [1, 2];
        let page = html! {
            <p title={name}>{name}</p>
            @for item in items { <i>{item}</i> }
        };
        assert_eq!(
            page.as_str(),
            r#"<p title="&#60;Ada&#62;">&#60;Ada&#62;</p><i>1</i><i>2</i>"#
        );
    }

    #[test]
    fn an_empty_template_is_the_renamed_crates_html() {
        let page: html_views::Html = html! {};
        assert!(page.is_empty());
    }
}
