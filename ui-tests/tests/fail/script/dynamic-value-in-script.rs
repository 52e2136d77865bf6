fn main() {
    let user = "Ada";
    let _ = vetted::html! { <script>"const user = " {user} ";"</script> };
}
