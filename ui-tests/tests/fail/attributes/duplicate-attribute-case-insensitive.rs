fn main() {
    let _ = vetted::html! { <p class="a" CLASS="b"></p> <input DISABLED disabled> };
}
