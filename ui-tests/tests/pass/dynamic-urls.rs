//! Dynamic values in URL attributes are checked when rendered: `http:`, `https:`, `mailto:`,
//! `tel:` and scheme-less URLs are written percent-normalized, anything else becomes
//! `about:invalid#vetted`; a `TrustedUrl` is written as it is.

fn main() {
    let home = "/home page?q=a&b";
    let mail = String::from("mailto:ada@example.com");
    let tel = "TEL:+1-555-0100";
    let evil = "javascript:alert(1)";
    let sneaky = " JaVaScRiPt:alert(1)";
    let ftp = "ftp://files.example/a.txt";
    let none: Option<&str> = None;
    let quoted = Some("https://example.com/a\"b<c>");
    let sms = vetted::trusted_url!("sms:+15550100");
    let page = vetted::html! {
        <a href={home}>"1"</a>
        <a href={mail}>"2"</a>
        <a href={tel}>"3"</a>
        <a href={evil}>"4"</a>
        <a href={sneaky}>"5"</a>
        <form action={ftp}><button formaction={none}>"6"</button></form>
        <blockquote cite={quoted}></blockquote>
        <a href={&sms} ping={"/p1 /p2 javascript:x"}>"7"</a>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<a href="/home%20page?q=a&amp;b">1</a>"#,
            r#"<a href="mailto:ada@example.com">2</a>"#,
            r#"<a href="TEL:+1-555-0100">3</a>"#,
            r#"<a href="about:invalid#vetted">4</a>"#,
            r#"<a href="about:invalid#vetted">5</a>"#,
            r#"<form action="about:invalid#vetted"><button>6</button></form>"#,
            r#"<blockquote cite="https://example.com/a%22b%3Cc%3E"></blockquote>"#,
            r#"<a href="sms:+15550100" ping="/p1 /p2 about:invalid#vetted">7</a>"#,
        ),
    );
}
