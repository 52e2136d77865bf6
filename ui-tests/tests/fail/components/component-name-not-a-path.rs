fn main() {
    let _ = vetted::html! { <Fancy-Box></Fancy-Box> };
}
