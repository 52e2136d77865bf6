//! Plain attribute values: [`RenderAttribute`], the [`Attribute`] being written, its impls for
//! the standard types and [`Html`], and the entry point for attributes that hold only text.

use alloc::borrow::{Cow, ToOwned};
use alloc::string::String;
use core::fmt;

use vetted_rules::attribute::keywords;

use crate::Html;

/// A value that can stand as an attribute: what `name={expr}` needs.
///
/// The value decides whether the attribute appears at all ([`Attribute::value`],
/// [`Attribute::flag`], or dropping the [`Attribute`] to leave it out) and what it holds; the
/// value is always escaped and double-quoted.
///
/// Provided for strings, `char`, integers, floats, references, smart pointers, [`Display`](crate::Display) and
/// [`Html`] (escaped: markup in an attribute is only text). `bool` writes the bare attribute when
/// `true` and leaves it out when `false`, except on enumerated attributes where leaving it out
/// does not mean "off", which get their keyword (see [`Attribute::boolean`]); `Option` leaves
/// it out when `None`.
///
/// ```
/// use vetted::{Attribute, RenderAttribute, html};
///
/// enum Size { Small, Large }
///
/// impl RenderAttribute for Size {
///     fn render_attribute(&self, attr: Attribute<'_>) {
///         attr.value(match self { Size::Small => "sm", Size::Large => "lg" });
///     }
/// }
///
/// let page = html! { <div data-size={Size::Large} hidden={false}></div> };
/// assert_eq!(page.as_str(), r#"<div data-size="lg"></div>"#);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as an attribute value",
    label = "this value does not implement `vetted::RenderAttribute`",
    note = "implement `vetted::RenderAttribute` for it, or wrap a `Display` value as `vetted::display(&value)`"
)]
pub trait RenderAttribute {
    /// Writes this value as the attribute `attr`, or leaves it out.
    ///
    /// ```
    /// use vetted::RenderAttribute;
    /// let page = vetted::html! { <input value={Some(5)} placeholder={None::<&str>}> };
    /// assert_eq!(page.as_str(), r#"<input value="5">"#);
    /// ```
    fn render_attribute(&self, attr: Attribute<'_>);
}

/// One attribute of a start tag, about to be written; handed to
/// [`RenderAttribute::render_attribute`].
///
/// Dropping it without calling a method leaves the attribute out.
///
/// ```
/// use vetted::{Attribute, RenderAttribute, html};
///
/// struct Tags<'a>(&'a [&'a str]);
///
/// impl RenderAttribute for Tags<'_> {
///     fn render_attribute(&self, attr: Attribute<'_>) {
///         if self.0.is_empty() {
///             return; // no attribute at all
///         }
///         attr.value_with(|value| {
///             for (i, tag) in self.0.iter().enumerate() {
///                 if i > 0 {
///                     value.push_str(" ");
///                 }
///                 value.push_str(tag);
///             }
///         });
///     }
/// }
///
/// assert_eq!(html! { <p class={Tags(&["a", "b\""])}></p> }.as_str(), r#"<p class="a b&#34;"></p>"#);
/// assert_eq!(html! { <p class={Tags(&[])}></p> }.as_str(), "<p></p>");
/// ```
pub struct Attribute<'a> {
    /// The start of the attribute up to its value, ` name="`, with the name checked by the
    /// macro: written with one copy.
    start: &'static str,
    out: &'a mut String,
    /// For an enumerated attribute where leaving it out does not mean "off" (`aria-*`,
    /// `draggable`, `translate`, …), its "on" and "off" keywords, which a `bool` writes.
    keywords: Option<&'static [&'static str; 2]>,
}

impl<'a> Attribute<'a> {
    /// The attribute that starts with `start`, ` name="`.
    #[inline]
    pub(crate) fn new(start: &'static str, out: &'a mut Html) -> Self {
        Self {
            start,
            out: out.buffer(),
            keywords: None,
        }
    }

