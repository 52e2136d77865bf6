//! The two benchmark templates written once per engine, each in that engine's own idiom, with
//! the same output bytes for the same data (no whitespace, double-quoted attributes).

use vetted_benches::TeamsPage;

mod askama;
mod hypertext;
mod markup;
mod maud;
mod sailfish;
mod vetted;

/// One engine's renderers: each builds a fresh `String`, as a web handler would.
pub(crate) struct Engine {
    /// The engine's crate name.
    pub(crate) name: &'static str,
    /// `<table>` of `<tr>` of `<td>{n}</td>`.
    pub(crate) big_table: fn(&[Vec<usize>]) -> String,
    /// The classic "teams" page.
    pub(crate) teams: fn(&TeamsPage) -> String,
}

/// Every engine, vetted first and sailfish (the reference of the ratios) second.
pub(super) const ENGINES: &[Engine] = &[
    vetted::ENGINE,
    sailfish::ENGINE,
    maud::ENGINE,
    askama::ENGINE,
    markup::ENGINE,
    hypertext::ENGINE,
];

/// Finds an engine by name.
#[allow(dead_code, reason = "used by the render binary only")]
pub(crate) fn engine(name: &str) -> Option<&'static Engine> {
    ENGINES.iter().find(|engine| engine.name == name)
}

/// The class of a team's `<li>`: only the winner, ranked first, has one.
fn champion(rank: usize) -> Option<&'static str> {
    (rank == 0).then_some("champion")
}
