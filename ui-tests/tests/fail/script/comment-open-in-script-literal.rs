fn main() {
    let _ = vetted::html! {
        <script>"if (a <!-- b) {}"</script>
        <script>"const t = '<script>';"</script>
    };
}
