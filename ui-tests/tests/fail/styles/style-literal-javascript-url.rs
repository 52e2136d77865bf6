//! A style's URLs follow the media URL policy: no `javascript:`, no SVG or other non-raster
//! `data:` URL, quoted or not.

fn main() {
    let _ = vetted::html! {
        <div style="background: url(javascript:alert(1))"></div>
        <div style="background-image: url('JavaScript:alert(1)')"></div>
        <div style="background: url(data:image/svg+xml;base64,PHN2Zz4=)"></div>
        <div style="cursor: url( \"vbscript:x\" ), auto"></div>
    };
}
