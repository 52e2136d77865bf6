//! Compile-fail cases with the exact messages users see, and compile-pass cases.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/fail/**/*.rs");
    cases.pass("tests/pass/**/*.rs");
}
