//! The literals of a URL built from parts cannot hold what browsers rewrite before reading
//! it: a tab or line break, or a `\` before the query.

fn main() {
    let x = "evil.example";
    let _ = vetted::html! {
        <a href=("/\t/" {x})>"a"</a>
        <a href=("/\\" {x} "/")>"b"</a>
        <a href=("/a/" {x} "\n")>"c"</a>
    };
}
