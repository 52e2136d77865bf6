//! `trusted_script!` refuses text that would end or confuse its `<script>` element,
//! or an enclosing `<noscript>`.

fn main() {
    let _ = vetted::trusted_script!("document.write('</script>')");
    let _ = vetted::trusted_script!("if (a <!-- b) {}");
    let _ = vetted::trusted_script!("const tag = '<SCRIPT>';");
    let _ = vetted::trusted_script!("const end = '</NoScript><img src=x onerror=alert(1)>';");
}
