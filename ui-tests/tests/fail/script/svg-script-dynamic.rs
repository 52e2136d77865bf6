//! An SVG or MathML `<script>`/`<style>` is parsed as markup, so no value can go in it, not even
//! a trusted one; only literals.

fn main() {
    let code = vetted::trusted_script!("go()");
    let css = vetted::trusted_style_sheet!("rect { fill: red }");
    let _ = vetted::html! {
        <svg>
            <script>{code}</script>
            <style>{css}</style>
        </svg>
        <math><script>{code}</script></math>
    };
}
