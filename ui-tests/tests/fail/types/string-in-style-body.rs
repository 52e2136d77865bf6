//! A value inside `<style>` is a style sheet: a string is refused, however it was built; the
//! body takes a `TrustedStyleSheet`.

fn main() {
    let color = "red";
    let _ = vetted::html! {
        <style>"p { color: " {color} " }"</style>
        <style>{format!("p {{ color: {color} }}")}</style>
    };
}
