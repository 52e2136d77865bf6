//! Frames, plugins and embedded documents load a whole document: a string is refused in
//! `<iframe src>`, `<embed src>` and `<object data>`.

fn main() {
    let page = String::from("https://maps.example/embed?q=1");
    let _ = vetted::html! {
        <iframe src={page}></iframe>
        <embed src={page}>
        <object data={page}></object>
    };
}
