//! Element content: [`Render`], how a value is written as HTML text (its impls for the
//! standard types and [`Html`]), and the entry points for text and for `<title>`/`<textarea>`.

use alloc::borrow::{Cow, ToOwned};
use alloc::string::String;

use crate::Html;

/// A value that can be written as HTML text: what `{expr}` in element content needs.
///
/// Implementations append to an [`Html`] buffer, which only takes escaped text
/// ([`Html::push_text`]) or other `Render` values, so no impl can inject markup by accident.
/// Interpolating takes the value by reference: it is not moved (only a [`RenderOnce`] value,
/// such as a `lazy!` template that owns what it renders, is moved into the page).
///
/// Provided for strings, `char`, `bool` (`true`/`false`), every integer type, `f32`/`f64`
/// (shortest round-trip form, e.g. `1.0`, `1e-7`; `NaN`, `inf` and `-inf` for the non-finite
/// values), references, `Box`, `Rc`, `Arc`, `Option` (`None` renders nothing), slices, arrays
/// and `Vec` (each item in order, nothing between), and [`Html`]
/// (appended as it is: it is already safe markup; inside `<title>` and `<textarea>`, which hold
/// only text, it is escaped like any text). For any `Display` type, use [`display`](crate::display).
///
/// `Result` is deliberately not `Render`: an error shown as page text is rarely what a page
/// should say, so match on it with `@match` or handle it before rendering.
///
/// ```
/// use vetted::{Html, Render, html};
///
/// struct User { name: String, karma: i32 }
///
/// impl Render for User {
///     fn render_to(&self, out: &mut Html) {
///         out.push_text(&self.name);
///         out.push_text(" (");
///         out.push(&self.karma);
///         out.push_text(")");
///     }
/// }
///
/// let user = User { name: "<Ada>".into(), karma: 7 };
/// assert_eq!(html! { <li>{user}</li> }.as_str(), "<li>&#60;Ada&#62; (7)</li>");
///
/// // `Html` is markup in content, but only text in `<title>` and `<textarea>`.
/// let bold: Html = html! { <b>"x"</b> };
/// assert_eq!(html! { <p>{bold}</p> }.as_str(), "<p><b>x</b></p>");
/// assert_eq!(html! { <title>{bold}</title> }.as_str(), "<title>&#60;b&#62;x&#60;/b&#62;</title>");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be rendered as HTML text",
    label = "this value does not implement `vetted::Render`",
    note = "implement `vetted::Render` for it, or wrap a `Display` value as `vetted::display(&value)`"
)]
pub trait Render {
    /// Appends this value, escaped as HTML text, to `out`.
    ///
    /// ```
    /// use vetted::Render;
    /// let mut out = vetted::Html::new();
    /// "<b>".render_to(&mut out);
    /// assert_eq!(out.as_str(), "&#60;b&#62;");
    /// ```
    fn render_to(&self, out: &mut Html);
}

/// A value that is written as HTML text by value, consumed: what a `lazy!` template that
/// moves values it owns into components is, and what a component may implement to take its
/// children by value.
///
/// `{expr}` in content moves a `RenderOnce` value into the page and borrows any other value
/// ([`Render`]). [`Lazy`](crate::Lazy) is `RenderOnce` always, and [`Render`] too when it can
/// render more than once (it moves nothing out of what it captured). A component that places
/// its children once can implement `RenderOnce` instead of `Render`: its children may then
/// move owned props into their own components.
///
/// ```
/// use vetted::{Component, Html, RenderOnce, html};
///
/// #[derive(Component)]
/// struct Card<C> { children: C }
///
/// impl<C: RenderOnce> RenderOnce for Card<C> {
///     fn render_once(self, out: &mut Html) {
///         let children = self.children;
///         vetted::lazy! { <section class="card">{children}</section> }.render_once(out);
///     }
/// }
///
/// #[derive(Component)]
/// struct Tags { tags: Vec<String> }
///
/// impl vetted::Render for Tags {
///     fn render_to(&self, out: &mut Html) {
///         for tag in &self.tags {
///             vetted::lazy! { <span class="tag">{tag}</span> }.render_to(out);
///         }
///     }
/// }
///
/// let tags = vec![String::from("rust"), String::from("<html>")];
/// // `tags` moves into `<Tags>`, inside `<Card>`'s children.
/// let page = html! { <Card><Tags tags={tags}/></Card> };
/// assert_eq!(
///     page.as_str(),
///     r#"<section class="card"><span class="tag">rust</span><span class="tag">&#60;html&#62;</span></section>"#,
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be rendered by value",
    label = "this value does not implement `vetted::RenderOnce`",
    note = "`lazy!` templates and components that implement `vetted::RenderOnce` render by value; implement `vetted::Render` to render by reference"
)]
pub trait RenderOnce {
    /// Appends this value, escaped as HTML text, to `out`, consuming it.
    ///
    /// ```
    /// use vetted::RenderOnce;
    /// let name = String::from("<Ada>");
    /// let mut out = vetted::Html::new();
    /// vetted::lazy! { <b>{name}</b> }.render_once(&mut out);
    /// assert_eq!(out.as_str(), "<b>&#60;Ada&#62;</b>");
    /// ```
    fn render_once(self, out: &mut Html);
}

