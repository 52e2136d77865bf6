//! Every page, written with vetted: a layout component, the guestbook, the files, the
//! fragments htmx swaps in (likes and quotes), and the error pages.
//!
//! Each page is a [`vetted::Page`]: the markup is built with the response's own CSP nonce, and
//! the headers carry a policy that allows exactly that nonce. Nothing here escapes anything by
//! hand: the templates decide, for each value, whether it is text, an attribute, a URL, an
//! image URL or JSON.

use serde::Serialize;
use vetted::csp::Nonce;
use vetted::csrf::CsrfField;
use vetted::headers::SecurityHeaders;
use vetted::{
    Html, Json, JsonError, Page, Render, TrustedHtml, display, html, lazy, trusted_script,
};

use crate::form::{EntryForm, FieldErrors, MESSAGE_MAX, NAME_MAX, URL_MAX};
use crate::store::{Entry, FileInfo};

/// The Content-Security-Policy of every page: vetted's recommended policy, plus
///
/// - `style-src` limited to the nonce (no injected `<style>` or `style` attribute applies),
/// - Trusted Types for script sinks: only the `htmx` policy, which htmx 4's `hx-csp`
///   extension creates to parse the responses it swaps in, may hand a string to `innerHTML`
///   or a parser, and no string reaches `eval` (htmx's `hx-on` and Alpine's standard build
///   would need it: the page loads Alpine's CSP build), and
/// - `report-uri`, so any violation in a visitor's browser reaches the server.
pub const CONTENT_SECURITY_POLICY: &str = "script-src {nonce} 'strict-dynamic'; style-src {nonce}; \
     object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'; \
     require-trusted-types-for 'script'; trusted-types htmx; report-uri /csp-reports";

/// The security headers of every response, configured once on the router's
/// `SecurityHeadersLayer`: vetted's recommended set with the policy above, which each page's
/// response gets with the page's nonce.
#[must_use]
pub fn security_headers() -> SecurityHeaders {
    SecurityHeaders::recommended()
        .content_security_policy(CONTENT_SECURITY_POLICY)
        .expect("the policy is a constant of printable ASCII")
}

/// Builds a page with a fresh nonce; the router's layer gives it this site's security headers.
fn page(build: impl FnOnce(&Nonce) -> Html) -> Page {
    Page::new(build)
}

/// The sections the navigation links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The guestbook itself.
    Guestbook,
    /// The uploaded files.
    Files,
    /// Neither (an error page).
    None,
}

impl Section {
    const LINKS: [(Self, &'static str, &'static str); 2] = [
        (Self::Guestbook, "/", "Guestbook"),
        (Self::Files, "/files", "Files"),
    ];
}

/// The chrome every page shares; the page itself is its children.
#[derive(vetted::Component)]
struct Layout<'a, C> {
    title: &'a str,
    nonce: &'a Nonce,
    current: Section,
    children: C,
}

impl<C: Render> Render for Layout<'_, C> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            <!DOCTYPE html>
            @nonce = self.nonce;
            <html lang="en">
                <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{self.title} " · vetted guestbook"</title>
                    // Every CSP violation this page meets is kept for inspection (and reported to
                    // the server by the policy's `report-uri`).
                    <script>
                        {trusted_script!(
                            "window.__cspViolations = [];\
                         document.addEventListener('securitypolicyviolation', function (event) {\
                           window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);\
                         });"
                        )}
                    </script>
                    // htmx 4 with its `hx-csp` extension (which processes only elements carrying
                    // this page's `hx-nonce`, stamped by `@nonce`, and creates the `htmx` Trusted
                    // Types policy), and Alpine's CSP build, which evaluates without `eval`. All
                    // three are served by this site (see `ASSETS`); without them the page works,
                    // without likes, quotes and the raw view.
                    <meta name="htmx-config" content="extensions:\"hx-csp\"">
                    <script src="/static/htmx.min.js"></script>
                    <script src="/static/hx-csp.min.js"></script>
                    <script src="/static/alpine-csp.min.js" defer></script>
                    <style>{style_sheet()}</style>
                </head>
                <body>
                    <header class="top">
                        <a class="brand" href="/">"vetted guestbook"</a>
                        <nav aria-label="main">
                            @for (section, path, label) in Section::LINKS {
                                <a
                                    href={path}
                                    class="nav"
                                    class:current={section == self.current}
                                    aria-current={(section == self.current).then_some("page")}
                                >
                                    {label}
                                </a>
                            }
                        </nav>
                    </header>
                    <main>{self.children}</main>
                    <footer>
                        <small>
                            "Every name, message, link, avatar and file name here came from a visitor. "
                            "vetted wrote each one for the exact place it sits in."
                        </small>
                    </footer>
                </body>
            </html>
        }
        .render_to(out);
    }
}

