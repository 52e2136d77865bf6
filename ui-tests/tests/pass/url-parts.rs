//! URLs built from parts: the literal start fixes the scheme or path, and each value is
//! percent-encoded as one path segment, query key or value, or fragment, where it sits.

fn main() {
    let id = 42;
    let name = "Ada & Grace/2";
    let tab = "a b#c";
    let letter = 'é';
    let page = vetted::html! {
        <a href=("/users/" {id} "/edit")>"1"</a>
        <a href=("/search?q=" {name} "&page=" {2} "#" {tab})>"2"</a>
        <a href=("/files/" {name})>"3"</a>
        <a href=("https://example.com/" {name})>"4"</a>
        <a href=("mailto:" {"ada@example.com"} "?subject=" {"Hi & bye"})>"5"</a>
        <img src=("/avatars/" {id} ".png") alt="">
        <a href=("/chars/" {letter} "/" {vetted::display(3.5)})>"6"</a>
        <a href=("?" {"x=y"})>"7"</a>
        <div data-next-url=("/page/" {id})></div>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<a href="/users/42/edit">1</a>"#,
            r#"<a href="/search?q=Ada%20%26%20Grace/2&amp;page=2#a%20b%23c">2</a>"#,
            r#"<a href="/files/Ada%20&amp;%20Grace%2F2">3</a>"#,
            r#"<a href="https://example.com/Ada%20&amp;%20Grace%2F2">4</a>"#,
            r#"<a href="mailto:ada@example.com?subject=Hi%20%26%20bye">5</a>"#,
            r#"<img src="/avatars/42.png" alt="">"#,
            r#"<a href="/chars/%C3%A9/3.5">6</a>"#,
            r#"<a href="?x%3Dy">7</a>"#,
            r#"<div data-next-url="/page/42"></div>"#,
        ),
    );
}
