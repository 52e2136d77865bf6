//! Comment text cannot end the comment early (`-->`, `--!>`), open a nested one (`<!--`),
//! start with `>` or `->`, or end with `<!-`: each would leave text outside the comment.

fn main() {
    let _ = vetted::html! {
        <!-- "a --> <script>alert(1)</script>" -->
        <!-- "b --!> c" -->
        <!-- "<!-- nested" -->
        <!-- ">" -->
        <!-- "->x" -->
        <!-- "ends <!-" -->
    };
}
