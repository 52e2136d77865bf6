//! SVG `<use href>` and `<feImage href>` load another document's content into the page: a
//! string is refused there, though an SVG `<a href>` takes one.

fn main() {
    let sprite = "/icons.svg#home";
    let _ = vetted::html! {
        <svg>
            <use href={sprite}/>
            <use xlink:href={sprite}/>
            <filter id="f"><feImage href={sprite}/></filter>
            <a href={sprite}><text>"ok"</text></a>
        </svg>
    };
}
