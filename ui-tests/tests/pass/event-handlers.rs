//! `on*` attributes take a `TrustedScript` (attribute-escaped), `None` leaves them out, and
//! literal handlers are written as they are.

fn main() {
    let select = vetted::trusted_script!("this.select()");
    let confirm = vetted::trusted_script!(r#"return confirm("Delete?")"#);
    let none: Option<vetted::TrustedScript> = None;
    let page = vetted::html! {
        <input onfocus={select}>
        <form onsubmit={confirm}></form>
        <button onclick={none} data-id={7}>"x"</button>
        <button onclick="history.back()">"Back"</button>
        <svg><circle r="1" onclick={&select}/></svg>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<input onfocus="this.select()">"#,
            r#"<form onsubmit="return confirm(&#34;Delete?&#34;)"></form>"#,
            r#"<button data-id="7">x</button>"#,
            r#"<button onclick="history.back()">Back</button>"#,
            r#"<svg><circle r="1" onclick="this.select()"/></svg>"#,
        ),
    );
}
