fn main() {
    let theme = "dark";
    let on = true;
    let _ = vetted::html! { <p class={theme} class:active={on}></p> };
}
