//! Datastar runs its plugins' `data-*` attributes as JavaScript, in both spellings.

fn main() {
    let s = "x";
    let _ = vetted::html! {
        <div data-on:click={s} data-on-click={s} data-signals={s} data-text={s} data-attr:href={s} data-show={s}></div>
    };
}
