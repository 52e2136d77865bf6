fn main() {
    let n = 1;
    let _ = vetted::html! {
        @match n {
            1 => <p>"one"</p>
            _ => {}
        }
    };
}
