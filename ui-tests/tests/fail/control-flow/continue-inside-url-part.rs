fn main() {
    let users = [Some("ada"), None];
    // ` href="/u/` is written before the part.
    let _ = vetted::html! {
        @for user in users {
            <a href=("/u/" { match user { Some(name) => name, None => continue } })>"profile"</a>
        }
    };
}
