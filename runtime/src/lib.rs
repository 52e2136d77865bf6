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
//!         r#"<article class="post" data-draft><h1>Escaping &lt;script&gt; &amp; friends</h1>"#,
//!         r#"<p class="note">Draft</p><ul><li>security</li><li>rust</li></ul></article>"#,
//!     ),
//! );
//! ```
//!
//! # The safety model
//!
//! | where a value sits | what happens |
//! |---|---|
//! | element content, `<title>`, `<textarea>` | [`Render`]: `&`, `<`, `>` (and CR) become character references |
//! | an attribute value | [`RenderAttribute`]: double-quoted; `&`, `"`, `<`, `>` (and CR) become references |
//! | a URL, `on*`, `style` or `srcdoc` attribute | a dynamic value is a compile error (these contexts get their own rules and trusted types) |
//! | a `<script>` or `<style>` body | literal text only; a literal that could end the element early is a compile error |
//!
//! Only the macro and the `Render` impls can add to an [`Html`], and `Render` impls can only add
//! escaped text or other `Render` values: no code path writes unescaped user data.
//!
//! # Features
//!
//! - `std` (default): nothing in the core needs it; the crate is `no_std` + `alloc` without it.

#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod context;
pub mod escape;
mod html;
mod render;

#[doc(hidden)]
pub mod __private;

pub use context::{Attribute, AttributeValue, RenderAttribute};
pub use html::Html;
pub use render::{Display, Render, display};

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
/// assert!(page.as_str().contains("<h1 class=\"greeting\" id=\"hi\">Hello, &lt;Ada&gt;!</h1>"));
/// assert!(page.as_str().contains("<input type=\"checkbox\" checked value=\"3\"><br>"));
/// assert!(page.as_str().contains("<p>core</p><li data-index=\"0\">a</li>"));
/// ```
///
/// - **Text** is written as string literals (`"..."`, `r#"..."#`); only what the literals hold is
///   emitted, no whitespace is invented.
/// - **`{expr}`** interpolates any [`Render`] value in content, or any [`RenderAttribute`]
///   value as `name={expr}`. The value is borrowed, not moved.
/// - **Elements** are `<name attr…>children</name>`; void elements (`br`, `img`, `input`, …) are
///   `<br>` or `<br/>` with no close tag; SVG and MathML elements may self-close (`<path/>`).
/// - **Attributes** are `name="literal"`, `name={expr}`, or a bare `name`. Names may contain
///   `-`, `:` and `.` and may be Rust keywords (`type`, `for`). `bool` values write the bare
///   attribute or nothing, `Option` values nothing when `None`.
/// - **Control flow**: `@if` / `@else if` / `@else` (with `let` patterns), `@for`, `@while`,
///   `@match` (arms `pattern => { markup }`, guards allowed) and `@let pattern = expr;`.
/// - **`<!DOCTYPE html>`** may open the template.
/// - `<pre>`, `<textarea>` and `<listing>` get a line feed after their start tag, which the HTML
///   parser drops, so content that starts with a line feed keeps it.
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

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
