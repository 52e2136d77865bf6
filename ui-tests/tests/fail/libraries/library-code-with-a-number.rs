//! Even a number is refused in code: the error names what to use instead.

fn main() {
    let count = 3;
    let _ = vetted::html! { <div x-data={count} hx-vals={count}></div> };
}
