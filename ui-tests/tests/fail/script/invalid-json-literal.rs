//! The literal body of a JSON data block, import map or speculation rules must be valid JSON.

fn main() {
    let _ = vetted::html! {
        <script type="application/json">"{name: \"Ada\"}"</script>
        <script type="application/ld+json">"{\"@type\": \"Person\",}"</script>
        <script type="importmap">"{\"imports\": "</script>
        <script type="speculationrules">"prerender everything"</script>
    };
}
