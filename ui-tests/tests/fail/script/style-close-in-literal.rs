fn main() {
    let _ = vetted::html! { <style>"p::after { content: '</style>' }"</style> };
}
