//! Each trusted type is trusted for one context only: a script or a style is not a URL.

fn main() {
    let script = vetted::trusted_script!("go()");
    let style = vetted::trusted_style!("color: red");
    let html = vetted::html! { <b>"x"</b> };
    let _ = vetted::html! {
        <a href={script}>"a"</a>
        <img src={style} alt="">
        <a href={html}>"b"</a>
    };
}
