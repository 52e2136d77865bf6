//! [`Attributes`]: attributes chosen at run time, spread onto an element with `..{attrs}`,
//! each name checked against the sink table when it is added.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use vetted_rules::attribute::{is_valid_name, sink_on_any_element};
use vetted_rules::sink::Spread;

use crate::context::Sealed;
use crate::{Html, RenderSpread, TrustedUrl};

/// Attributes chosen at run time, for `<input ..{attrs}>`.
///
/// Each name is checked when it is added: names must be plain ASCII (`a-z`, `0-9`, `-`, `_`,
/// `:`, `.`, starting with a letter or `_`, or a front-end library's `@`, `:`, `.` or `#`), and
/// a name that means code or a URL on any element is refused (`on*`, `style`, `srcdoc`,
/// `http-equiv`, resource URLs, attributes that htmx, Alpine, Vue, AngularJS, Knockout,
/// _hyperscript or Datastar run as code, …), except that a URL
/// attribute takes a [`TrustedUrl`] through [`set_url`](Self::set_url). Values are escaped and
/// double-quoted when rendered.
///
/// Attributes written on the element win: a spread entry with the same name (in any case) is
/// left out, even when the element's own attribute renders nothing (`title={None::<&str>}`).
/// Spreads are refused at compile time on elements whose attributes load code, submit data or
/// change how the page reads (`script`, `iframe`, `link`, `form`, `base`, `meta`, …), and one
/// element takes at most one spread.
///
/// ```
/// use vetted::{Attributes, html};
///
/// let mut extra = Attributes::new();
/// extra.set("placeholder", "Your <name>")?.set_flag("required")?.set("class", "ignored")?;
/// assert!(extra.set("onfocus", "alert(1)").is_err());
/// assert!(extra.set("href", "/x").is_err());
///
/// let page = html! { <input class="field" ..{extra}> };
/// assert_eq!(page.as_str(), r#"<input class="field" placeholder="Your &#60;name&#62;" required>"#);
/// # Ok::<(), vetted::AttributeError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    entries: Vec<(String, Value)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Value {
    Text(String),
    Flag,
    Url(TrustedUrl),
}

/// Why an attribute could not be added to [`Attributes`].
///
/// ```
/// let error = vetted::Attributes::new().set("onclick", "x").unwrap_err();
/// assert_eq!(error.to_string(), "`onclick` cannot be spread: it runs as JavaScript; write it literally with a `vetted::TrustedScript`");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AttributeError {
    /// The name is empty or holds characters outside `a-z`, `A-Z`, `0-9`, `-`, `_`, `:`, `.`.
    InvalidName {
        /// The refused name.
        name: String,
    },
    /// The name is already in this spread.
    Duplicate {
        /// The repeated name.
        name: String,
    },
    /// The attribute holds a URL: it takes a [`TrustedUrl`] through
    /// [`Attributes::set_url`].
    NeedsTrustedUrl {
        /// The attribute's name.
        name: String,
    },
    /// The attribute runs code, loads code or a document, or changes how the page is read: it
    /// cannot come from a spread.
    NotSpreadable {
        /// The attribute's name.
        name: String,
        /// Why, in a few words.
        reason: &'static str,
    },
}

impl fmt::Display for AttributeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidName { name } if name.is_empty() => {
                f.write_str("an attribute name cannot be empty")
            }
            Self::InvalidName { name } => write!(
                f,
                "`{name}` is not a valid attribute name: use ASCII letters, digits, `-`, `_`, `:` and `.`, starting with a letter, `_`, or a front-end library's `@`, `:`, `.` or `#`"
            ),
            Self::Duplicate { name } => write!(f, "`{name}` is already in these attributes"),
            Self::NeedsTrustedUrl { name } => write!(
                f,
                "`{name}` holds a URL; add it with `set_url` and a `vetted::TrustedUrl`"
            ),
            Self::NotSpreadable { name, reason } => {
                write!(f, "`{name}` cannot be spread: {reason}")
            }
        }
    }
}

impl core::error::Error for AttributeError {}

