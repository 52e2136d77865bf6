//! A style attribute cannot be assembled from parts; build a `TrustedStyle` with
//! `TrustedStyle::new(format!(...))`, which checks the whole text.

fn main() {
    let (width, color) = (40, "red");
    let _ = vetted::html! {
        <div style=("width: " {width} "%")></div>
        <p style=("color: " {color})></p>
    };
}
