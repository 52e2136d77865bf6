//! Every Alpine directive runs its value as JavaScript.

fn main() {
    let s = "x";
    let owned = String::from("x");
    let _ = vetted::html! {
        <div x-data={s} x-init={owned} x-html={s} x-text={s} x-on:click={s} x-model={s}></div>
    };
}
