//! `@event` and `:attribute` are the shorthands of both Alpine and Vue.

fn main() {
    let s = "x";
    let _ = vetted::html! { <button @click={s} @click.outside={s} :class={s} :disabled={s}>"a"</button> };
}
