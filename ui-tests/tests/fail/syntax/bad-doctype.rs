fn main() {
    let _ = vetted::html! { <!DOCTYPE xml> <p></p> };
}
