//! Comments and blank lines inside the markup are kept; runs of blank lines become one.

use vetted::html;

fn commented(name: &str) -> vetted::Html {
    html! {
        // A leading comment.
        <div class="a">    // trailing after the start tag
            <p>{name}</p> // trailing after a child


            /* a block comment on its own line */
            <p>"second"</p>

            // before the close tag
        </div>
        <input type="text" // why this type
            name="q" /* inline */ required>
        @if true {
            // only a comment
        }
        <p>{name /* inside an expression */}</p>
        /* Several lines
           of block comment. */
        <br>
    }
}

fn blank_lines() -> vetted::Html {
    html! {
        <h1>"Title"</h1>



        <p>"Paragraph"</p>
    }
}
