//! `trusted_script!` refuses text that would end or confuse its `<script>` element.

fn main() {
    let _ = vetted::trusted_script!("document.write('</script>')");
    let _ = vetted::trusted_script!("if (a <!-- b) {}");
    let _ = vetted::trusted_script!("const tag = '<SCRIPT>';");
}