/// The site's only style sheet, inline and allowed by the nonce.
fn style_sheet() -> vetted::TrustedStyleSheet {
    vetted::trusted_style_sheet!(
        "*{box-sizing:border-box}\
     body{margin:0;font:15px/1.45 system-ui,sans-serif;color:#1d2330;background:#f4f1ea}\
     .top{display:flex;gap:1.5rem;align-items:baseline;padding:.8rem 2rem;background:#1d2330}\
     .top a{color:#f4f1ea;text-decoration:none}.brand{font-weight:700;font-size:1.1rem}\
     .top nav{display:flex;gap:1rem}.top a.current{text-decoration:underline}\
     main{max-width:76rem;margin:0 auto;padding:1.5rem 2rem;display:grid;\
       grid-template-columns:minmax(18rem,24rem) 1fr;gap:2rem;align-items:start}\
     h1{margin:.2rem 0 .8rem;font-size:1.5rem}h2{font-size:1.1rem;margin:0 0 .6rem}\
     .card{background:#fff;border-radius:10px;padding:1.1rem;box-shadow:0 1px 3px #0002}\
     .field{margin-bottom:.8rem}label{display:block;font-weight:600;margin-bottom:.2rem}\
     input,textarea{width:100%;font:inherit;padding:.4rem .5rem;border:1px solid #b9b4a8;border-radius:6px}\
     .invalid input,.invalid textarea{border-color:#b3261e;background:#fff6f5}\
     .error,.errors{color:#b3261e}.errors{font-weight:600}.hint{color:#667;font-size:.85rem;margin:.2rem 0 0}\
     button{font:inherit;font-weight:600;padding:.5rem 1rem;border:0;border-radius:6px;background:#2b5fd9;color:#fff;cursor:pointer}\
     .count{color:#445;margin:0 0 1rem}\
     ol.entries{list-style:none;margin:0;padding:0;display:grid;gap:.7rem}\
     .entry{display:grid;grid-template-columns:48px 1fr;gap:.8rem;background:#fff;border-radius:10px;padding:.8rem;box-shadow:0 1px 3px #0002}\
     .avatar{width:48px;height:48px;border-radius:50%;background:#d9d4c7;object-fit:cover;image-rendering:pixelated}\
     .meta{margin:0;color:#556;overflow-wrap:anywhere}.name{color:#1d2330}\
     .name,.website,.message,.download{unicode-bidi:isolate}\
     .website{color:#2b5fd9;font-family:ui-monospace,monospace;font-size:.85rem}\
     .message{margin:.3rem 0 0;overflow-wrap:anywhere}.message>:first-child{margin-top:0}.message>:last-child{margin-bottom:0}\
     .actions{display:flex;gap:.4rem;margin:.4rem 0 0;flex-wrap:wrap}\
     .actions button{padding:.15rem .6rem;font-size:.85rem;background:#e6e1d6;color:#1d2330}\
     .raw pre{margin:.3rem 0 0;padding:.4rem;background:#f4f1ea;white-space:pre-wrap;overflow-wrap:anywhere}\
     blockquote.quote{margin:0 0 1rem;padding:.6rem .8rem;border-left:4px solid #2b5fd9;background:#f4f1ea;overflow-wrap:anywhere}\
     .quote p{margin:0}.quote-message{white-space:pre-wrap}\
     table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid #e3ded2;overflow-wrap:anywhere}\
     footer{max-width:76rem;margin:0 auto;padding:0 2rem 2rem;color:#667}\
     @media (max-width:50rem){main{grid-template-columns:1fr}}"
    )
}

/// One labelled input or textarea, with its error.
#[derive(vetted::Component)]
struct Field<'a> {
    name: &'a str,
    label: &'a str,
    value: &'a str,
    error: Option<&'a str>,
    hint: &'a str,
    max: usize,
    multiline: bool,
    required: bool,
    url: bool,
}

