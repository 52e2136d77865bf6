//! `bool` attributes write the bare name or nothing; `Option` attributes nothing when `None`.

fn field(required: bool, placeholder: Option<&str>, max: Option<u8>) -> vetted::Html {
    vetted::html! {
        <input name="q" required={required} placeholder={placeholder} maxlength={max} hidden={false}>
    }
}

fn main() {
    assert_eq!(
        field(true, Some("Search \"all\""), Some(20)).as_str(),
        r#"<input name="q" required placeholder="Search &#34;all&#34;" maxlength="20">"#,
    );
    assert_eq!(field(false, None, None).as_str(), r#"<input name="q">"#);
    let open = Some(true);
    let page = vetted::html! { <details open={open}></details> <details open={None::<bool>}></details> };
    assert_eq!(page.as_str(), "<details open></details><details></details>");
}
