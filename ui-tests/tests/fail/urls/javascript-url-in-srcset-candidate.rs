//! Each candidate of an image candidate list is checked as a media URL, wherever it sits.

fn main() {
    let _ = vetted::html! {
        <img srcset="/a.png 1x, javascript:alert(1) 2x" alt="">
        <picture>
            <source srcset="/a.webp 480w,data:image/svg+xml;base64,PHN2Zz4= 800w">
        </picture>
        <link rel="preload" as="image" imagesrcset="vbscript:x 2x">
    };
}
