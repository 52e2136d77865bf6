fn main() {
    let u = "/page";
    let _ = vetted::html! {
        <a href={u}></a>
        <img src={u}>
        <form action={u}></form>
        <script src={u}></script>
        <img srcset={u}>
    };
}
