//! `@if`, `@else if`, `@else`, `@for`, `@while`, `@match` and `@let`, nested.

use vetted::html;

fn sign(n: i32) -> vetted::Html {
    html! {
        @if n < 0 { <b>"negative"</b> }
        @else if n == 0 { <i>"zero"</i> }
        @else { "positive" }
    }
}

fn short_loop(items: &[&str]) -> vetted::Html {
    html! { <ul> @for item in items { <li>{item}</li> } </ul> }
}

fn nested(rows: &[Row], user: Option<&User>) -> vetted::Html {
    html! {
        <table>
        @for (i, row) in rows.iter().enumerate() {
        <tr class:odd={i % 2 == 1}>
        @if let Some(User { name, .. }) = user { <td>{name}</td> } @else if row.anonymous { <td>"anonymous"</td> } @else {}
        @match row.kind { Kind::A => { <td>"a"</td> } Kind::B(n) if n > 2 => { <td>{n}</td> }, _ => {} }
        </tr>
        }
        </table>
    }
}

fn loops(mut left: u32) -> vetted::Html {
    html! {
        @while left > 0 { {left} " " @let () = left -= 1; }
        @let total: u32 = (0..10).map(|i| i * 2).sum();
        @let Some(first) = Some(total) else { return };
        @match total {
            0 => { "none" }
            n if n > 2 => {
                <em>{n}</em>
            }
            _ => { <span class="a-long-class-name-to-fill-the-line" id="and-an-id-to-fill-it-more">"few"</span> },
        }
        @if let S { a } = s { {a} }
    }
}
