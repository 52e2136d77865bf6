fn main() {
    let x = "https://example.com/a.png";
    let _ = vetted::html! { <div data-avatar-url={x} data-src={x} data-id={x}></div> };
}
