//! These HTML start tags make the parser end the `<svg>` or `<math>` first, so they would land
//! after it, not where the template puts them.

fn main() {
    let _ = vetted::html! {
        <svg><p>"caption"</p></svg>
        <svg><g><div></div></g></svg>
        <math><b>"x"</b></math>
        <svg><text><span>"label"</span></text></svg>
    };
}
