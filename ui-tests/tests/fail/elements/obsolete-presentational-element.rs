fn main() {
    let _ = vetted::html! { <center></center> <font></font> <marquee></marquee> <blink></blink> };
}
