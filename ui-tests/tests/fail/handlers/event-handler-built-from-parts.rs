//! An event handler cannot be assembled from parts: each part would run as JavaScript.

fn main() {
    let id = 7;
    let _ = vetted::html! {
        <button onclick=("remove(" {id} ")")>"Remove"</button>
        <img src="/a.png" alt="" onerror=("retry('" {id} "')")>
    };
}
