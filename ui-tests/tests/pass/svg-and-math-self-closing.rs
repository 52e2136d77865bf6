//! SVG and MathML elements self-close and keep their `/>`, even those named like HTML ones
//! (`a`, `title`); on void HTML elements it is dropped.

fn main() {
    let r = 4;
    let page = vetted::html! {
        <svg viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink">
            <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
            <circle cx="5" cy="5" r={r}/>
            <use xlink:href="/sprites.svg#g"/>
            <a href="/home"/><title/>
            <foreignObject><div><br/></div></foreignObject>
        </svg>
        <math><mfrac><mi>"a"</mi><mn>"2"</mn></mfrac><mspace width="1em"/></math>
        <img src="/a.png" alt=""/>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<svg viewBox="0 0 10 10" xmlns:xlink="http://www.w3.org/1999/xlink">"#,
            r#"<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>"#,
            r##"<circle cx="5" cy="5" r="4"/><use xlink:href="/sprites.svg#g"/><a href="/home"/><title/>"##,
            r#"<foreignObject><div><br></div></foreignObject></svg>"#,
            r#"<math><mfrac><mi>a</mi><mn>2</mn></mfrac><mspace width="1em"/></math>"#,
            r#"<img src="/a.png" alt="">"#,
        ),
    );
}