impl Render for str {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        out.push_text(self);
    }
}

impl Render for String {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        out.push_text(self);
    }
}

impl Render for char {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        out.push_text(self.encode_utf8(&mut [0; 4]));
    }
}

impl Render for bool {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        // Plain words: the same text in every context, so no escaping even in `<title>`.
        out.buffer().push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! render_integers {
    ($($int:ty)*) => {$(
        impl Render for $int {
            #[inline]
            fn render_to(&self, out: &mut Html) {
                // Digits and a sign never need escaping, in any context: written straight
                // into the buffer, with no copy through a stack buffer.
                crate::integer::write(*self, out.buffer());
            }
        }
    )*};
}

render_integers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

macro_rules! render_floats {
    ($($float:ty)*) => {$(
        impl Render for $float {
            #[inline]
            fn render_to(&self, out: &mut Html) {
                // Digits, `.`, `-`, `e`, `NaN` and `inf` never need escaping, in any context.
                out.buffer().push_str(ryu::Buffer::new().format(*self));
            }
        }
    )*};
}

render_floats!(f32 f64);

impl Render for Html {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        out.push_html(self);
    }
}

forward!(Render::render_to(out: &mut Html));
optional!(Render::render_to(out: &mut Html));

impl<T: Render + ToOwned + ?Sized> Render for Cow<'_, T>
where
    T::Owned: Render,
{
    #[inline]
    fn render_to(&self, out: &mut Html) {
        (**self).render_to(out);
    }
}

/// Each item in order, with nothing between: for a separator or markup around items, use `@for`.
///
/// ```
/// let tags = vec!["<a>", "b"];
/// assert_eq!(vetted::html! { <p>{tags}</p> }.as_str(), "<p>&#60;a&#62;b</p>");
/// ```
impl<T: Render> Render for [T] {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        for item in self {
            item.render_to(out);
        }
    }
}

/// Each item in order, as for slices.
///
/// ```
/// assert_eq!(vetted::html! { <p>{[1, 2, 3]}</p> }.as_str(), "<p>123</p>");
/// ```
impl<T: Render, const N: usize> Render for [T; N] {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        self.as_slice().render_to(out);
    }
}

/// Each item in order, as for slices.
///
/// ```
/// let parts: Vec<vetted::Html> = vec![vetted::html! { <b>"1"</b> }, vetted::html! { <i>"2"</i> }];
/// assert_eq!(vetted::html! { <p>{parts}</p> }.as_str(), "<p><b>1</b><i>2</i></p>");
/// ```
impl<T: Render> Render for alloc::vec::Vec<T> {
    #[inline]
    fn render_to(&self, out: &mut Html) {
        self.as_slice().render_to(out);
    }
}

// Entry points.

/// `{expr}` in element content ([`Sink::Text`](vetted_rules::sink::Sink::Text)): the value
/// as [`Splice`] hands it over.
#[inline]
pub fn text<T: RenderOnce>(value: T, out: &mut Html) {
    value.render_once(out);
}

/// `{expr}` in `<title>` or `<textarea>`: text, and nested `Html` escaped as text too
/// ([`Sink::EscapableRawText`](vetted_rules::sink::Sink::EscapableRawText)).
#[inline]
pub fn escapable_raw_text<T: RenderOnce>(value: T, out: &mut Html) {
    let outer = out.set_text_only(true);
    value.render_once(out);
    out.set_text_only(outer);
}

/// How `{expr}` in content hands its value to [`text`]: the generated code calls
/// `(expr).__vetted_splice()` with this trait and [`Borrow`] in scope. Method resolution
/// tries the value itself first, so a [`RenderOnce`] value (a `lazy!` template, a component
/// that renders by value, a `C: RenderOnce` parameter) is moved into the call; any other value
/// is found only once borrowed, by [`Borrow`], and is written through its [`Render`] impl
/// without being moved.
pub trait Splice: RenderOnce + Sized {
    /// The value itself.
    #[inline]
    fn __vetted_splice(self) -> Self {
        self
    }
}

impl<T: RenderOnce> Splice for T {}

/// The fallback of [`Splice`]: a borrow of any value, whose [`Render`] impl is required only
/// by [`text`], so a value that has none gets `Render`'s message.
pub trait Borrow {
    /// The value, borrowed.
    #[inline]
    fn __vetted_splice(&self) -> Borrowed<'_, Self> {
        Borrowed(self)
    }
}

impl<T: ?Sized> Borrow for T {}

/// A borrowed value in content: renders it by reference.
#[derive(Debug)]
pub struct Borrowed<'a, T: ?Sized>(&'a T);

impl<T: Render + ?Sized> RenderOnce for Borrowed<'_, T> {
    #[inline]
    fn render_once(self, out: &mut Html) {
        self.0.render_to(out);
    }
}
