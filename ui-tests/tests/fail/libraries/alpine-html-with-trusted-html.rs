//! `x-html` evaluates its value, then writes the result as markup: markup itself is not code.

fn main() {
    let markup = vetted::TrustedHtml::dangerously_from_string("<b>x</b>");
    let style = vetted::trusted_style!("color: red");
    let _ = vetted::html! { <div x-html={markup} x-bind:style={style}></div> };
}
