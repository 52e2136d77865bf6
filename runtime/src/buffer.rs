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

/// The static markup of one `html!` or `lazy!` invocation, which the macro built and escaped
/// at compile time: the constants of a type it declares for that invocation. The raw writers
/// below take markup only from here, so a string made at run time can never reach them.
pub trait StaticMarkup {
    /// The chunks, appended by index.
    const CHUNKS: &'static [&'static str];
}

/// Appends chunk `index` of `M` to the buffer `html!` made for itself. That buffer is never
/// text-only where its own markup is written (only while one value renders into `<title>` or
/// `<textarea>`), so the markup goes in as it is.
#[inline]
pub fn push_static<M: StaticMarkup>(out: &mut Html, index: usize) {
    debug_assert!(
        !out.is_text_only(),
        "html!'s own markup is never inside a title"
    );
    out.buffer().push_str(M::CHUNKS[index]);
}

/// Appends chunk `index` of `M` to a caller's buffer (a lazy template, a component's
/// children), which may be rendering into `<title>` or `<textarea>`: there it is escaped as
/// text.
#[inline]
pub fn push_static_nested<M: StaticMarkup>(out: &mut Html, index: usize) {
    out.push_trusted(M::CHUNKS[index]);
}
