fn main() {
    let _ = vetted::html! {
        <script><p>"x"</p></script>
        <style><b></b></style>
    };
}
