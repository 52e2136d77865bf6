//! Browsers read the refresh URL after the delay and whitespace alone, or after `,`: each is
//! checked like `0; url=...`.

fn main() {
    let _ = vetted::html! {
        <meta http-equiv="refresh" content="0 javascript:alert(1)">
        <meta http-equiv="refresh" content="0,javascript:alert(2)">
        <meta http-equiv="Refresh" content=" 3 ; URL = 'javascript:alert(3)'">
    };
}
