fn main() {
    let _ = vetted::html! { <iframe src="/embed">"Your browser does not support frames"</iframe> };
}
