//! markup: `markup::define!` structs rendered straight into a `String` through `markup::Render`.

use markup::Render;
use vetted_benches::TeamsPage;

pub(super) const ENGINE: super::Engine = super::Engine {
    name: "markup",
    big_table,
    teams,
};

// `define!` declares `pub` structs; they stay private to this bench.
#[allow(unreachable_pub, reason = "markup::define! writes `pub struct`")]
mod templates {
    use vetted_benches::Team;

    markup::define! {
        BigTable<'a>(rows: &'a [Vec<usize>]) {
            table {
                @for row in *rows {
                    tr { @for n in row { td { @n } } }
                }
            }
        }
        Teams<'a>(year: u16, teams: &'a [Team]) {
            html {
                head { title { @year } }
                body {
                    h1 { "CSL " @year }
                    ul {
                        @for (rank, team) in teams.iter().enumerate() {
                            li[class = super::super::champion(rank)] { b { @team.name } ": " @team.score }
                        }
                    }
                }
            }
        }
    }
}

use templates::{BigTable, Teams};

fn render(template: &impl Render) -> String {
    let mut out = String::new();
    template
        .render(&mut out)
        .expect("writing to a String cannot fail");
    out
}

fn big_table(rows: &[Vec<usize>]) -> String {
    render(&BigTable { rows })
}

fn teams(page: &TeamsPage) -> String {
    render(&Teams {
        year: page.year,
        teams: &page.teams,
    })
}
