//! HTML views written in Rust that cannot produce an XSS hole by accident.
//!
//! [`html!`] parses HTML-like markup at compile time, checks it, and expands to code that
//! appends to one `String`. Every value is escaped for the exact place it sits in, every
//! attribute is double-quoted, and broken or unsafe markup is a compile error that points at the
//! mistake and says how to fix it.
//!
//! ```
//! use vetted::{Html, html};
//!
//! struct Post { title: String, tags: Vec<&'static str>, draft: bool }
//!
//! let post = Post {
//!     title: "Escaping <script> & friends".into(),
//!     tags: vec!["security", "rust"],
//!     draft: true,
//! };
//! let page: Html = html! {
//!     <article class="post" data-draft={post.draft}>
//!         <h1>{post.title}</h1>
//!         @if post.draft { <p class="note">"Draft"</p> }
//!         <ul>
//!             @for tag in &post.tags { <li>{tag}</li> }
//!         </ul>
//!     </article>
//! };
//! assert_eq!(
//!     page.as_str(),
//!     concat!(
//!         r#"<article class="post" data-draft><h1>Escaping &#60;script&#62; &amp; friends</h1>"#,
//!         r#"<p class="note">Draft</p><ul><li>security</li><li>rust</li></ul></article>"#,
//!     ),
//! );
//! ```
//!
//! # The safety model
//!
//! Every value's context is decided at compile time; each context takes only the types that are
//! safe there, and a wrong type is a compile error naming the safe alternative.
//!
//! | sink | literal (checked at compile time) | dynamic `&str` / `String` | trusted type accepted |
//! |---|---|---|---|
//! | element content, `<title>`, `<textarea>` | escaped | escaped ([`Render`]) | [`Html`], [`TrustedHtml`] as markup in content, escaped in `<title>`/`<textarea>` |
//! | plain attribute | escaped, double-quoted | escaped, double-quoted ([`RenderAttribute`]) | every trusted type, escaped |
//! | URL attribute (`href`, `action`, `cite`, `formaction`, `ping`, `data-*url*`, …) | must pass the URL policy | URL policy at run time: refused → [`url::INVALID_URL`] | [`TrustedUrl`] |
//! | media URL (`img src`, `poster`, `srcset`, …) | URL policy or raster `data:image/…;base64` | the same, per `srcset` candidate | [`TrustedUrl`] |
//! | URL from parts, `href=("/users/" {id})` | prefix must fix the scheme or path | percent-encoded as one path segment, query value or fragment | — |
//! | resource URL (`script src`, `iframe src`, `link href`, `object data`, `base href`, …) | `https://`, `//host/` or `/…` only | compile error | [`TrustedResourceUrl`] |
//! | `on*` event handler (any case) | allowed | compile error | [`TrustedScript`] |
//! | `style` attribute | no `expression(`, `-moz-binding`, `behavior`, `@import`, `javascript:`, `<`, `\`, refused `url(` | compile error | [`TrustedStyle`] |
//! | `srcdoc` | allowed, escaped | compile error | [`Html`], [`TrustedHtml`], escaped once |
//! | `<script>` body (JavaScript) | no `</script`, `<!--`, `<script` | compile error | [`TrustedScript`], [`Json`] |
//! | `<script type="application/json">` / `ld+json` | valid JSON without `<` | compile error | [`Json`] |
//! | `<script>` of another type | compile error (`importmap`/`speculationrules`: JSON literal only) | compile error | — |
//! | `<style>` body | no `</style` | compile error | [`TrustedStyleSheet`] |
//! | `<!-- comment -->` | cannot end or nest early | compile error | — |
//! | front-end library code: htmx `hx-on*`, `hx-trigger`, …, Alpine `x-*`, `@event`, `:attr`, Vue `v-*`, AngularJS `ng-*`, Knockout `data-bind`, _hyperscript `_`, Datastar `data-on:*`, … ([`library`]) | allowed | compile error naming the library | [`TrustedScript`], [`Json`] |
//! | htmx JSON: `hx-vals`, `hx-headers` | allowed | compile error | [`Json`] |
//! | htmx requests: `hx-get`, `hx-post`, … | a path on this site or `https://host/…` | only a path, query or fragment on this site; else [`url::INVALID_URL`] | [`TrustedResourceUrl`] |
//! | `http-equiv`, `<meta content>`, `<script type>`, `<base>` attributes, `nonce`, `charset`, … | allowed | compile error | — |
//!
//! The URL policy: a URL may start with `http:`, `https:`, `mailto:` or `tel:` (any case), or
//! have no `:` before its first `/`, `?` or `#`. Nothing is trimmed or decoded first, so every
//! spelling a browser could read as another scheme (` javascript:`, `java\tscript:`) is refused
//! whole. Allowed URLs are percent-normalized (spaces, controls, quotes, `<`, `>`, `\` and
//! non-ASCII become `%XX`) and then attribute-escaped, so a character reference in a value is
//! never decoded into a scheme.
//!
//! Only the macro and the render traits can add to an [`Html`], and user impls of [`Render`]
//! and [`RenderAttribute`] can only add escaped text: no code path writes unescaped user data.
//! The other context traits are sealed. Trusted types are made from literals checked at compile
//! time (`trusted_url!`, `trusted_resource_url!`, `trusted_script!`, `trusted_style!`,
//! `trusted_style_sheet!`), by checked constructors returning a `Result`, or by `dangerously_*`
//! conversions whose every use deserves an `// XSS SAFETY:` comment.
//!
//! # Keeping the escape hatches in one place
//!
//! A team can forbid the `dangerously_*` conversions everywhere but one reviewed module with
//! clippy's `disallowed_methods`, in `clippy.toml`:
//!
//! ```toml
//! disallowed-methods = [
//!     { path = "vetted::TrustedHtml::dangerously_from_string", reason = "sanitize in crate::trusted_io" },
//!     { path = "vetted::TrustedUrl::dangerously_from_string", reason = "use TrustedUrl::new" },
//!     { path = "vetted::TrustedResourceUrl::dangerously_from_string", reason = "use trusted_resource_url!" },
//!     { path = "vetted::TrustedScript::dangerously_from_string", reason = "use trusted_script!" },
//!     { path = "vetted::TrustedStyle::dangerously_from_string", reason = "use TrustedStyle::new" },
//!     { path = "vetted::TrustedStyleSheet::dangerously_from_string", reason = "use trusted_style_sheet!" },
//! ]
//! ```
//!
//! and `#[allow(clippy::disallowed_methods)]` on the one module that may call them.
//!
//! Nothing else turns text into trusted output. The hidden items the generated code calls
//! (`vetted::__private`, the trusted types' `__from_literal`) take markup and literals only as
//! the constants of a type (`StaticMarkup`, `StaticLiteral`), which no string made at run time
//! can become, and check literals again at compile time; the hidden methods of the sealed
//! context traits take writers only vetted can make.
//!
//! # Features
//!
//! - `std` (default): nothing in the core needs it; the crate is `no_std` + `alloc` without it.
//! - `json` (default): [`Json`], HTML-safe JSON from any `serde::Serialize` value (see [`json`]);
//!   adds `serde` without its `std` feature.
//! - `http-1`: [`Html`] and [`Page`] convert into `http::Response<String>`,
//!   [`Download`](download::Download) into `http::Response<Vec<u8>>`, and
//!   [`SecurityHeaders`](headers::SecurityHeaders) fill an `http::HeaderMap`; implies `std`.
//! - `axum-0.8`: `IntoResponse` for [`Html`], [`Page`] and [`Download`](download::Download),
//!   through `axum-core` 0.5 (not `axum`); implies `http-1`.
//! - `actix-web-4`: `Responder` for [`Html`], [`Page`] and [`Download`](download::Download),
//!   with actix-web's default features off; implies `std`.
//! - `tower-0.5`: `SecurityHeadersLayer` in [`headers`], adding the security headers a
//!   response lacks, through `tower-layer`/`tower-service` 0.3; implies `http-1`.
//! - `ammonia-4`: `TrustedHtml::sanitize` and `Sanitizer`, which make HTML from users safe
//!   with the `ammonia` 4 sanitizer under vetted's sink rules; implies `std`.
//!
//! Without any of them, [`Html`] is a `Display` value and [`Html::into_string`] gives the
//! body, and [`Page::headers`] and [`Download::headers`](download::Download::headers) give
//! the headers to write with any framework.

