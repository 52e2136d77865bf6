//! Invocations through paths, with other delimiters, inside other macros and expressions; and
//! what is not vetted's markup, which stays as written.

use maud::html;

fn through_paths(name: &str) {
    let a = vetted::html! {
            <p>{name}</p>
    };
    let b = ::vetted::lazy!(<span>
        {name}</span>);
    assert_eq!(vetted::html! { <p>  "x"   </p> }.as_str(), "<p>x</p>");
    let c = Some(1).map(|n| vetted::html! {<b>{n}</b>});
}

// This file imports maud's `html!`: a bare `html!` is maud's and stays as written.
fn maud_markup() -> maud::Markup {
    html! { p { "maud " (1) } }
}

macro_rules! wrap {
    ($($t:tt)*) => { vetted::html! {   <div>$($t)*</div> } };
}

fn multi_line_values(items: &[u32]) -> vetted::Html {
    vetted::html! {
        <ul>
        {items
            .iter()
            .map(|i| i * 2)
            .sum::<u32>()}
        <script>{vetted::trusted_script!(
            "one();\
             two();"
        )}</script>
        </ul>
    }
}

fn generated() -> proc_macro2::TokenStream {
    quote::quote! { vetted::html! {   <p>#value</p> } }
}

macro_rules! cases {
    ($lit:literal) => {
        [(vetted::html! { <b>$lit</b> }, vetted::html! {   <b>{"same"}</b> })]
    };
}
