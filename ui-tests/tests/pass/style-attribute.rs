//! `style` takes a `TrustedStyle`, checked at run time by `TrustedStyle::new` or at compile
//! time by `trusted_style!`; literal styles are checked by the macro.

use vetted::TrustedStyle;

fn main() -> Result<(), vetted::TrustedError> {
    let width = 40;
    let sized = TrustedStyle::new(format!("width: {width}%"))?;
    let grid = vetted::trusted_style!("display: grid; gap: 1rem");
    let background = TrustedStyle::new("background: url('/a.png')")?;
    let none: Option<TrustedStyle> = None;
    let page = vetted::html! {
        <div style={sized}></div>
        <div style={grid}></div>
        <div style={background}></div>
        <p style={none}></p>
        <p style="color: teal; background: url(data:image/png;base64,AAAA)"></p>
        <svg><rect style={&grid}/></svg>
        <q style="quotes: '\\201C' '\\201D'; content: '/*'"></q>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<div style="width: 40%"></div>"#,
            r#"<div style="display: grid; gap: 1rem"></div>"#,
            r#"<div style="background: url('/a.png')"></div>"#,
            r#"<p></p>"#,
            r#"<p style="color: teal; background: url(data:image/png;base64,AAAA)"></p>"#,
            r#"<svg><rect style="display: grid; gap: 1rem"/></svg>"#,
            r#"<q style="quotes: '\201C' '\201D'; content: '/*'"></q>"#,
        ),
    );
    assert!(TrustedStyle::new(format!("width: {}", "expression(alert(1))")).is_err());
    Ok(())
}
