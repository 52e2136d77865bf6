//! Every attribute form, and start tags that are too long for one line.

use vetted::html;

fn forms(id: u32, on: bool, attrs: vetted::Attributes) -> vetted::Html {
    html! {
        <a
            href=("/users/" {id} "/edit")
            class="btn"
            class:active={on}
            class:is-wide={!on}
            data-id={id}
            hidden=false
        >
            "Edit"
        </a>
        <div
            ..{attrs}
            x-data="{ open: false }"
            x-on:click="open = !open"
            :class="open ? 'a' : 'b'"
            @click.outside="open = false"
            hx-get="/x"
            hx-on--after-request="go()"
        ></div>
        <my-element .prop={id} #default></my-element>
        <form method="post" action="/entries" csrf={vetted::csrf::FetchMetadata}>
            <input type="text" name="name" required>
        </form>
    }
}

fn long_self_closing(form: &Form, errors: &Errors) -> vetted::Html {
    html! {
        <Field
            name="name"
            label="Name"
            value={form.name.as_str()}
            error={errors.name.as_deref()}
            hint="Up to 80 characters, any you like."
            max={NAME_MAX}
            multiline={false}
            required
            url={false}
        />
        <textarea
            id={self.name}
            name={self.name}
            rows="5"
            maxlength={self.max}
            required={self.required}
            aria-invalid={invalid.then_some("true")}
        >
            {self.value}
        </textarea>
        <div
            id="quote"
            aria-live="polite"
            hx-get=("/entries/" {id} "/quote")
            hx-vals={words}
            hx-trigger="load"
        ></div>
    }
}

fn nonce(nonce: &vetted::csp::Nonce) -> vetted::Html {
    html! {
        @nonce = nonce;
        <script src="/app.js"></script>
    }
}