#![no_std]
#![forbid(unsafe_code)]
// docs.rs (nightly rustdoc, `--cfg docsrs`) marks each feature-gated item with its feature.
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod attributes;
mod buffer;
mod component;
mod context;
mod display;
pub mod escape;
mod html;
mod integer;
#[cfg(feature = "json")]
pub mod json;
#[cfg_attr(
    not(feature = "json"),
    allow(
        dead_code,
        reason = "without `json`, only the CSRF field's strings are written"
    )
)]
mod json_text;
mod lazy;
pub mod library;
mod trusted;
pub mod url;
mod web;
pub use web::page::Page;
pub use web::{csp, csrf, download, headers};
mod integrations;

#[doc(hidden)]
pub mod __private;

pub use attributes::{AttributeError, Attributes};
pub use context::attribute::{Attribute, AttributeValue, RenderAttribute};
pub use context::library::{RenderLibraryCode, RenderLibraryJson};
#[allow(deprecated)]
pub use context::part::RenderUrlPart;
pub use context::part::{PartEncoding, RenderPart};
pub use context::resource_url::RenderResourceUrl;
pub use context::script::{RenderEventHandler, RenderJsonScript, RenderScript};
pub use context::spread::RenderSpread;
pub use context::srcdoc::RenderSrcdoc;
pub use context::style::{RenderStyle, RenderStyleSheet};
pub use context::text::{Render, RenderOnce};
pub use context::url::{RenderRequestUrl, RenderUrl, UrlPolicy};
pub use display::{Display, display};
pub use html::{ConvertsToMarkup, Html};
#[cfg(feature = "json")]
pub use json::{Json, JsonError};
pub use lazy::Lazy;

