//! A JSON data block takes either one `vetted::Json` value or JSON literals, each valid on its
//! own: JSON text cannot be assembled around a value.

use std::collections::BTreeMap;

fn main() {
    let user = vetted::Json::new(&BTreeMap::from([("name", "Ada")])).unwrap();
    let _ = vetted::html! {
        <script type="application/json">"{\"user\": " {user} "}"</script>
    };
}
