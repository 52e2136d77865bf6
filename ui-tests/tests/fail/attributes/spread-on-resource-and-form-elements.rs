// Elements whose attributes load code or documents, or submit data, take no spreads: a spread
// could point them anywhere or skip the form's CSRF check.
fn main() {
    let attrs = vetted::Attributes::new();
    let _ = vetted::html! {
        <iframe ..{&attrs}></iframe>
        <link rel="stylesheet" ..{&attrs}>
        <form ..{&attrs}></form>
        <svg><use ..{&attrs}/></svg>
        <object ..{&attrs}></object>
    };
}
