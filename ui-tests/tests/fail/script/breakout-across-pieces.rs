//! The browser reads a `<script>` or `<style>` body as one text, so a sequence that ends the
//! element may not be formed across two literals, across `@if` branches or loop iterations,
//! nor be left open before a value whose text could complete it.

fn main() {
    let (on, items, n) = (true, vec![1, 2], 3);
    let code = vetted::trusted_script!("go()");
    let _ = vetted::html! {
        <script>"var a = '</scr" "ipt><img src=x onerror=alert(1)>';"</script>
        <script>@if on { "var b = '</SCR" } @else { "var b = '" } "ipt>';"</script>
        <script>@for i in &items { "ipt>" {i} "</scr" }</script>
        <script>"if (n <" {n} ") {}"</script>
        <script>"x = '</" {code}</script>
        <style>"p::after { content: '</st" "yle>' }"</style>
    };
    let _ = vetted::trusted_script!("var c = '</scr");
    let _ = vetted::trusted_style_sheet!("p::after { content: '<");
}
