//! The literal constructors behind `trusted_*!` take the literal as the constant of a type:
//! a string made at run time (even leaked to `'static`) cannot become one.

use vetted::__private::StaticLiteral;

fn main() {
    let input = String::from("https://evil.example/x.js");
    let leaked: &'static str = Box::leak(input.into_boxed_str());

    struct FromInput;
    impl StaticLiteral for FromInput {
        const TEXT: &'static str = leaked;
    }
    let _ = vetted::TrustedResourceUrl::__from_literal::<FromInput>();
}
