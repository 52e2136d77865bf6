//! vetted: `html!` markup; text and attributes escaped by context.

use vetted::html;
use vetted_benches::TeamsPage;

pub(super) const ENGINE: super::Engine = super::Engine {
    name: "vetted",
    big_table,
    teams,
};

fn big_table(rows: &[Vec<usize>]) -> String {
    html! {
        <table>
            @for row in rows {
                <tr> @for n in row { <td>{n}</td> } </tr>
            }
        </table>
    }
    .into_string()
}

fn teams(page: &TeamsPage) -> String {
    html! {
        <html>
            <head><title>{page.year}</title></head>
            <body>
                <h1>"CSL " {page.year}</h1>
                <ul>
                    @for (rank, team) in page.teams.iter().enumerate() {
                        <li class={super::champion(rank)}><b>{team.name}</b> ": " {team.score}</li>
                    }
                </ul>
            </body>
        </html>
    }
    .into_string()
}
