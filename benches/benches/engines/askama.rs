//! askama: Jinja-like templates in `templates/*.html`, compiled by `#[derive(Template)]`.

use askama::Template;
use vetted_benches::{Team, TeamsPage};

pub(super) const ENGINE: super::Engine = super::Engine {
    name: "askama",
    big_table,
    teams,
};

#[derive(Template)]
#[template(path = "big-table.html")]
struct BigTable<'a> {
    rows: &'a [Vec<usize>],
}

#[derive(Template)]
#[template(path = "teams.html")]
struct Teams<'a> {
    year: u16,
    teams: &'a [Team],
}

fn big_table(rows: &[Vec<usize>]) -> String {
    BigTable { rows }
        .render()
        .expect("the template has no fallible part")
}

fn teams(page: &TeamsPage) -> String {
    Teams {
        year: page.year,
        teams: &page.teams,
    }
    .render()
    .expect("the template has no fallible part")
}
