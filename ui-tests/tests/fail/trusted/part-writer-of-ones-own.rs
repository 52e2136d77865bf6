//! The part entry points hand `RenderPart` the encoding of where the part sits; a caller
//! cannot hand it a writer of its own, which could copy any text into a page unescaped.

use vetted::RenderPart;

fn main() {
    let mut page = vetted::Html::new();
    "<img src=x onerror=alert(1)>".render_part(|part: &str, out: &mut String| out.push_str(part), &mut page);
}
