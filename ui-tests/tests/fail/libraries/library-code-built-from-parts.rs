//! Code attributes cannot be built from parts: every part would run.

fn main() {
    let id = "1";
    let _ = vetted::html! {
        <button hx-on:click=("remove(" {id} ")") x-on:click=("go(" {id} ")") hx-vals=("{\"id\":" {id} "}")>"a"</button>
    };
}
