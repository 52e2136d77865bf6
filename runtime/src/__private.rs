//! Used only by the code `html!` generates. Not public API: anything here may change in any release.

pub use crate::lazy::Lazy;
pub use vetted_macros::{html, lazy, trusted};

use crate::{Attribute, Html, Render, RenderAttribute};

/// The output buffer of an error placeholder.
#[inline]
#[must_use]
pub fn buffer(capacity: usize) -> Html {
    Html::with_capacity(capacity)
}

/// The size of one invocation's output, learned from its last render: one per `html!`.
pub struct SizeHint {
    #[cfg(target_has_atomic = "ptr")]
    last: core::sync::atomic::AtomicUsize,
    #[cfg(not(target_has_atomic = "ptr"))]
    last: usize,
}

impl SizeHint {
    /// A hint starting at the template's static size.
    #[must_use]
    pub const fn new(estimate: usize) -> Self {
        Self {
            #[cfg(target_has_atomic = "ptr")]
            last: core::sync::atomic::AtomicUsize::new(estimate),
            #[cfg(not(target_has_atomic = "ptr"))]
            last: estimate,
        }
    }

    /// An empty buffer with room for the last output (capped at 16 MiB, so one huge page does
    /// not make every later one reserve as much).
    #[inline]
    #[must_use]
    pub fn buffer(&self) -> Html {
        #[cfg(target_has_atomic = "ptr")]
        let last = self.last.load(core::sync::atomic::Ordering::Relaxed);
        #[cfg(not(target_has_atomic = "ptr"))]
        let last = self.last;
        Html::with_capacity(last.min(1 << 24))
    }

    /// Remembers the length of `out`, the output just rendered.
    #[inline]
    pub fn learn(&self, out: &Html) {
        #[cfg(target_has_atomic = "ptr")]
        self.last
            .store(out.len(), core::sync::atomic::Ordering::Relaxed);
        #[cfg(not(target_has_atomic = "ptr"))]
        let _ = out;
    }
}

/// Appends markup the macro built and escaped at compile time to the buffer `html!` made for
/// itself. That buffer is never text-only where its own markup is written (only while one
/// value renders into `<title>` or `<textarea>`), so the markup goes in as it is.
#[inline]
pub fn push_static(out: &mut Html, markup: &'static str) {
    debug_assert!(
        !out.is_text_only(),
        "html!'s own markup is never inside a title"
    );
    out.buffer().push_str(markup);
}

/// Appends markup the macro built and escaped at compile time to a caller's buffer (a lazy
/// template, a component's children), which may be rendering into `<title>` or `<textarea>`:
/// there it is escaped as text.
#[inline]
pub fn push_static_nested(out: &mut Html, markup: &'static str) {
    out.push_trusted(markup);
}

/// `{expr}` in element content.
#[inline]
pub fn text<T: Render + ?Sized>(value: &T, out: &mut Html) {
    value.render_to(out);
}

/// `{expr}` in `<title>` or `<textarea>`: text, and nested `Html` escaped as text too.
#[inline]
pub fn escapable_raw_text<T: Render + ?Sized>(value: &T, out: &mut Html) {
    let outer = out.set_text_only(true);
    value.render_to(out);
    out.set_text_only(outer);
}

/// `name={expr}` on an attribute that holds plain text. In every attribute entry point `name` is
/// the start of the attribute, ` name="`: the checked name with its leading space and the quote.
#[inline]
pub fn attribute<T: RenderAttribute + ?Sized>(value: &T, name: &'static str, out: &mut Html) {
    value.render_attribute(Attribute::new(name, out));
}

pub use crate::sinks::{UrlComponent, UrlKind};

use crate::sinks::{
    RenderEventHandler, RenderJsonScript, RenderResourceUrl, RenderScript, RenderSrcdoc,
    RenderStyle, RenderStyleSheet, RenderUrl, RenderUrlPart,
};

/// A URL attribute (`href`, media `src`, `srcset`, `ping`, …), with the policy of `kind`.
#[inline]
pub fn url<T: RenderUrl + ?Sized>(value: &T, name: &'static str, kind: UrlKind, out: &mut Html) {
    value.render_url(Attribute::new(name, out), kind);
}

/// An attribute that loads code or a document (`<script src>`, `<iframe src>`, …).
#[inline]
pub fn resource_url<T: RenderResourceUrl + ?Sized>(value: &T, name: &'static str, out: &mut Html) {
    value.render_resource_url(Attribute::new(name, out));
}

/// An `on*` event handler attribute.
#[inline]
pub fn event_handler<T: RenderEventHandler + ?Sized>(
    value: &T,
    name: &'static str,
    out: &mut Html,
) {
    value.render_event_handler(Attribute::new(name, out));
}

/// A `style` attribute.
#[inline]
pub fn style<T: RenderStyle + ?Sized>(value: &T, name: &'static str, out: &mut Html) {
    value.render_style(Attribute::new(name, out));
}

/// An `srcdoc` attribute.
#[inline]
pub fn srcdoc<T: RenderSrcdoc + ?Sized>(value: &T, name: &'static str, out: &mut Html) {
    value.render_srcdoc(Attribute::new(name, out));
}

/// A dynamic part of a URL built from parts, inside the attribute's quotes.
#[inline]
pub fn url_part<T: RenderUrlPart + ?Sized>(value: &T, component: UrlComponent, out: &mut Html) {
    value.render_url_part(component, out);
}

/// A JavaScript `<script>` body.
#[inline]
pub fn script<T: RenderScript + ?Sized>(value: &T, out: &mut Html) {
    value.render_script(out);
}

/// A JSON `<script>` data block.
#[inline]
pub fn json_script<T: RenderJsonScript + ?Sized>(value: &T, out: &mut Html) {
    value.render_json_script(out);
}

/// A `<style>` body.
#[inline]
pub fn style_sheet<T: RenderStyleSheet + ?Sized>(value: &T, out: &mut Html) {
    value.render_style_sheet(out);
}

/// `..{attrs}` on an element whose literal attributes are `written`.
#[inline]
pub fn spread<T: crate::RenderSpread + ?Sized>(value: &T, written: &[&str], out: &mut Html) {
    value.render_spread(written, out);
}

/// `nonce={value}` (or stamped by `@nonce`).
#[inline]
pub fn nonce<T: crate::csp::RenderNonce + ?Sized>(value: &T, name: &'static str, out: &mut Html) {
    value.render_nonce(Attribute::new(name, out));
}

/// `csrf={value}` on a `<form>`: the hidden field, as the form's first child.
#[inline]
pub fn csrf<T: crate::csrf::CsrfProtection + ?Sized>(value: &T, out: &mut Html) {
    value.write_protection(out);
}