#[cfg(feature = "ammonia-4")]
pub use trusted::{Sanitizer, SanitizerError};
pub use trusted::{
    TrustedError, TrustedHtml, TrustedResourceUrl, TrustedScript, TrustedStyle, TrustedStyleSheet,
    TrustedUrl,
};
/// Makes a struct a component: a template builds it from the props its tag names.
///
/// `<Card title={t}>…</Card>` sets the field `title` to `t` and the field `children` to the
/// tag's children (a [`Lazy`] template), then renders the struct with its [`Render`] impl, or
/// by value with its [`RenderOnce`] impl if it has one.
/// A field may be left out of the tag when it is an `Option` (it is `None`), or marked
/// `#[prop(default)]` (its `Default`) or `#[prop(default = expr)]`; leaving out any other
/// field is a compile error naming it. Each value is moved straight into the struct: there is
/// no allocation and nothing is checked at run time.
///
/// ```
/// use vetted::{Component, Html, Render, html, lazy};
///
/// #[derive(Component)]
/// struct Card<'a, C> {
///     title: &'a str,
///     subtitle: Option<&'a str>,
///     #[prop(default)]
///     compact: bool,
///     #[prop(default = "h2")]
///     level: &'static str,
///     children: C,
/// }
///
/// impl<C: Render> Render for Card<'_, C> {
///     fn render_to(&self, out: &mut Html) {
///         lazy! {
///             <section class="card" class:compact={self.compact} data-level={self.level}>
///                 <h2>{self.title}</h2>
///                 @if let Some(subtitle) = self.subtitle { <p>{subtitle}</p> }
///                 {self.children}
///             </section>
///         }
///         .render_to(out);
///     }
/// }
///
/// let page = html! { <Card title="News" compact><p>"Hello"</p></Card> };
/// assert_eq!(
///     page.as_str(),
///     r#"<section class="card compact" data-level="h2"><h2>News</h2><p>Hello</p></section>"#,
/// );
/// ```
///
/// Leaving out a required prop does not compile:
///
/// ```compile_fail
/// # use vetted::{Component, Html, Render, html};
/// #[derive(Component)]
/// struct Badge<'a> { label: &'a str }
/// # impl Render for Badge<'_> { fn render_to(&self, out: &mut Html) { out.push_text(self.label) } }
/// let page = html! { <Badge/> }; // `<Badge>` is missing the prop `label`
/// ```
pub use vetted_macros::Component;

