//! Comments hold literal text, written as it is, in HTML and SVG content and in blocks.

fn main() {
    let page = vetted::html! {
        <!-- "header" -->
        <p>"x" <!-- " a - b -- c <b> " --></p>
        <svg><!-- "in svg" --><circle r="1"/></svg>
        @if true { <!-- "in a block" --> }
        <!-- "" -->
    };
    assert_eq!(
        page.as_str(),
        "<!--header--><p>x<!-- a - b -- c <b> --></p><svg><!--in svg--><circle r=\"1\"/></svg><!--in a block--><!---->",
    );
}
