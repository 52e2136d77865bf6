//! Browsers read `\` as `/` before the query of an http(s) or relative URL and drop tabs and
//! line breaks anywhere, so these literals, which look like paths on this site, load from
//! `evil.example`. A resource literal must be exactly what the browser follows.

fn main() {
    let _ = vetted::html! {
        <script src="/\\evil.example/app.js"></script>
        <script src="/\t/evil.example/app.js"></script>
        <iframe src="//cdn.example\\@evil.example/"></iframe>
    };
    let _ = vetted::trusted_resource_url!("/\\evil.example/app.js");
    let _ = vetted::trusted_url!("/\n/evil.example/");
    let _ = vetted::trusted_url!("/\\evil.example/");
}