    /// The enumerated attribute that starts with `start`, whose "on" and "off" are `keywords`.
    #[inline]
    pub(crate) fn with_keywords(
        start: &'static str,
        out: &'a mut Html,
        keywords: &'static [&'static str; 2],
    ) -> Self {
        Self {
            start,
            out: out.buffer(),
            keywords: Some(keywords),
        }
    }

    /// Writes the attribute with `value`, escaped: ` name="value"`.
    ///
    /// ```
    /// # use vetted::{Attribute, RenderAttribute};
    /// struct Id(u32);
    /// impl RenderAttribute for Id {
    ///     fn render_attribute(&self, attr: Attribute<'_>) {
    ///         attr.value(&format!("item-{}", self.0));
    ///     }
    /// }
    /// assert_eq!(vetted::html! { <li id={Id(3)}></li> }.as_str(), r#"<li id="item-3"></li>"#);
    /// ```
    #[inline]
    pub fn value(self, value: &str) {
        self.value_with(|out| out.push_str(value));
    }

    /// Writes the attribute and lets `write` append its value piece by piece, each escaped.
    ///
    /// ```
    /// # use vetted::{Attribute, RenderAttribute};
    /// struct Point(i32, i32);
    /// impl RenderAttribute for Point {
    ///     fn render_attribute(&self, attr: Attribute<'_>) {
    ///         attr.value_with(|v| {
    ///             v.push_display(self.0);
    ///             v.push_str(",");
    ///             v.push_display(self.1);
    ///         });
    ///     }
    /// }
    /// assert_eq!(vetted::html! { <i data-at={Point(1, -2)}></i> }.as_str(), r#"<i data-at="1,-2"></i>"#);
    /// ```
    #[inline]
    pub fn value_with(self, write: impl FnOnce(&mut AttributeValue<'_>)) {
        self.out.push_str(self.start);
        write(&mut AttributeValue { out: self.out });
        self.out.push('"');
    }

    /// Writes the attribute with a value that `write` appends already escaped.
    #[inline]
    pub(crate) fn raw_value(self, write: impl FnOnce(&mut String)) {
        self.out.push_str(self.start);
        write(self.out);
        self.out.push('"');
    }

    /// Writes the bare attribute, ` name`, as a boolean attribute is written.
    ///
    /// ```
    /// # use vetted::{Attribute, RenderAttribute};
    /// struct Open(bool);
    /// impl RenderAttribute for Open {
    ///     fn render_attribute(&self, attr: Attribute<'_>) {
    ///         if self.0 { attr.flag() }
    ///     }
    /// }
    /// assert_eq!(vetted::html! { <details open={Open(true)}></details> }.as_str(), "<details open></details>");
    /// ```
    #[inline]
    pub fn flag(self) {
        self.boolean(true);
    }

    /// Writes a yes-or-no choice as the attribute's kind wants it: a boolean attribute
    /// (`hidden`, `disabled`, …) bare when `on` and left out when not; an enumerated attribute
    /// where leaving it out does not mean "off" with its keyword, `"true"`/`"false"` for
    /// `aria-*`, `contenteditable`, `draggable`, `spellcheck` and `writingsuggestions`,
    /// `"yes"`/`"no"` for `translate`, `"on"`/`"off"` for `autocomplete` and `autocorrect`.
    /// This is what a `bool` value does.
    ///
    /// ```
    /// # use vetted::{Attribute, RenderAttribute};
    /// struct Expanded(bool);
    /// impl RenderAttribute for Expanded {
    ///     fn render_attribute(&self, attr: Attribute<'_>) {
    ///         attr.boolean(self.0);
    ///     }
    /// }
    /// let page = vetted::html! { <button aria-expanded={Expanded(false)} disabled={Expanded(false)}></button> };
    /// assert_eq!(page.as_str(), r#"<button aria-expanded="false"></button>"#);
    /// ```
    #[inline]
    pub fn boolean(self, on: bool) {
        match (self.keywords, on) {
            (Some([keyword, _]), true) | (Some([_, keyword]), false) => {
                self.out.push_str(self.start);
                self.out.push_str(keyword);
                self.out.push('"');
            }
            // The name alone: `start` without its `="` (folded away where `start` is a
            // constant).
            (None, true) => self
                .out
                .push_str(self.start.strip_suffix("=\"").unwrap_or(self.start)),
            (None, false) => {}
        }
    }
}

/// The value of an attribute being written: everything appended is escaped for a
/// double-quoted attribute value. Made by [`Attribute::value_with`].
///
/// ```
/// # use vetted::{Attribute, RenderAttribute};
/// struct Quote;
/// impl RenderAttribute for Quote {
///     fn render_attribute(&self, attr: Attribute<'_>) {
///         attr.value_with(|v| v.push_str(r#"say "no""#));
///     }
/// }
/// assert_eq!(vetted::html! { <q title={Quote}></q> }.as_str(), r#"<q title="say &#34;no&#34;"></q>"#);
/// ```
pub struct AttributeValue<'a> {
    out: &'a mut String,
}

