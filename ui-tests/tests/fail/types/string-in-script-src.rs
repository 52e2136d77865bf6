//! `<script src>` names code the page runs: no string is accepted, not even an `https:` one
//! or one inside `Some`; it takes a `vetted::TrustedResourceUrl`.

fn main() {
    let url = "https://cdn.example/app.js";
    let version = "1.2.0";
    let maybe: Option<&str> = Some(url);
    let _ = vetted::html! {
        <script src={url}></script>
        <script src={format!("/js/{version}/app.js")}></script>
        <script src={maybe}></script>
    };
}
