//! The syntax example of the `html!` docs, with its whole output.

struct User {
    is_admin: bool,
}

enum State {
    On,
    #[allow(dead_code)]
    Off,
}

fn main() {
    let (title, dom_id, name, count) = ("Home", "hi", "<Ada>", 3);
    let user = User { is_admin: false };
    let team: Option<&str> = Some("core");
    let items = vec!["a", "b"];
    let state = State::On;
    let page = vetted::html! {
        <!DOCTYPE html>
        <html lang="en">
            <head><meta charset="utf-8"><title>{title}</title></head>
            <body>
                <h1 class="greeting" id={dom_id}>"Hello, " {name} "!"</h1>
                <input type="checkbox" checked disabled={false} value={count}>
                <br/>
                @if user.is_admin { <p>"admin"</p> } @else if let Some(t) = &team { <p>{t}</p> } @else { }
                @for (i, item) in items.iter().enumerate() { <li data-index={i}>{item}</li> }
                @match state { State::On => { <b>"on"</b> } State::Off => {} }
                @let total = items.len();
                <p>"Total: " {total}</p>
                <my-widget aria-label="x"></my-widget>
                <svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg>
            </body>
        </html>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Home</title></head>"#,
            r#"<body><h1 class="greeting" id="hi">Hello, &#60;Ada&#62;!</h1>"#,
            r#"<input type="checkbox" checked value="3"><br>"#,
            r#"<p>core</p><li data-index="0">a</li><li data-index="1">b</li>"#,
            r#"<b>on</b><p>Total: 2</p><my-widget aria-label="x"></my-widget>"#,
            r#"<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg></body></html>"#,
        ),
    );
}