impl AttributeValue<'_> {
    /// Appends `text`, escaped.
    ///
    /// ```
    /// # use vetted::{Attribute, RenderAttribute};
    /// struct Amp;
    /// impl RenderAttribute for Amp {
    ///     fn render_attribute(&self, attr: Attribute<'_>) {
    ///         attr.value_with(|v| v.push_str("&"));
    ///     }
    /// }
    /// assert_eq!(vetted::html! { <b title={Amp}></b> }.as_str(), r#"<b title="&amp;"></b>"#);
    /// ```
    #[inline]
    pub fn push_str(&mut self, text: &str) {
        crate::escape::attribute(text, self.out);
    }

    /// Appends a `Display` value, escaped, without a temporary `String`.
    ///
    /// ```
    /// # use vetted::{Attribute, RenderAttribute};
    /// struct Pct(f32);
    /// impl RenderAttribute for Pct {
    ///     fn render_attribute(&self, attr: Attribute<'_>) {
    ///         attr.value_with(|v| { v.push_display(self.0 * 100.0); v.push_str("%") });
    ///     }
    /// }
    /// assert_eq!(vetted::html! { <meter title={Pct(0.5)}></meter> }.as_str(), r#"<meter title="50%"></meter>"#);
    /// ```
    pub fn push_display(&mut self, value: impl fmt::Display) {
        crate::escape::display(&value, self.out, crate::escape::attribute);
    }
}

impl RenderAttribute for str {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value(self);
    }
}

impl RenderAttribute for String {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value(self);
    }
}

impl RenderAttribute for char {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value(self.encode_utf8(&mut [0; 4]));
    }
}

impl RenderAttribute for bool {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.boolean(*self);
    }
}

// Numbers are written without escaping: digits, `-`, `.`, `e`, `NaN` and `inf` are the same in
// an attribute value.
macro_rules! attribute_integers {
    ($($integer:ty)*) => {$(
        impl RenderAttribute for $integer {
            #[inline]
            fn render_attribute(&self, attr: Attribute<'_>) {
                attr.raw_value(|out| crate::integer::write(*self, out));
            }
        }
    )*};
}

attribute_integers!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

macro_rules! attribute_floats {
    ($($float:ty)*) => {$(
        impl RenderAttribute for $float {
            #[inline]
            fn render_attribute(&self, attr: Attribute<'_>) {
                attr.raw_value(|out| out.push_str(ryu::Buffer::new().format(*self)));
            }
        }
    )*};
}

attribute_floats!(f32 f64);

impl RenderAttribute for Html {
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

forward!(RenderAttribute::render_attribute(attr: Attribute<'_>));
optional!(RenderAttribute::render_attribute(attr: Attribute<'_>));

impl<T: RenderAttribute + ToOwned + ?Sized> RenderAttribute for Cow<'_, T>
where
    T::Owned: RenderAttribute,
{
    #[inline]
    fn render_attribute(&self, attr: Attribute<'_>) {
        (**self).render_attribute(attr);
    }
}

/// `name={expr}` on an attribute that holds only text
/// ([`Sink::Attribute`](vetted_rules::sink::Sink::Attribute)). In every attribute entry point
/// `start` is the start of the attribute, ` name="`: the checked name with its leading space
/// and the quote.
#[inline]
pub fn attribute<T: RenderAttribute + ?Sized>(value: &T, start: &'static str, out: &mut Html) {
    value.render_attribute(Attribute::new(start, out));
}

/// `name={expr}` on an enumerated attribute whose keywords are `true` and `false` (`aria-*`,
/// `contenteditable`, `draggable`, `spellcheck`, `writingsuggestions`): a `bool` writes its
/// keyword ([`Sink::TrueFalseAttribute`](vetted_rules::sink::Sink::TrueFalseAttribute)).
#[inline]
pub fn true_false_attribute<T: RenderAttribute + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_attribute(Attribute::with_keywords(start, out, &keywords::TRUE_FALSE));
}

/// `name={expr}` on an enumerated attribute whose keywords are `yes` and `no` (`translate`)
/// ([`Sink::YesNoAttribute`](vetted_rules::sink::Sink::YesNoAttribute)).
#[inline]
pub fn yes_no_attribute<T: RenderAttribute + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_attribute(Attribute::with_keywords(start, out, &keywords::YES_NO));
}

/// `name={expr}` on an enumerated attribute whose keywords are `on` and `off` (`autocomplete`,
/// `autocorrect`) ([`Sink::OnOffAttribute`](vetted_rules::sink::Sink::OnOffAttribute)).
#[inline]
pub fn on_off_attribute<T: RenderAttribute + ?Sized>(
    value: &T,
    start: &'static str,
    out: &mut Html,
) {
    value.render_attribute(Attribute::with_keywords(start, out, &keywords::ON_OFF));
}
