#[derive(vetted::Component)]
struct Badge<'a> {
    #[prop(optional)]
    label: Option<&'a str>,
}

fn main() {}
