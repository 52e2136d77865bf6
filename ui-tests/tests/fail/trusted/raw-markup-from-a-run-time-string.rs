//! The generated code's raw writers take markup only as the constants of a `StaticMarkup`
//! type: a string made at run time (even leaked to `'static`) cannot become markup.

fn main() {
    let input = String::from("<img src=x onerror=alert(1)>");
    let leaked: &'static str = Box::leak(input.into_boxed_str());
    let mut page = vetted::Html::new();
    vetted::__private::push_static(&mut page, leaked);

    struct FromInput;
    impl vetted::__private::StaticMarkup for FromInput {
        const CHUNKS: &'static [&'static str] = &[leaked];
    }
}
