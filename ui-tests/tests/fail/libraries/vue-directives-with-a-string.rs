//! Every Vue directive runs its value as JavaScript, and so do `.prop` and `#slot`.

fn main() {
    let s = "x";
    let _ = vetted::html! {
        <div v-html={s} v-on:click={s} v-bind:href={s} v-scope={s} .inner-html={s}></div>
        <template #default={s}></template>
    };
}
