//! The pages of the `pages` example, shared with `tests/tests/components.rs`, which checks them
//! as a browser reads them.

use vetted::csrf::CsrfToken;
use vetted::{AttributeError, Attributes, Html, Render, html, lazy};
/// The sections the navigation links to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Home,
    SignUp,
}

impl Section {
    const ALL: [Self; 2] = [Self::Home, Self::SignUp];

    fn label(self) -> &'static str {
        match self {
            Self::Home => "Home",
            Self::SignUp => "Sign up",
        }
    }

    fn path(self) -> &'static str {
        match self {
            Self::Home => "/",
            Self::SignUp => "/signup",
        }
    }
}

/// The chrome every page shares; the page itself is its children.
#[derive(vetted::Component)]
struct Layout<'a, C> {
    title: &'a str,
    current: Section,
    user: Option<&'a str>,
    children: C,
}

impl<C: Render> Render for Layout<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <!DOCTYPE html>
            <html lang="en">
                <head><meta charset="utf-8"><title>{self.title} " · Field notes"</title></head>
                <body>
                    <header>
                        <nav aria-label="main">
                            <ul>
                                @for section in Section::ALL {
                                    <li>
                                        <a
                                            href={section.path()}
                                            class="nav"
                                            class:current={section == self.current}
                                            aria-current={(section == self.current).then_some("page")}
                                        >
                                            {section.label()}
                                        </a>
                                    </li>
                                }
                            </ul>
                        </nav>
                        @if let Some(name) = self.user {
                            <p class="user">"Signed in as " <b>{name}</b></p>
                        }
                    </header>
                    <main>{self.children}</main>
                    <footer>
                        <small>"Field notes: every value escaped for where it sits."</small>
                    </footer>
                </body>
            </html>
        }
        .render_to(out);
    }
}

/// One note on the home page; pinned notes stand out.
#[derive(vetted::Component)]
struct Card<'a, C> {
    title: &'a str,
    pinned: bool,
    children: C,
}

impl<C: Render> Render for Card<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <article class="card" class:pinned={self.pinned}>
                <h2>{self.title}</h2>
                {self.children}
            </article>
        }
        .render_to(out);
    }
}

/// A list of tags, or nothing when there are none.
#[derive(vetted::Component)]
struct Tags<'a> {
    tags: &'a [String],
}

impl Render for Tags<'_> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            @if !self.tags.is_empty() {
                <ul class="tags"> @for tag in self.tags { <li>{tag}</li> } </ul>
            }
        }
        .render_to(out);
    }
}

/// A labelled text input: `extra` holds the attributes that vary per field.
#[derive(vetted::Component)]
struct TextField<'a> {
    name: &'a str,
    label: &'a str,
    kind: &'static str,
    value: &'a str,
    error: Option<&'a str>,
    extra: &'a Attributes,
}

impl Render for TextField<'_> {
    fn render_to(&self, out: &mut Html) {
        let invalid = self.error.is_some();
        lazy! {
            <div class="field" class:has-error={invalid}>
                <label for={self.name}>{self.label}</label>
                <input
                    type={self.kind}
                    id={self.name}
                    name={self.name}
                    value={self.value}
                    class="input"
                    class:invalid={invalid}
                    aria-invalid={invalid.then_some("true")}
                    ..{self.extra}
                >
                @if let Some(error) = self.error {
                    <p class="error">{error}</p>
                }
            </div>
        }
        .render_to(out);
    }
}

pub(crate) struct Note {
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) tags: Vec<String>,
    pub(crate) pinned: bool,
}

/// What a visitor sent, with what was wrong with it.
pub(crate) struct SignUp {
    pub(crate) name: String,
    pub(crate) email: String,
    pub(crate) newsletter: bool,
    pub(crate) name_error: Option<String>,
    pub(crate) email_error: Option<String>,
}

pub(crate) fn home_page(user: Option<&str>, notes: &[Note]) -> Html {
    html! {
        <Layout title="Home" current={Section::Home} user={user}>
            <h1>"Latest notes"</h1>
            @if notes.is_empty() {
                <p>"Nothing yet."</p>
            } @else {
                <ul class="cards">
                    @for note in notes {
                        <li>
                            <Card title={note.title.as_str()} pinned={note.pinned}>
                                <p>{note.summary}</p>
                                <Tags tags={note.tags.as_slice()}/>
                            </Card>
                        </li>
                    }
                </ul>
            }
        </Layout>
    }
}

pub(crate) fn sign_up_page(form: &SignUp, csrf: &CsrfToken) -> Result<Html, AttributeError> {
    let mut name_extra = Attributes::new();
    name_extra
        .set("autocomplete", "name")?
        .set("maxlength", "80")?
        .set_flag("required")?;
    let mut email_extra = Attributes::new();
    email_extra
        .set("autocomplete", "email")?
        .set("placeholder", "ada@example.com")?
        .set_flag("required")?;
    let has_errors = form.name_error.is_some() || form.email_error.is_some();
    Ok(html! {
        <Layout title="Sign up" current={Section::SignUp} user={None}>
            <h1>"Sign up"</h1>
            <form
                method="post"
                action="/signup"
                csrf={csrf}
                class="form"
                class:has-errors={has_errors}
            >
                <TextField
                    name="name"
                    label="Your name"
                    kind="text"
                    value={form.name.as_str()}
                    error={form.name_error.as_deref()}
                    extra={&name_extra}
                />
                <TextField
                    name="email"
                    label="Email"
                    kind="email"
                    value={form.email.as_str()}
                    error={form.email_error.as_deref()}
                    extra={&email_extra}
                />
                <label class="check" class:checked={form.newsletter}>
                    <input type="checkbox" name="newsletter" checked={form.newsletter}>
                    " Send me the newsletter"
                </label>
                <button type="submit" class="primary">"Create account"</button>
            </form>
        </Layout>
    })
}
