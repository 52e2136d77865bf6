fn main() {
    let h = "go()";
    let _ = vetted::html! {
        <button onclick={h}></button>
        <button onClick={h}></button>
        <my-el onmadeup={h}></my-el>
        <svg><a xlink:onclick={h}></a></svg>
    };
}
