//! What generated code needs of the output buffer besides the sinks: its first capacity,
//! learned per template, and the static markup the macro built at compile time.

use crate::Html;

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
