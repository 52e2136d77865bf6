fn main() {
    let _ = vetted::html! {
        <dvi></dvi>
        <spam>"x"</spam>
        <artcle></artcle>
        <svg><lineargradient></lineargradient></svg>
    };
}
