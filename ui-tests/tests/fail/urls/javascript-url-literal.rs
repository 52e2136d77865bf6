//! A literal `javascript:` URL is refused in every navigation attribute, in any case and with
//! the leading spaces, tabs or newlines a browser would skip.

fn main() {
    let _ = vetted::html! {
        <a href="javascript:alert(1)">"a"</a>
        <a href="JavaScript:alert(1)">"b"</a>
        <form action="  javascript:void(0)">
            <button formaction="\tjava\tscript:go()">"c"</button>
        </form>
        <blockquote cite="\njavascript:alert(1)"></blockquote>
    };
}
