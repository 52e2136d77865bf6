//! A resource URL without `/` in front resolves against the page's URL (or a `<base>`), so it
//! does not fix where the code comes from; write it from the site root.

fn main() {
    let _ = vetted::html! {
        <iframe src="embed/map.html"></iframe>
        <script src="./app.js"></script>
        <script src="../vendor/lib.js"></script>
        <object data="movie.swf"></object>
        <script src="//cdn.example"></script>
        <link rel="stylesheet" href="https://">
    };
}
