fn main() {
    let id = "b";
    let _ = vetted::html! { <p id="a" class="x" id={id}></p> };
}