impl Attributes {
    /// No attributes.
    ///
    /// ```
    /// assert!(vetted::Attributes::new().is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    /// Whether no attribute was added.
    ///
    /// ```
    /// let mut attrs = vetted::Attributes::new();
    /// attrs.set_flag("hidden")?;
    /// assert!(!attrs.is_empty());
    /// # Ok::<(), vetted::AttributeError>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds `name="value"` for an attribute that holds plain text.
    ///
    /// ```
    /// let mut attrs = vetted::Attributes::new();
    /// attrs.set("aria-label", "Close")?;
    /// assert_eq!(vetted::html! { <button ..{attrs}></button> }.as_str(), r#"<button aria-label="Close"></button>"#);
    /// # Ok::<(), vetted::AttributeError>(())
    /// ```
    pub fn set(
        &mut self,
        name: &str,
        value: impl Into<String>,
    ) -> Result<&mut Self, AttributeError> {
        self.add(name, Value::Text(value.into()))
    }

    /// Adds the bare boolean attribute `name`, or on an enumerated attribute where leaving it
    /// out does not mean "off" (`aria-*`, `draggable`, `translate`, …) its "on" keyword, as a
    /// `true` value in a template writes it.
    ///
    /// ```
    /// let mut attrs = vetted::Attributes::new();
    /// attrs.set_flag("disabled")?.set_flag("aria-disabled")?;
    /// assert_eq!(
    ///     vetted::html! { <button ..{attrs}></button> }.as_str(),
    ///     r#"<button disabled aria-disabled="true"></button>"#,
    /// );
    /// # Ok::<(), vetted::AttributeError>(())
    /// ```
    pub fn set_flag(&mut self, name: &str) -> Result<&mut Self, AttributeError> {
        self.add(name, Value::Flag)
    }

    /// Adds a URL attribute (`href`, `action`, `cite`, media `src`, …) with a trusted URL.
    /// Resource URLs (`script src`, …) cannot be spread.
    ///
    /// ```
    /// let mut attrs = vetted::Attributes::new();
    /// attrs.set_url("href", vetted::TrustedUrl::new("/help")?)?;
    /// assert_eq!(vetted::html! { <a ..{attrs}>"?"</a> }.as_str(), r#"<a href="/help">?</a>"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn set_url(&mut self, name: &str, url: TrustedUrl) -> Result<&mut Self, AttributeError> {
        self.add(name, Value::Url(url))
    }

    fn add(&mut self, name: &str, mut value: Value) -> Result<&mut Self, AttributeError> {
        let owned = || String::from(name);
        if !is_valid_name(name) {
            return Err(AttributeError::InvalidName { name: owned() });
        }
        // Names are refused by the sink they are on any element that takes a spread.
        match (sink_on_any_element(name).spread(), &value) {
            (Spread::Refused { reason }, _) => {
                return Err(AttributeError::NotSpreadable {
                    name: owned(),
                    reason,
                });
            }
            (Spread::TrustedUrl, Value::Text(_) | Value::Flag) => {
                return Err(AttributeError::NeedsTrustedUrl { name: owned() });
            }
            // An enumerated attribute where leaving it out is not "off": a flag is its "on".
            (Spread::Keywords([on, _]), Value::Flag) => value = Value::Text(String::from(*on)),
            (Spread::Text | Spread::Keywords(_), Value::Url(_)) => {
                return Err(AttributeError::NotSpreadable {
                    name: owned(),
                    reason: "it does not hold a URL, so `set_url` does not apply; add it with `set`",
                });
            }
            (Spread::TrustedUrl, Value::Url(_))
            | (Spread::Text, Value::Text(_) | Value::Flag)
            | (Spread::Keywords(_), Value::Text(_)) => {}
        }
        if self
            .entries
            .iter()
            .any(|(other, _)| other.eq_ignore_ascii_case(name))
        {
            return Err(AttributeError::Duplicate { name: owned() });
        }
        self.entries.push((owned(), value));
        Ok(self)
    }

    /// Writes every entry not named in `written` (the element's literal attributes).
    pub(crate) fn render(&self, written: &[&str], out: &mut Html) {
        for (name, value) in &self.entries {
            if written
                .iter()
                .any(|literal| literal.eq_ignore_ascii_case(name))
            {
                continue;
            }
            let out = out.buffer();
            out.push(' ');
            out.push_str(name);
            let text = match value {
                Value::Flag => continue,
                Value::Text(text) => text.as_str(),
                Value::Url(url) => url.as_str(),
            };
            out.push_str("=\"");
            crate::escape::attribute(text, out);
            out.push('"');
        }
    }
}

impl Sealed for Attributes {}

impl RenderSpread for Attributes {
    fn render_spread(&self, written: &[&str], out: &mut Html) {
        self.render(written, out);
    }
}
