fn main() {
    let _ = vetted::html! { <img width=10> };
    let _ = vetted::html! { <p class='a'></p> };
    let _ = vetted::html! { <p class=></p> };
    let _ = vetted::html! { <p class=intro></p> };
}
