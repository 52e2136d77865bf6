struct Item {
    name: String,
}

fn main() {
    let item = Item { name: "Ada".to_owned() };
    let _ = vetted::html! { <p>{item.}</p> <p>{item.name}</p> };
}
