//! What a template's component tag finds when the struct does not derive
//! [`Component`](crate::Component): a fallback whose bound says to derive it.

/// Implemented by no type: the bound that turns a tag naming a struct without
/// `#[derive(vetted::Component)]` into an error saying so.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a component: it does not derive `vetted::Component`",
    label = "a component tag builds its struct through the builder `#[derive(vetted::Component)]` writes",
    note = "add `#[derive(vetted::Component)]` to the struct, beside its `Render` impl"
)]
pub trait Derived {}

/// The `__vetted_props` a tag finds when the struct has none of its own (the derive writes an
/// inherent one, which takes precedence).
pub trait NotAComponent {
    /// Unusable: no type is `Derived`.
    fn __vetted_props() -> NotDerived
    where
        Self: Derived,
    {
        NotDerived
    }
}

impl<T: ?Sized> NotAComponent for T {}

/// What the fallback returns: it has no prop setters, so nothing more is checked.
#[derive(Debug)]
pub struct NotDerived;
