//! hypertext: its maud-like syntax, validated elements, lazy rendering into one buffer.

use hypertext::prelude::*;
use vetted_benches::TeamsPage;

pub(super) const ENGINE: super::Engine = super::Engine {
    name: "hypertext",
    big_table,
    teams,
};

fn big_table(rows: &[Vec<usize>]) -> String {
    maud! {
        table {
            @for row in rows {
                tr { @for n in row { td { (n) } } }
            }
        }
    }
    .render()
    .into_inner()
}

fn teams(page: &TeamsPage) -> String {
    maud! {
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
    .render()
    .into_inner()
}
