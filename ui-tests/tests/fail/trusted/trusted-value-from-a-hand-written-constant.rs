//! A hand-written `StaticLiteral` gains nothing over `trusted_*!`: the constructor checks the
//! constant again at compile time with the macro's rule.

use vetted::__private::StaticLiteral;

struct Breakout;
impl StaticLiteral for Breakout {
    const TEXT: &'static str = "</script><img src=x onerror=alert(1)>";
}

struct OtherOrigin;
impl StaticLiteral for OtherOrigin {
    const TEXT: &'static str = "/\\evil.example/x.js";
}

fn main() {
    let _ = vetted::TrustedScript::__from_literal::<Breakout>();
    let _ = vetted::TrustedResourceUrl::__from_literal::<OtherOrigin>();
}
