//! `class="..."` with `class:name={bool}` toggles writes one `class` attribute.

fn button(active: bool, wide: bool) -> vetted::Html {
    vetted::html! { <button class="btn &amp; co" class:active={active} class:is-wide={wide}>"Go"</button> }
}

fn main() {
    assert_eq!(
        button(false, false).as_str(),
        r#"<button class="btn &amp;amp; co">Go</button>"#
    );
    assert_eq!(
        button(true, false).as_str(),
        r#"<button class="btn &amp;amp; co active">Go</button>"#
    );
    assert_eq!(
        button(false, true).as_str(),
        r#"<button class="btn &amp;amp; co is-wide">Go</button>"#
    );
    assert_eq!(
        button(true, true).as_str(),
        r#"<button class="btn &amp;amp; co active is-wide">Go</button>"#,
    );
    let on = true;
    assert_eq!(
        vetted::html! { <p id="x" class:late={on} class="early" title="t"></p> }.as_str(),
        r#"<p id="x" class="early late" title="t"></p>"#,
    );
}