impl Render for Field<'_> {
    fn render_to(&self, out: &mut Html) {
        let invalid = self.error.is_some();
        let error_id = &format!("{}-error", self.name);
        let described_by = invalid.then_some(error_id.as_str());
        lazy! {
            <div class="field" class:invalid={invalid}>
                <label for={self.name}>{self.label}</label>
                @if self.multiline {
                    <textarea
                        id={self.name}
                        name={self.name}
                        rows="5"
                        maxlength={self.max}
                        required={self.required}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={described_by}
                    >
                        {self.value}
                    </textarea>
                } @else {
                    <input
                        type="text"
                        id={self.name}
                        name={self.name}
                        value={self.value}
                        maxlength={self.max}
                        required={self.required}
                        inputmode={self.url.then_some("url")}
                        autocomplete={self.url.then_some("url")}
                        aria-invalid={invalid.then_some("true")}
                        aria-describedby={described_by}
                    >
                }
                @if let Some(error) = self.error {
                    <p class="error" id={error_id}>{error}</p>
                }
                <p class="hint">{self.hint}</p>
            </div>
        }
        .render_to(out);
    }
}

/// What the guestbook's JSON data island holds: the count the page script shows, and the
/// entries on the page for any script that wants them.
#[derive(Serialize)]
struct Island<'a> {
    count: i64,
    entries: Vec<IslandEntry<'a>>,
}

#[derive(Serialize)]
struct IslandEntry<'a> {
    id: i64,
    name: &'a str,
    message: &'a str,
    website: Option<&'a str>,
}

/// Everything the guestbook page shows.
#[derive(Debug)]
pub struct GuestbookView<'a> {
    /// The newest entries, newest first.
    pub entries: &'a [Entry],
    /// How many entries there are in all.
    pub total: i64,
    /// The form as the visitor left it (empty for a fresh page).
    pub form: &'a EntryForm,
    /// What is wrong with it, if it was sent.
    pub errors: &'a FieldErrors,
}

/// The guestbook: the sign form, the entries, and the data island the count script reads.
///
/// # Errors
///
/// If the data island cannot be serialized (it always can: its top level is an object).
pub fn guestbook(view: &GuestbookView<'_>) -> Result<Page, JsonError> {
    let island = Json::new(&Island {
        count: view.total,
        entries: view
            .entries
            .iter()
            .map(|entry| IslandEntry {
                id: entry.id,
                name: &entry.name,
                message: &entry.message,
                website: entry.website.as_deref(),
            })
            .collect(),
    })?;
    // The quote box starts with the newest entry, which htmx loads when the page has.
    let newest = view.entries.first().map(|entry| {
        let words = Json::new(&Words {
            name: &entry.name,
            message: &entry.message,
        });
        (entry.id, words.ok())
    });
    let form = view.form;
    let errors = view.errors;
    let shown = view.entries.len();
    Ok(page(|nonce| {
        html! {
            @nonce = nonce;
            <Layout title="Guestbook" nonce={nonce} current={Section::Guestbook}>
                <section class="card sign" aria-labelledby="sign-title">
                    <h1 id="sign-title">"Sign the guestbook"</h1>
                    // Where htmx puts the entry a visitor quotes: the newest, once the page loads.
                    @if let Some((id, words)) = &newest {
                        <div
                            id="quote"
                            aria-live="polite"
                            hx-get=("/entries/" {id} "/quote")
                            hx-vals={words}
                            hx-trigger="load"
                        ></div>
                    } @else {
                        <div id="quote" aria-live="polite"></div>
                    }
                    @if errors.any() {
                        <p class="errors" role="alert">
                            "Nothing was saved: please fix the fields marked below."
                        </p>
                    }
                    // The router's `CsrfLayer` refuses posts from other sites: no token.
                    <form
                        method="post"
                        action="/entries"
                        csrf={vetted::csrf::FetchMetadata}
                        id="sign"
                    >
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
                        <Field
                            name="website"
                            label="Website (optional)"
                            value={form.website.as_str()}
                            error={errors.website.as_deref()}
                            hint="One address, no spaces."
                            max={URL_MAX}
                            multiline={false}
                            required={false}
                            url
                        />
                        <Field
                            name="avatar"
                            label="Avatar URL (optional)"
                            value={form.avatar.as_str()}
                            error={errors.avatar.as_deref()}
                            hint="An image address, or a data:image/png;base64 URL."
                            max={URL_MAX}
                            multiline={false}
                            required={false}
                            url
                        />
                        <Field
                            name="message"
                            label="Message"
                            value={form.message.as_str()}
                            error={errors.message.as_deref()}
                            hint="Up to 2000 characters of Markdown. HTML is sanitized."
                            max={MESSAGE_MAX}
                            multiline
                            required
                            url={false}
                        />
                        <button type="submit">"Sign"</button>
                    </form>
                </section>
                <section class="book" aria-labelledby="entries-title">
                    <h2 id="entries-title">"Entries"</h2>
                    <p class="count" id="entry-count">{view.total} " entries"</p>
                    <script type="application/json" id="guestbook-data">{island}</script>
                    <script>
                        {trusted_script!(
                            "(function () {\
                           var data = JSON.parse(document.getElementById('guestbook-data').textContent);\
                           var count = document.getElementById('entry-count');\
                           count.textContent = data.count === 1 ? '1 entry, read from the JSON island'\
                             : data.count + ' entries, read from the JSON island';\
                           count.dataset.fromScript = 'true';\
                         })();"
                        )}
                    </script>
                    @if view.entries.is_empty() {
                        <p>"No entries yet: be the first to sign."</p>
                    } @else {
                        <ol class="entries">
                            @for entry in view.entries {
                                <EntryItem entry={entry} nonce={nonce}/>
                            }
                        </ol>
                        @if i64::try_from(shown).is_ok_and(|shown| shown < view.total) {
                            <p class="hint">"Showing the newest " {shown} " entries."</p>
                        }
                    }
                </section>
            </Layout>
        }
    }))
}

