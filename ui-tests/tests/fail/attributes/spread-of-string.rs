fn main() {
    let extra = String::from("onclick=alert(1)");
    let _ = vetted::html! { <input ..{extra}> };
}
