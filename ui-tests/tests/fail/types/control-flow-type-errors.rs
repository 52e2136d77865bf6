fn main() {
    let n = 3;
    let _ = vetted::html! {
        @if n { <p></p> }
        @for i in n { <p>{i}</p> }
        @match n { "a" => {} _ => {} }
        <p title={missing}>{missing_too}</p>
    };
}