/// Writes HTML from checked markup; the result is an [`Html`].
///
/// # Syntax
///
/// ```
/// use vetted::html;
///
/// # let (title, dom_id, name, count) = ("Home", "hi", "<Ada>", 3);
/// # struct User { is_admin: bool }
/// # let user = User { is_admin: false };
/// # let team: Option<&str> = Some("core");
/// # let items = vec!["a", "b"];
/// # enum State { On, Off }
/// # let state = State::On;
/// let page = html! {
///     <!DOCTYPE html>
///     <html lang="en">
///         <head><meta charset="utf-8"><title>{title}</title></head>
///         <body>
///             <h1 class="greeting" id={dom_id}>"Hello, " {name} "!"</h1>
///             <input type="checkbox" checked disabled={false} value={count}>
///             <br/>
///             @if user.is_admin { <p>"admin"</p> } @else if let Some(t) = &team { <p>{t}</p> } @else { }
///             @for (i, item) in items.iter().enumerate() { <li data-index={i}>{item}</li> }
///             @match state { State::On => { <b>"on"</b> } State::Off => {} }
///             @let total = items.len();
///             <p>"Total: " {total}</p>
///             <my-widget aria-label="x"></my-widget>
///             <svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg>
///         </body>
///     </html>
/// };
/// assert!(page.as_str().starts_with("<!DOCTYPE html><html lang=\"en\"><head>"));
/// assert!(page.as_str().contains("<h1 class=\"greeting\" id=\"hi\">Hello, &#60;Ada&#62;!</h1>"));
/// assert!(page.as_str().contains("<input type=\"checkbox\" checked value=\"3\"><br>"));
/// assert!(page.as_str().contains("<p>core</p><li data-index=\"0\">a</li>"));
/// ```
///
/// - **Text** is written as string literals (`"..."`, `r#"..."#`); only what the literals hold is
///   emitted, no whitespace is invented.
/// - **`{expr}`** interpolates any [`Render`] value in content, or any [`RenderAttribute`]
///   value as `name={expr}`. The value is borrowed, not moved; only a [`RenderOnce`] value
///   in content (a [`lazy!`] template that moves a value it owns, a component that renders by
///   value) is moved in, and `{&template}` renders a template that moves nothing by reference.
/// - **Elements** are `<name attr…>children</name>`; void elements (`br`, `img`, `input`, …) are
///   `<br>` or `<br/>` with no close tag; SVG and MathML elements may self-close (`<path/>`).
/// - **Attributes** are `name="literal"`, `name={expr}`, or a bare `name`. Names may contain
///   `-`, `:` and `.` and may be Rust keywords (`type`, `for`). `bool` values write the bare
///   attribute or nothing, `Option` values nothing when `None`.
/// - **Control flow**: `@if` / `@else if` / `@else` (with `let` patterns), `@for`, `@while`,
///   `@match` (arms `pattern => { markup }`, guards allowed) and `@let pattern = expr;`.
///   A `break` or `continue` that would leave a template loop while an element or attribute
///   opened in its body is still open (`<li>{ … continue … }</li>`), or a `return` that would
///   leave a `lazy!` template or component children that way, is a compile error: the rest of
///   the page would be read inside the unclosed markup. At the loop body's top level
///   (`@let Some(x) = y else { continue };`) they are fine.
/// - **`<!DOCTYPE html>`** may open the template.
/// - `<pre>` and `<textarea>` get a line feed after their start tag, which the HTML
///   parser drops, so content that starts with a line feed keeps it.
///
/// # Components, layouts and class toggles
///
/// A capitalized tag, or a path such as `<ui::Card>`, is a component: a struct that derives
/// [`Component`] and implements [`Render`] (or [`RenderOnce`], below). Its attributes are the struct's fields (a bare name
/// is `true`, a literal is a `&'static str`, `{expr}` is moved in as the field's value), its
/// children become a [`Lazy`] template in its `children` field, and the struct is rendered
/// with its `Render` impl (by value with its `RenderOnce` impl if it has one). `Option`
/// fields and fields marked `#[prop(default)]` may be left
/// out; leaving out another field is a compile error naming it, and an unknown prop is rustc's
/// error naming the props there are. A layout is a component whose children are the page; more
/// named slots are props holding [`lazy!`] templates. A component that implements [`Render`]
/// renders its children by reference, as often as it places them, so they borrow what they
/// use: a prop inside them takes a reference or a clone. A component that places its children
/// once can implement [`RenderOnce`] instead (`render_once(self, out)`, children bound by
/// `C: RenderOnce`): it is rendered by value, and its children may move owned props into their
/// own components (see [`RenderOnce`]'s example). Moving a value twice, in a loop or into
/// children and again after them, is rustc's "use of moved value" at the template's `{…}`.
///
/// `class="btn" class:active={on}` writes one `class` with `active` added when `on` is true.
///
/// ```
/// use vetted::{Component, Html, Render, html, lazy};
///
/// #[derive(Component)]
/// struct Layout<'a, C> { title: &'a str, children: C }
///
/// impl<C: Render> Render for Layout<'_, C> {
///     fn render_to(&self, out: &mut Html) {
///         lazy! {
///             <!DOCTYPE html>
///             <html><head><title>{self.title}</title></head><body>{self.children}</body></html>
///         }
///         .render_to(out);
///     }
/// }
///
/// #[derive(Component)]
/// struct Card<'a, C> { title: &'a str, #[prop(default)] compact: bool, children: C }
///
/// impl<C: Render> Render for Card<'_, C> {
///     fn render_to(&self, out: &mut Html) {
///         lazy! {
///             <section class="card" class:compact={self.compact}>
///                 <h2>{self.title}</h2>
///                 {self.children}
///             </section>
///         }
///         .render_to(out);
///     }
/// }
///
/// let posts = ["<first>", "second"];
/// let page = html! {
///     <Layout title="Posts">
///         @for post in posts {
///             <Card title={post} compact={post.len() < 7}><p>"Read more"</p></Card>
///         }
///     </Layout>
/// };
/// assert_eq!(
///     page.as_str(),
///     concat!(
///         "<!DOCTYPE html><html><head><title>Posts</title></head><body>",
///         r#"<section class="card"><h2>&#60;first&#62;</h2><p>Read more</p></section>"#,
///         r#"<section class="card compact"><h2>second</h2><p>Read more</p></section>"#,
///         "</body></html>",
///     ),
/// );
/// ```
///
/// The expansion depends only on this crate: not on the caller's imports, prelude or the name
/// under which the crate is used.
///
/// # Compile errors
///
/// Mismatched, unclosed or stray tags, children or close tags of void elements, duplicate
/// attributes, unknown elements (with a suggestion), invalid attribute names, obsolete raw-text
/// elements, script or style literals that would end their element early, and dynamic values in
/// contexts that need a dedicated rule are all compile errors, reported together.
///
/// ```compile_fail
/// let page = vetted::html! { <div><span></div> };
/// ```
#[macro_export]
macro_rules! html {
    ($($markup:tt)*) => {
        $crate::__private::html!(($crate) $($markup)*)
    };
}

