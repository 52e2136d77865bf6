struct User {
    name: String,
}

fn main() {
    let user = User { name: "Ada".into() };
    let tags = vec!["a", "b"];
    let _ = vetted::html! { <p>{user}</p> <p>{tags}</p> };
    let _ = user.name;
}
