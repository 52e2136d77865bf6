//! Names and values with non-ASCII characters where the checks cut text: each is an error or
//! fine, never a crash of the macro.

fn main() {
    let _ = vetted::html! {
        <div abcdeé="x" classé="y"></div>
        <meta http-equiv="refresh" content="0;ab€">
        <meta http-equiv="refresh" content="€">
    };
}
