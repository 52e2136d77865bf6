//! Custom elements: any lowercase name with a `-`, with any attributes.

fn main() {
    let label = "Open <menu>";
    let page = vetted::html! {
        <my-widget aria-label={label} data-state="open"><slot name="title"></slot></my-widget>
        <x-1></x-1>
        <user-card.v2 class="c"></user-card.v2>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<my-widget aria-label="Open &#60;menu&#62;" data-state="open"><slot name="title"></slot></my-widget>"#,
            r#"<x-1></x-1><user-card.v2 class="c"></user-card.v2>"#,
        ),
    );
}
