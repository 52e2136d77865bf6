//! maud: its own `html!` syntax, escaping through `maud::Render`.

use maud::html;
use vetted_benches::TeamsPage;

pub(super) const ENGINE: super::Engine = super::Engine {
    name: "maud",
    big_table,
    teams,
};

fn big_table(rows: &[Vec<usize>]) -> String {
    html! {
        table {
            @for row in rows {
                tr { @for n in row { td { (n) } } }
            }
        }
    }
    .into_string()
}

fn teams(page: &TeamsPage) -> String {
    html! {
        html {
            head { title { (page.year) } }
            body {
                h1 { "CSL " (page.year) }
                ul {
                    @for (rank, team) in page.teams.iter().enumerate() {
                        li class=[super::champion(rank)] { b { (team.name) } ": " (team.score) }
                    }
                }
            }
        }
    }
    .into_string()
}