/// Writes HTML from checked markup into the caller's buffer when rendered; the result is a
/// [`Lazy`], which implements [`Render`].
///
/// The syntax and every check are those of [`html!`]. The values it uses are moved into it, so
/// a function can return one (borrow first, as in `let name = &user.name;`, to keep using them).
/// A template that moves such a value on, into a component's prop, renders once: it is
/// [`RenderOnce`] but not [`Render`], `{template}` moves it into the page, and a function
/// returns it as `Lazy<impl FnOnce(&mut Html)>`.
///
/// ```
/// use vetted::{Render, html, lazy};
///
/// fn row<'a>(name: &'a str, score: u32) -> impl Render + 'a {
///     lazy! { <tr><td>{name}</td><td>{score}</td></tr> }
/// }
///
/// let rows = [("Ada", 3), ("Grace", 5)];
/// let table = html! { <table> @for (name, score) in rows { {row(name, score)} } </table> };
/// assert_eq!(
///     table.as_str(),
///     "<table><tr><td>Ada</td><td>3</td></tr><tr><td>Grace</td><td>5</td></tr></table>",
/// );
/// ```
#[macro_export]
macro_rules! lazy {
    ($($markup:tt)*) => {
        $crate::__private::lazy!(($crate) $($markup)*)
    };
}

