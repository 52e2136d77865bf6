//! Literal text is escaped except in `<script>`/`<style>`; `<pre>` and `<textarea>` keep a
//! leading line feed.

fn main() {
    let draft = "\nfirst line";
    let page = vetted::html! {
        <p>"a < b && c > d"</p>
        <script>"if (a < b && c > d) { go('<p>'); }"</script>
        <style>"a > b { content: '&' }"</style>
        <pre>"\ncode"</pre>
        <textarea>{draft}</textarea>
        <title>"Tom & Jerry"</title>
        <svg><script>"if (a < b) {}"</script></svg>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            "<p>a &#60; b &amp;&amp; c &#62; d</p>",
            "<script>if (a < b && c > d) { go('<p>'); }</script>",
            "<style>a > b { content: '&' }</style>",
            "<pre>\n\ncode</pre><textarea>\n\nfirst line</textarea><title>Tom &amp; Jerry</title>",
            "<svg><script>if (a &#60; b) {}</script></svg>",
        ),
    );
}
