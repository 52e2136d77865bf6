//! `@let` binds only until the end of the element (or block) it sits in, as in Rust.

fn main() {
    let _ = vetted::html! {
        <div>@let x = 1;</div>
        <p>{x}</p>
        @if true { @let y = 2; }
        <p title={y}></p>
    };
}
