//! A value inside `<script>` runs as code: a string, markup or a number is refused; the body
//! takes a `TrustedScript` or `vetted::Json`.

fn main() {
    let user = "Ada";
    let count = 3;
    let markup = vetted::html! { <b>"x"</b> };
    let _ = vetted::html! {
        <script>"const user = " {user} ";"</script>
        <script type="module">{format!("go({count})")}</script>
        <script>{count}</script>
        <script>{markup}</script>
    };
}
