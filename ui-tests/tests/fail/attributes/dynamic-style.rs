fn main() {
    let css = "color: red";
    let _ = vetted::html! { <p style={css}></p> <svg><rect STYLE={css}/></svg> };
}
