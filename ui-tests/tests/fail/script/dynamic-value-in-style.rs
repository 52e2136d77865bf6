fn main() {
    let color = "red";
    let _ = vetted::html! { <style>"p { color: " {color} " }"</style> };
}
