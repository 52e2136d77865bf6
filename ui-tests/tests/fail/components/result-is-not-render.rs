fn main() {
    let count: Result<u32, std::num::ParseIntError> = "3".parse();
    let _ = vetted::html! { <p>{count}</p> };
}
