fn main() {
    let code = "go()";
    let css = "rect { fill: red }";
    let _ = vetted::html! {
        <svg>
            <script>{code}</script>
            <style>{css}</style>
        </svg>
    };
}
