fn main() {
    let x = "refresh";
    let _ = vetted::html! {
        <meta http-equiv={x} content={x}>
        <script type={x} nonce={x}></script>
        <iframe sandbox={x}></iframe>
    };
}
