struct Id(u32);

fn main() {
    let classes = vec!["a", "b"];
    let _ = vetted::html! { <p id={Id(3)} class={classes}></p> };
}
