//! The literal body of a JSON data block, import map or speculation rules must be valid JSON;
//! the error names the line and column in the JSON text where it goes wrong.

fn main() {
    let _ = vetted::html! {
        <script type="application/json">"{name: \"Ada\"}"</script>
        <script type="application/ld+json">"{\"@type\": \"Person\",}"</script>
        <script type="importmap">"{\"imports\": "</script>
        <script type="speculationrules">"prerender everything"</script>
        <script type="importmap">r#"{
  "imports": {
    "app": "/app.js"
    "lib": "/lib.js"
  }
}"#</script>
        <script type="application/json">"{\"big\": 1e400}"</script>
    };
}
