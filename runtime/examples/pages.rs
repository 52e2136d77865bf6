//! A small site built from components: a layout with navigation, a home page listing cards,
//! and a sign-up form whose inputs take extra attributes from a spread and mark errors with
//! class toggles.
//!
//! Each page is one `html!` call: the layout, the cards and the form fields all write into that
//! one `Html` buffer, with no intermediate `String`s. The visitor's input is full of markup,
//! and all of it comes out as text.
//!
//! Run it with `cargo run --example pages`.

use vetted::csrf::CsrfToken;
use vetted::{AttributeError, Attributes, Html, Render, html, lazy};

/// The sections the navigation links to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
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
                <head>
                    <meta charset="utf-8">
                    <title>{self.title} " · Field notes"</title>
                </head>
                <body>
                    <header>
                        <nav aria-label="main">
                            <ul>
                                @for section in Section::ALL {
                                    <li>
                                        <a href={section.path()} class="nav" class:current={section == self.current}
                                            aria-current={(section == self.current).then_some("page")}>
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
                    <footer><small>"Field notes: every value escaped for where it sits."</small></footer>
                </body>
            </html>
        }
        .render_to(out);
    }
}

/// One note on the home page; pinned notes stand out.
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
struct Tags<'a> {
    tags: &'a [String],
}

impl Render for Tags<'_> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            @if !self.tags.is_empty() {
                <ul class="tags">
                    @for tag in self.tags { <li>{tag}</li> }
                </ul>
            }
        }
        .render_to(out);
    }
}

/// A labelled text input: `extra` holds the attributes that vary per field.
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
                <input type={self.kind} id={self.name} name={self.name} value={self.value}
                    class="input" class:invalid={invalid}
                    aria-invalid={invalid.then_some("true")} ..{self.extra}>
                @if let Some(error) = self.error {
                    <p class="error">{error}</p>
                }
            </div>
        }
        .render_to(out);
    }
}

struct Note {
    title: String,
    summary: String,
    tags: Vec<String>,
    pinned: bool,
}

/// What a visitor sent, with what was wrong with it.
struct SignUp {
    name: String,
    email: String,
    newsletter: bool,
    name_error: Option<String>,
    email_error: Option<String>,
}

fn home_page(user: Option<&str>, notes: &[Note]) -> Html {
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

fn sign_up_page(form: &SignUp, csrf: &CsrfToken) -> Result<Html, AttributeError> {
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
            <form method="post" action="/signup" csrf={csrf} class="form" class:has-errors={has_errors}>
                <TextField name="name" label="Your name" kind="text" value={form.name.as_str()}
                    error={form.name_error.as_deref()} extra={&name_extra}/>
                <TextField name="email" label="Email" kind="email" value={form.email.as_str()}
                    error={form.email_error.as_deref()} extra={&email_extra}/>
                <label class="check" class:checked={form.newsletter}>
                    <input type="checkbox" name="newsletter" checked={form.newsletter}>
                    " Send me the newsletter"
                </label>
                <button type="submit" class="primary">"Create account"</button>
            </form>
        </Layout>
    })
}

fn main() -> Result<(), AttributeError> {
    let notes = [
        Note {
            title: "Escaping <script> & friends".into(),
            summary: "Why </p><script>alert(1)</script> shows up as text.".into(),
            tags: vec!["security".into(), "\"><img src=x onerror=alert(1)>".into()],
            pinned: true,
        },
        Note {
            title: "Components".into(),
            summary: "Layouts, cards and fields, all writing into one buffer.".into(),
            tags: Vec::new(),
            pinned: false,
        },
    ];
    let form = SignUp {
        name: "Mallory\" autofocus onfocus=\"alert(1)".into(),
        email: "not-an-email".into(),
        newsletter: true,
        name_error: None,
        email_error: Some("Enter an address like ada@example.com".into()),
    };
    let csrf = CsrfToken::new("csrf", "k3Y9-per-session-token");
    let pages = [
        home_page(Some("Ada <admin>"), &notes),
        sign_up_page(&form, &csrf)?,
    ];
    for page in &pages {
        println!("{page}\n");
    }
    Ok(())
}
