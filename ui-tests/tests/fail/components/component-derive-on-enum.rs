#[derive(vetted::Component)]
enum Badge {
    New,
    Old,
}

fn main() {}
