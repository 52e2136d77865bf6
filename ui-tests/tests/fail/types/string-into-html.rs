fn main() {
    let s = String::from("<b>x</b>");
    let a = vetted::Html::from(s.clone());
    let b: vetted::Html = s.clone().into();
    let c = vetted::TrustedHtml::from(s.clone());
    let d = vetted::Html::from("lit");
}
