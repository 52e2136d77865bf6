// An SVG animation can set `href` to each `;`-separated item of `values`: each literal item is
// checked as a URL, and a dynamic list is refused.
fn main() {
    let frames = "/a;/b";
    let _ = vetted::html! {
        <svg>
            <a><animate attributeName="href" values="/ok;javascript:alert(1)"/></a>
            <a><animate attributeName="href" values={frames}/></a>
        </svg>
    };
}
