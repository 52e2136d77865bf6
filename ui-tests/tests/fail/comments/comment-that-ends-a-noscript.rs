//! With scripting on, `<noscript>` holds raw text up to `</noscript`: a comment, a script or a
//! style sheet that spells it would end the `<noscript>` and let the rest become markup, so
//! none may hold it, wherever it is written (markup moves between templates).

fn main() {
    let _ = vetted::html! {
        <noscript><!-- "</noscript><img src=x onerror=alert(1)>" --></noscript>
        <!-- "</NOSCRIPT>" -->
        <script>"var a = '</noscript><img src=x onerror=alert(2)>';"</script>
        <style>"p::after { content: '</noscript>' }"</style>
    };
}