/// One entry: every field came from a visitor.
#[derive(vetted::Component)]
struct EntryItem<'a> {
    entry: &'a Entry,
    nonce: &'a Nonce,
}

/// What the quote button sends (htmx's `hx-vals`), and what the raw view shows (Alpine's
/// `x-data`): the entry's own words, as HTML-safe JSON.
#[derive(Serialize)]
struct Words<'a> {
    name: &'a str,
    message: &'a str,
}

/// Alpine's state for the raw view: closed, with the message to show.
#[derive(Serialize)]
struct RawView<'a> {
    open: bool,
    message: &'a str,
}

impl Render for EntryItem<'_> {
    fn render_to(&self, out: &mut Html) {
        let entry = self.entry;
        // A JSON object of two strings always serializes; a failure would leave the attribute
        // (and with it the feature) out rather than break the page.
        let words = Json::new(&Words {
            name: &entry.name,
            message: &entry.message,
        })
        .ok();
        let raw = Json::new(&RawView {
            open: false,
            message: &entry.message,
        })
        .ok();
        lazy! {
            @nonce = self.nonce;
            <li
                class="entry"
                id={display(format_args!("entry-{}", entry.id))}
                data-author={entry.name}
            >
                @if let Some(avatar) = &entry.avatar {
                    <img
                        class="avatar"
                        src={avatar}
                        alt=""
                        width="48"
                        height="48"
                        referrerpolicy="no-referrer"
                    >
                } @else {
                    <span class="avatar" aria-hidden="true"></span>
                }
                <div>
                    <p class="meta">
                        <strong class="name">{entry.name}</strong>
                        @if let Some(website) = &entry.website {
                            " · "
                            <a
                                class="website"
                                href={website}
                                rel="nofollow ugc noopener noreferrer"
                            >
                                {website}
                            </a>
                        }
                        " · "
                        <time>{entry.created_at}</time>
                    </p>
                    <div class="message">{rendered_message(&entry.message)}</div>
                    <div class="actions raw" x-data={raw}>
                        <LikeButton id={entry.id} likes={entry.likes} nonce={self.nonce}/>
                        <button
                            type="button"
                            class="quote"
                            hx-get=("/entries/" {entry.id} "/quote")
                            hx-vals={words}
                            hx-target="#quote"
                        >
                            "Quote"
                        </button>
                        <button type="button" class="toggle" @click="open = !open">"Raw"</button>
                        <pre hidden x-bind:hidden="!open" x-text="message"></pre>
                    </div>
                </div>
            </li>
        }
        .render_to(out);
    }
}

/// A visitor's message as the page shows it: their Markdown rendered to HTML, then sanitized
/// with vetted's strict policy, so emphasis, lists and links show and nothing runs.
///
/// ```
/// let shown = guestbook::views::rendered_message("*hi* [there](javascript:alert(1)) <img src=x onerror=alert(1)>");
/// assert_eq!(shown.as_str(), "<p><em>hi</em> <a rel=\"noopener noreferrer nofollow ugc\">there</a> </p>\n");
/// ```
#[must_use]
pub fn rendered_message(markdown: &str) -> TrustedHtml {
    let mut html = String::with_capacity(markdown.len() + markdown.len() / 2);
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
    TrustedHtml::sanitize(&html)
}

