fn main() {
    let name = String::from("Ada");
    let greeting = vetted::lazy! { <p>"Hello, " {name}</p> };
    println!("{name}");
    let _ = vetted::html! { {greeting} };
}
