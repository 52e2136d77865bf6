//! Comments and blank lines inside the markup are kept; runs of blank lines become one.

use vetted::html;

fn commented(name: &str) -> vetted::Html {
    html! {
        // A leading comment.
        <div class="a"> // trailing after the start tag
            <p>{name}</p> // trailing after a child

            /* a block comment on its own line */
            <p>"second"</p>

            // before the close tag
        </div>
        <input
            type="text" // why this type
            name="q" /* inline */
            required
        >
        @if true {
            // only a comment
        }
        <p>
            {name /* inside an expression */}
        </p>
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

fn comments_in_pieces(x: &str) -> vetted::Html {
    html! {
        <p>"x"</ /* in the close tag */ p>
        <a
            href /* between */ = "x"
        >
            "y"
        </a>
    }
}

fn comments_at_the_edges() -> vetted::Html {
    html! { // first
        <p>"x"</p>
    }
}

fn trailing_at_the_end() -> vetted::Html {
    html! {
        <p>"x"</p> // trailing
    }
}
