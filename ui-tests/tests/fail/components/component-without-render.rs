#[derive(vetted::Component)]
struct Badge<'a> {
    label: &'a str,
}

fn main() {
    let _ = vetted::html! { <Badge label="new"/> };
}
