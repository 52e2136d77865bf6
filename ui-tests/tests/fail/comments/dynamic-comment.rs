//! A value could hold `-->` and end the comment early, so comments take only literal text.

fn main() {
    let note = "--><script>alert(1)</script>";
    let build = 42;
    let _ = vetted::html! {
        <!-- {note} -->
        <p>"x"</p>
        <!-- {build} -->
    };
}
