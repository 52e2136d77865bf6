//! The Markdown route for user content: render with pulldown-cmark, sanitize with
//! `TrustedHtml::sanitize` (feature `ammonia-4`), insert with `html!`.
//!
//! ```sh
//! cargo run -p vetted --example markdown --features ammonia-4
//! ```

use vetted::{Html, TrustedHtml, html};

/// A post written by a user, as the page shows it.
fn post(author: &str, markdown: &str) -> Html {
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(&mut rendered, pulldown_cmark::Parser::new(markdown));
    let body = TrustedHtml::sanitize(&rendered);
    html! { <article><h2>"From " {author}</h2> {body}</article> }
}

fn main() {
    let page = post(
        "<Mallory>",
        "Some *emphasis*, [a link](https://example.com/) and [another](javascript:alert(1)).\n\n\
         <img src=x onerror=alert(1)><script>alert(2)</script>",
    );
    println!("{page}");
    assert_eq!(
        page.as_str(),
        "<article><h2>From &#60;Mallory&#62;</h2><p>Some <em>emphasis</em>, \
         <a href=\"https://example.com/\" rel=\"noopener noreferrer nofollow ugc\">a link</a> and \
         <a rel=\"noopener noreferrer nofollow ugc\">another</a>.</p>\n<p></p>\n</article>"
    );
}
