//! Media attributes also accept base64 `data:` URLs of raster images, literal or dynamic; an
//! SVG `data:` URL is replaced, and a link never takes a `data:` URL.

fn main() {
    let png = "data:image/png;base64,iVBORw0KGgo=";
    let svg = "data:image/svg+xml;base64,PHN2Zz4=";
    let page = vetted::html! {
        <img src={png} alt="">
        <img src={svg} alt="">
        <img src="data:image/webp;base64,UklGRg==" alt="">
        <video poster={png} src={"/clip.mp4"}></video>
        <a href={png}>"x"</a>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<img src="data:image/png;base64,iVBORw0KGgo=" alt="">"#,
            r#"<img src="about:invalid#vetted" alt="">"#,
            r#"<img src="data:image/webp;base64,UklGRg==" alt="">"#,
            r#"<video poster="data:image/png;base64,iVBORw0KGgo=" src="/clip.mp4"></video>"#,
            r#"<a href="about:invalid#vetted">x</a>"#,
        ),
    );
}
