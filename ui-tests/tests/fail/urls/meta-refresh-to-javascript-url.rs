// A refresh redirects the page to its `url=`, which follows the URL policy.
fn main() {
    let _ = vetted::html! {
        <meta http-equiv="refresh" content="0; url=javascript:alert(1)">
        <meta http-equiv="Refresh" content="5;URL='data:text/html,<script>alert(1)</script>'">
    };
}
