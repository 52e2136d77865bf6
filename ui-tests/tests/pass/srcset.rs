//! `srcset` is checked candidate by candidate: a refused URL is replaced alone, descriptors and
//! separators are kept.

fn main() {
    let good = "/a.png 1x, /a@2x.png 2x";
    let mixed = "/a.png 480w,javascript:alert(1) 800w, data:image/png;base64,AAAA 1200w";
    let page = vetted::html! {
        <img srcset="/s.png 1x, /s@2x.png 2x" alt="">
        <img srcset={good} alt="">
        <picture><source srcset={mixed}><img src="/a.png" alt=""></picture>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<img srcset="/s.png 1x, /s@2x.png 2x" alt="">"#,
            r#"<img srcset="/a.png 1x, /a@2x.png 2x" alt="">"#,
            r#"<picture><source srcset="/a.png 480w,about:invalid#vetted 800w, data:image/png;base64,AAAA 1200w">"#,
            r#"<img src="/a.png" alt=""></picture>"#,
        ),
    );
}
