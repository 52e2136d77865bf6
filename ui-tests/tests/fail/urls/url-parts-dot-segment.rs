//! A value cannot share its path segment with nothing but literal dots: with the value `.`
//! or an empty one the segment would be `.` or `..`, which browsers resolve by leaving it.

fn main() {
    let (x, name, ext) = (".", "", "");
    let _ = vetted::html! {
        <a href=("/a/." {x})>"a"</a>
        <a href=("/files/" {name} "." {ext})>"b"</a>
        <a href=("/a/" {x} "%2E/b")>"c"</a>
        <img src=("https://cdn.example/" {x} ". ") alt="">
    };
}
