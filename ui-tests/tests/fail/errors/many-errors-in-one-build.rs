fn main() {
    let (url, handler) = ("/x", "go()");
    let _ = vetted::html! {
        <dvi id="a" id="b">
            <a href={url} onclick={handler}></a>
            <br>"text"</br>
            <div/>
            <script>{handler}</script>
            <xmp></xmp>
        </span>
    };
}
