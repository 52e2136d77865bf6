fn main() {
    let extra = vetted::Attributes::new();
    let _ = vetted::html! {
        <base ..{extra}>
        <meta ..{extra}>
        <script ..{extra}></script>
        <style ..{extra}></style>
    };
}
