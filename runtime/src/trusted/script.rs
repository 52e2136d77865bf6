//! [`TrustedScript`]: JavaScript for `<script>` bodies and event handlers.

use alloc::borrow::Cow;
use alloc::string::String;
use core::fmt;

use vetted_rules::code;

use super::TrustedError;
use crate::context::Sealed;
use crate::{Attribute, Html, RenderEventHandler, RenderLibraryCode, RenderScript};

/// JavaScript for a `<script>` body or an `on*` handler. Made from a literal with
/// [`trusted_script!`](crate::trusted_script), or with
/// [`dangerously_from_string`](Self::dangerously_from_string), which cannot check the code but
/// refuses text that would end its `<script>` early.
///
/// ```
/// use vetted::{html, trusted_script};
///
/// let handler = trusted_script!("history.back()");
/// let page = html! { <button onclick={handler}>"Back"</button> };
/// assert_eq!(page.as_str(), r#"<button onclick="history.back()">Back</button>"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrustedScript(Cow<'static, str>);

trusted_type_basics!(TrustedScript, "vetted::trusted_script!(\"void 0\")");
literal_constructor!(TrustedScript, super::script_literal);

impl TrustedScript {
    /// The caller guarantees `script` is code it means to run (from a build step, say); this
    /// only refuses text containing `</script`, `<!--`, `<script` or `</noscript` (any case),
    /// which would let the rest of the page be read as script, or ending in the start of one
    /// (`<`, `</scr`), which the text written after it could complete.
    ///
    /// ```
    /// // XSS SAFETY: bundled by our build, not user input.
    /// let script = vetted::TrustedScript::dangerously_from_string(String::from("init()"))?;
    /// assert_eq!(script.as_str(), "init()");
    /// assert!(vetted::TrustedScript::dangerously_from_string("'</SCRIPT>'").is_err());
    /// # Ok::<(), vetted::TrustedError>(())
    /// ```
    pub fn dangerously_from_string(script: impl Into<String>) -> Result<Self, TrustedError> {
        let script = script.into();
        if let Some(sequence) = code::script_breakout(&script) {
            return Err(TrustedError::ScriptBreakout { sequence });
        }
        match code::script_open_end(&script) {
            Some(sequence) => Err(TrustedError::EndsInBreakoutStart { sequence }),
            None => Ok(Self(Cow::Owned(script))),
        }
    }
}

shown_as_text!(TrustedScript);

impl Sealed for TrustedScript {}

impl RenderEventHandler for TrustedScript {
    #[inline]
    fn render_event_handler(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}

impl RenderScript for TrustedScript {
    #[inline]
    fn render_script(&self, out: &mut Html) {
        // Made from a checked literal or refused at construction if it holds `</script`,
        // `<!--` or `<script`: it cannot leave the element.
        out.push_trusted(self.as_str());
    }
}

impl<L> RenderLibraryCode<L> for TrustedScript {
    #[inline]
    fn render_library_code(&self, attr: Attribute<'_>) {
        attr.value(self.as_str());
    }
}
