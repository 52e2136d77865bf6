//! Optional props: `Option` fields and fields with a declared default may be left out, in a
//! public component used from another module.

mod ui {
    use vetted::{Component, Html, Render};

    /// A button; only its label is required.
    #[derive(Component)]
    pub struct Button<'a> {
        pub label: &'a str,
        pub icon: Option<&'a str>,
        #[prop(default)]
        pub disabled: bool,
        #[prop(default = "button")]
        pub kind: &'static str,
    }

    impl Render for Button<'_> {
        fn render_to(&self, out: &mut Html) {
            vetted::lazy! {
                <button type={self.kind} disabled={self.disabled}>
                    @if let Some(icon) = self.icon { <i data-icon={icon}></i> }
                    {self.label}
                </button>
            }
            .render_to(out);
        }
    }
}

fn main() {
    let label = String::from("Save");
    let page = vetted::html! {
        <ui::Button label={&label}/>
        <ui::Button label="Send" icon={Some("send")} kind="submit" disabled/>
    };
    assert_eq!(
        page.as_str(),
        r#"<button type="button">Save</button><button type="submit" disabled><i data-icon="send"></i>Send</button>"#
    );
}
