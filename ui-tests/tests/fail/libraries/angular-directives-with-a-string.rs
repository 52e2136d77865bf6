//! AngularJS reads `ng-*` in every spelling it normalizes, and runs it as JavaScript.

fn main() {
    let s = "x";
    let _ = vetted::html! {
        <div ng-click={s} ng:bind-html={s} ng_init={s} data-ng-include={s} x-ng-if={s}></div>
    };
}
