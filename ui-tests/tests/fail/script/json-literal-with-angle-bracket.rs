//! `<` is refused anywhere in a JSON `<script>` literal, so nothing in it can end the element or
//! open a comment; JSON strings can write it as `\u003c`.

fn main() {
    let _ = vetted::html! {
        <script type="application/json">r#"{"note": "</script><script>alert(1)//"}"#</script>
        <script type="application/ld+json">r#"{"name": "a <b> c"}"#</script>
        <script type="importmap">r#"{"imports": {"<!--": "/x.js"}}"#</script>
    };
}
