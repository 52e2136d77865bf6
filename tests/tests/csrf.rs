//! Where a CSRF token may go: with a form's fields to a path on this site, and nowhere else
//! (issue 17, item 9). The refusals are compile errors, in the ui tests
//! `web/csrf-token-to-a-run-time-address` and `web/csrf-token-to-another-site-inside-the-form`;
//! these are the templates that must keep compiling and writing the token.

use vetted::csrf::{CsrfToken, FetchMetadata};
use vetted::html;
use vetted_tests::{Tree, body_children};

/// Every `<input type="hidden">` value in `nodes`, at any depth.
fn hidden_values(nodes: &[Tree], found: &mut Vec<String>) {
    for node in nodes {
        if node.name() == Some("input") && node.attr("type") == Some("hidden") {
            found.push(node.attr("value").unwrap_or_default().to_owned());
        }
        hidden_values(node.children(), found);
    }
}

fn tokens_in(page: &str) -> Vec<String> {
    let mut found = Vec::new();
    hidden_values(&body_children(page, true), &mut found);
    found
}

#[test]
fn a_token_goes_with_a_form_to_paths_on_this_site() {
    let token = CsrfToken::new("csrf", "t0k");
    let id = "7/../../x";
    let next = "/preview";
    let page = html! {
        <form method="post" action=("/items/" {id} "/edit") csrf={&token}>
            <button formaction="?draft=1">"Draft"</button>
            <button formaction=("/items/" {id} "/copy")>"Copy"</button>
            <button hx-get={next}>"Preview"</button>
            <button hx-post="/items/like">"Like"</button>
        </form>
    };
    assert_eq!(tokens_in(page.as_str()), ["t0k"], "{page:?}");
    // The dynamic part stays one path segment on this site.
    assert!(
        page.as_str()
            .contains(r#"action="/items/7%2F..%2F..%2Fx/edit""#),
        "{page:?}"
    );
}

#[test]
fn the_servers_own_check_fits_any_address() {
    let next = String::from("https://elsewhere.example/done");
    let page = html! {
        <form method="post" action={next} csrf={FetchMetadata}>
            <button formaction={next}>"Go"</button>
        </form>
        <button hx-post={next} csrf={FetchMetadata}>"Like"</button>
    };
    assert!(tokens_in(page.as_str()).is_empty(), "{page:?}");
    assert!(!page.as_str().contains("hx-vals"), "{page:?}");
    assert_eq!(
        page.as_str()
            .matches(r#""https://elsewhere.example/done""#)
            .count(),
        2,
        "{page:?}"
    );
}
