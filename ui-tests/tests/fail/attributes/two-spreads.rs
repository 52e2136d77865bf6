// One spread per element, so no attribute can come from two of them.
fn main() {
    let (a, b) = (vetted::Attributes::new(), vetted::Attributes::new());
    let _ = vetted::html! { <p ..{a} ..{b}></p> };
}