/// An entry's like button: htmx posts the like, which the router's `CsrfLayer` accepts only
/// from this site (nothing is written for it), and swaps the button for the server's answer,
/// [`liked`].
#[derive(vetted::Component)]
struct LikeButton<'a> {
    id: i64,
    likes: i64,
    nonce: &'a Nonce,
}

impl Render for LikeButton<'_> {
    fn render_to(&self, out: &mut Html) {
        lazy! {
            @nonce = self.nonce;
            <button
                type="button"
                class="like"
                id=("like-" {self.id})
                hx-post=("/entries/" {self.id} "/like")
                hx-swap="outerHTML"
                csrf={vetted::csrf::FetchMetadata}
                aria-label="Like"
            >
                "♥ " {self.likes}
            </button>
        }
        .render_to(out);
    }
}

/// What htmx swaps in after a like: the entry's like button with its new count.
#[must_use]
pub fn liked(id: i64, likes: i64) -> Page {
    page(|nonce| {
        html! { <LikeButton id={id} likes={likes} nonce={nonce}/> }
    })
}

/// What htmx swaps into the sign form's quote box: the words the quote button sent, which
/// came from a visitor, shown as the text they are.
#[must_use]
pub fn quote(name: &str, message: &str) -> Page {
    page(|nonce| {
        html! {
            @nonce = nonce;
            <blockquote class="quote">
                <p class="quote-name">{name} " wrote:"</p>
                <p class="quote-message">{message}</p>
            </blockquote>
        }
    })
}

/// The files page: the upload form, with `csrf` as its hidden token field (the router's
/// `CsrfLayer` refuses cross-site posts too), and every uploaded file, each a link to its
/// download.
#[must_use]
pub fn files(files: &[FileInfo], csrf: &impl CsrfField, error: Option<&str>) -> Page {
    page(|nonce| {
        html! {
            <Layout title="Files" nonce={nonce} current={Section::Files}>
                <section class="card" aria-labelledby="upload-title">
                    <h1 id="upload-title">"Share a file"</h1>
                    <form
                        method="post"
                        action="/files"
                        enctype="multipart/form-data"
                        csrf={csrf}
                        id="upload"
                    >
                        <div class="field" class:invalid={error.is_some()}>
                            <label for="file">"File (up to 1 MiB)"</label>
                            <input
                                type="file"
                                id="file"
                                name="file"
                                required
                                aria-describedby={error.map(|_| "file-error")}
                            >
                            @if let Some(error) = error {
                                <p class="error" id="file-error" role="alert">{error}</p>
                            }
                            <p class="hint">
                                "Any name, any content: it is always downloaded, never opened here."
                            </p>
                        </div>
                        <button type="submit">"Upload"</button>
                    </form>
                </section>
                <section class="card" aria-labelledby="files-title">
                    <h2 id="files-title">"Shared files"</h2>
                    @if files.is_empty() {
                        <p>"No files yet."</p>
                    } @else {
                        <table class="files">
                            <thead><tr><th>"Name"</th><th>"Size"</th><th>"Shared"</th></tr></thead>
                            <tbody>
                                @for file in files {
                                    <tr class="file" data-name={file.name}>
                                        <td>
                                            <a class="download" href=("/files/" {file.id})>
                                                {file.name}
                                            </a>
                                        </td>
                                        <td>{file.size} " bytes"</td>
                                        <td>{file.created_at}</td>
                                    </tr>
                                }
                            </tbody>
                        </table>
                    }
                </section>
            </Layout>
        }
    })
}

/// Any body in the site's layout, built with the page's nonce: the browser test's controls use
/// it.
#[must_use]
pub fn custom(title: &str, body: impl FnOnce(&Nonce) -> Html) -> Page {
    page(|nonce| {
        let body = body(nonce);
        html! { <Layout title={title} nonce={nonce} current={Section::None}>{body}</Layout> }
    })
}

/// A page that only says what happened: not found, refused, or failed.
#[must_use]
pub fn message(title: &str, text: &str) -> Page {
    page(|nonce| {
        html! {
            <Layout title={title} nonce={nonce} current={Section::None}>
                <section class="card" id="message">
                    <h1>{title}</h1>
                    <p>{text}</p>
                    <p><a href="/">"Back to the guestbook"</a></p>
                </section>
            </Layout>
        }
    })
}
