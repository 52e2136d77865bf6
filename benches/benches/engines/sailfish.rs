//! sailfish: EJS-like templates in `templates/*.stpl`, compiled by `#[derive(TemplateSimple)]`.

use sailfish::TemplateSimple;
use vetted_benches::{Team, TeamsPage};

pub(super) const ENGINE: super::Engine = super::Engine {
    name: "sailfish",
    big_table,
    teams,
};

#[derive(TemplateSimple)]
#[template(path = "big-table.stpl")]
struct BigTable<'a> {
    rows: &'a [Vec<usize>],
}

#[derive(TemplateSimple)]
#[template(path = "teams.stpl")]
struct Teams<'a> {
    year: u16,
    teams: &'a [Team],
}

fn big_table(rows: &[Vec<usize>]) -> String {
    BigTable { rows }
        .render_once()
        .expect("the template has no fallible part")
}

fn teams(page: &TeamsPage) -> String {
    Teams {
        year: page.year,
        teams: &page.teams,
    }
    .render_once()
    .expect("the template has no fallible part")
}