/// A [`TrustedUrl`] from a string literal, checked at compile time: any URL but one whose
/// scheme runs script or carries a document (`javascript:`, `vbscript:`, `data:`).
///
/// ```
/// let call = vetted::trusted_url!("sms:+15550100");
/// assert_eq!(vetted::html! { <a href={call}>"text"</a> }.as_str(), r#"<a href="sms:+15550100">text</a>"#);
/// ```
///
/// ```compile_fail
/// let bad = vetted::trusted_url!("javascript:alert(1)");
/// ```
#[macro_export]
macro_rules! trusted_url {
    ($($literal:tt)*) => {
        $crate::__private::trusted!(($crate) url $($literal)*)
    };
}

/// A [`TrustedResourceUrl`] from a string literal, checked at compile time: it must start with
/// `https://`, `//host/` or `/`.
///
/// ```
/// let app = vetted::trusted_resource_url!("https://cdn.example/app.js");
/// assert_eq!(app.as_str(), "https://cdn.example/app.js");
/// ```
///
/// ```compile_fail
/// let bad = vetted::trusted_resource_url!("http://cdn.example/app.js");
/// ```
#[macro_export]
macro_rules! trusted_resource_url {
    ($($literal:tt)*) => {
        $crate::__private::trusted!(($crate) resource_url $($literal)*)
    };
}

/// A [`TrustedScript`] from a string literal, checked at compile time: it must not contain
/// `</script`, `<!--` or `<script` (any case).
///
/// ```
/// let script = vetted::trusted_script!("document.body.dataset.ready = '1'");
/// assert_eq!(vetted::html! { <script>{script}</script> }.as_str(), "<script>document.body.dataset.ready = '1'</script>");
/// ```
///
/// ```compile_fail
/// let bad = vetted::trusted_script!("'</script>'");
/// ```
#[macro_export]
macro_rules! trusted_script {
    ($($literal:tt)*) => {
        $crate::__private::trusted!(($crate) script $($literal)*)
    };
}

/// A [`TrustedStyle`] from a string literal, checked at compile time as [`TrustedStyle::new`]
/// checks at run time.
///
/// ```
/// let style = vetted::trusted_style!("display: grid; gap: 1rem");
/// assert_eq!(vetted::html! { <div style={style}></div> }.as_str(), r#"<div style="display: grid; gap: 1rem"></div>"#);
/// ```
///
/// ```compile_fail
/// let bad = vetted::trusted_style!("background: url(javascript:alert(1))");
/// ```
#[macro_export]
macro_rules! trusted_style {
    ($($literal:tt)*) => {
        $crate::__private::trusted!(($crate) style $($literal)*)
    };
}

/// A [`TrustedStyleSheet`] from a string literal, checked at compile time: it must not contain
/// `</style` (any case).
///
/// ```
/// let sheet = vetted::trusted_style_sheet!("main { max-width: 60ch }");
/// assert_eq!(sheet.as_str(), "main { max-width: 60ch }");
/// ```
///
/// ```compile_fail
/// let bad = vetted::trusted_style_sheet!("</style><script>alert(1)</script>");
/// ```
#[macro_export]
macro_rules! trusted_style_sheet {
    ($($literal:tt)*) => {
        $crate::__private::trusted!(($crate) style_sheet $($literal)*)
    };
}

/// The README's examples, run as doc tests. `CARGO_PKG_README` is the manifest's `readme`:
/// `../README.md` in the workspace, `README.md` in the packaged crate, where cargo copies it.
#[cfg(doctest)]
#[doc = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", env!("CARGO_PKG_README")))]
pub struct ReadmeDoctests;
