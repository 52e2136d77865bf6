//! A URL part is percent-encoded text: strings, `char`, integers or `vetted::display(&value)`;
//! a struct, a float, a collection or an `Option` is refused.

struct UserId(u32);

fn main() {
    let id = UserId(7);
    let tags = vec!["a", "b"];
    let page: Option<&str> = Some("2");
    let _ = vetted::html! {
        <a href=("/users/" {id})>"a"</a>
        <a href=("/tags/" {tags})>"b"</a>
        <a href=("/zoom/" {1.5_f64})>"c"</a>
        <a href=("/list?page=" {page})>"d"</a>
    };
}
