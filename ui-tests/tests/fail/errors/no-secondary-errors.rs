fn main() {
    let page = vetted::html! { <p>Hello</p> };
    let _len: usize = page.len();
    let _s: String = page.into_string();

    let other: vetted::Html = vetted::html! { <div><span></div> };
    let _ = vetted::html! { <section>{other}</section> };

    vetted::html! { <dvi></dvi> };
}
