//! `hx-on` runs its value as JavaScript in every spelling htmx reads, so a string is refused.

fn main() {
    let code: &str = "alert(1)";
    let owned = String::from("alert(1)");
    let _ = vetted::html! {
        <button hx-on:click={code} hx-on::after-request={owned} hx-on--before-request={code}>"a"</button>
        <button data-hx-on:click={code} HX-ON:CLICK={code} hx-on-click={code}>"b"</button>
    };
}
