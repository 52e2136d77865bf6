//! Attribute names that are Rust keywords, written plainly.

fn main() {
    let kind = "email";
    let page = vetted::html! {
        <label for="mail">"Mail"</label>
        <input type={kind} id="mail" name="mail">
        <script async type="module" src="/app.js"></script>
        <video loop muted></video>
        <link rel="preload" as="style" href="/a.css">
        <form method="post" action="/send" csrf={vetted::csrf::FetchMetadata}><button type="submit" name="do" value="send"></button></form>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<label for="mail">Mail</label><input type="email" id="mail" name="mail">"#,
            r#"<script async type="module" src="/app.js"></script><video loop muted></video>"#,
            r#"<link rel="preload" as="style" href="/a.css">"#,
            r#"<form method="post" action="/send"><button type="submit" name="do" value="send"></button></form>"#,
        ),
    );
}
