fn main() {
    let (id, handler) = (7, "go()");
    let _ = vetted::html! {
        <dvi id="a" id="b">
            <a href="javascript:go()" onclick=("remove(" {id} ")")></a>
            <br>"text"</br>
            <div/>
            <script type="importmap">{handler}</script>
            <xmp></xmp>
            <!-- {handler} -->
        </span>
    };
}
