//! `TrustedStyle` is declarations for one `style` attribute and `TrustedStyleSheet` is a whole
//! sheet for `<style>`: neither goes where the other belongs.

fn main() {
    let declarations = vetted::trusted_style!("color: teal");
    let sheet = vetted::trusted_style_sheet!("p { color: teal }");
    let _ = vetted::html! {
        <p style={sheet}></p>
        <style>{declarations}</style>
    };
}
