// A bare string cannot protect a form: which field name? which token?
fn main() {
    let token = "t0k";
    let _ = vetted::html! { <form method="post" csrf={token}></form> };
    let _ = vetted::html! { <form method="post" csrf="t0k"></form> };
}
