//! A `<script>` of another type is not run by the browser but read by some library, often as
//! markup: an injection sink no escaping can close. Only JavaScript and JSON types are allowed.

fn main() {
    let _ = vetted::html! {
        <script type="text/template">"<p><%= name %></p>"</script>
        <script type="text/x-handlebars-template">"{{name}}"</script>
        <script type="text/vbscript">"msgbox 1"</script>
    };
}
