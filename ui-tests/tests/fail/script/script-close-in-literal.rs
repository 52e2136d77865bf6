fn main() {
    let _ = vetted::html! {
        <script>"document.write('</script>');"</script>
        <script>"let s = '</SCRIPT ';"</script>
    };
}
