//! The `trusted_*!` macros take exactly one string literal: not a variable, a `concat!`, a
//! number or two literals; a run-time value goes through the type's checked constructor.

fn main() {
    let code = String::from("go()");
    let _ = vetted::trusted_script!(code);
    let _ = vetted::trusted_url!(concat!("https://", "example.com/"));
    let _ = vetted::trusted_style!();
    let _ = vetted::trusted_resource_url!("/a.js", "/b.js");
    let _ = vetted::trusted_style_sheet!(42);
}
