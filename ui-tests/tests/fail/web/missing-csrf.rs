// A form that changes state must say how it is protected against CSRF.
fn main() {
    let method = "post";
    let _ = vetted::html! {
        <form method="post" action="/comments"><button>"Send"</button></form>
        <form method={method}></form>
        <form action="/search"><button formmethod="post">"Save search"</button></form>
    };
}
