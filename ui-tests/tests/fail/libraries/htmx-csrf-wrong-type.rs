//! A string is not a CSRF field: the token needs its field's name.

fn main() {
    let token = "t";
    let _ = vetted::html! { <button hx-post="/a" csrf={token}>"a"</button> };
}
