fn main() {
    let _ = vetted::html! {
        <xmp>"a"</xmp>
        <plaintext>"b"</plaintext>
        <noembed>"c"</noembed>
        <noframes>"d"</noframes>
    };
}
