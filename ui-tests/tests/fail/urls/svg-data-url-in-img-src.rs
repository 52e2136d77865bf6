//! Media attributes accept `data:` only as base64 raster images: SVG can hold script, and other
//! types (or text that is not base64) are refused.

fn main() {
    let _ = vetted::html! {
        <img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" alt="">
        <video poster="data:image/svg+xml,<svg/>"></video>
        <img src="data:image/png,not-base64" alt="">
        <audio src="data:text/html;base64,PHA+"></audio>
    };
}
