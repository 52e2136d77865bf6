fn main() {
    let _ = vetted::html! {
        <title>"Home " <b>"page"</b></title>
        <textarea><p></p></textarea>
    };
}
