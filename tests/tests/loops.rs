//! `@for` bodies that start and end with markup are generated with the closing and opening
//! markup of two iterations merged into one piece (`</td><td>`). These tests check the output
//! is exactly what the plain loop writes, for every number of items, nested, in every buffer.

use proptest::prelude::*;
use vetted::{Html, html, lazy};
use vetted_tests::{SCRIPTING, body_children, el_vec, text};

/// The table the merged loops must write, built by hand.
fn expected_table(rows: &[Vec<i64>]) -> String {
    let mut out = String::from("<table>");
    for row in rows {
        out.push_str("<tr>");
        for n in row {
            out.push_str(&format!("<td>{n}</td>"));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
    out
}

fn table(rows: &[Vec<i64>]) -> Html {
    html! {
        <table>
            @for row in rows {
                <tr> @for n in row { <td>{n}</td> } </tr>
            }
        </table>
    }
}

#[test]
fn merged_loops_write_each_item_once_for_zero_one_and_many_items() {
    for rows in [
        vec![],
        vec![vec![]],
        vec![vec![7]],
        vec![vec![1, 2]],
        vec![vec![], vec![3], vec![-4, 5, 6]],
    ] {
        let page = table(&rows);
        assert_eq!(page.as_str(), expected_table(&rows), "{rows:?}");
        // And a parser builds one cell per item, in order.
        let cells: Vec<_> = rows
            .iter()
            .map(|row| {
                let tds = row
                    .iter()
                    .map(|n| el_vec("td", &[], vec![text(&n.to_string())]))
                    .collect();
                el_vec("tr", &[], tds)
            })
            .collect();
        let tbody = if cells.is_empty() {
            vec![]
        } else {
            vec![el_vec("tbody", &[], cells)]
        };
        for scripting in SCRIPTING {
            assert_eq!(
                body_children(page.as_str(), scripting),
                [el_vec("table", &[], tbody.clone())]
            );
        }
    }
}

#[test]
fn merged_loops_keep_the_iterators_temporaries_alive() {
    fn words() -> Vec<String> {
        vec!["a".into(), "<b>".into()]
    }
    // The vector is a temporary of the loop's expression: it lives for the whole loop.
    let page = html! { @for s in words().iter() { <i>{s}</i> } };
    assert_eq!(page.as_str(), "<i>a</i><i>&#60;b&#62;</i>");
}

#[test]
fn merged_loops_take_any_irrefutable_pattern() {
    let pairs = [(1, "x"), (2, "y")];
    let page = html! { <ol> @for &(n, s) in &pairs { <li value={n}>{s}</li> } </ol> };
    assert_eq!(
        page.as_str(),
        r#"<ol><li value="1">x</li><li value="2">y</li></ol>"#
    );
}

#[test]
fn loops_that_skip_at_the_top_level_are_not_merged_and_stay_balanced() {
    let items = [Some(1), None, Some(3)];
    let page = html! {
        <ul>
            @for item in items {
                @let Some(n) = item else { continue };
                <li>{n}</li>
            }
        </ul>
    };
    assert_eq!(page.as_str(), "<ul><li>1</li><li>3</li></ul>");
}

#[test]
fn loops_with_continue_between_markup_write_no_stray_markup() {
    // The body starts and ends with markup, but `continue` would skip the end: not merged.
    let ns = [1, 2, 3];
    let page = html! {
        @for n in ns {
            <i>{n}</i>
            @let true = n != 2 else { continue };
            <b>{n}</b>
        }
    };
    assert_eq!(page.as_str(), "<i>1</i><b>1</b><i>2</i><i>3</i><b>3</b>");
}

#[test]
fn merged_loops_with_a_break_of_their_own_loop_write_every_item() {
    // The `break` ends the value's own `while`, not the template's loop: the loop is merged.
    let ns = [1, 3];
    let page = html! {
        <ul>
            @for n in ns {
                <li>
                    {{
                        let mut k = 0;
                        while k < n {
                            k += 1;
                            if k == 2 {
                                break;
                            }
                        }
                        k
                    }}
                </li>
            }
        </ul>
    };
    assert_eq!(page.as_str(), "<ul><li>1</li><li>2</li></ul>");
}

#[test]
fn merged_loops_in_a_lazy_template_are_escaped_inside_a_title() {
    let words = ["a", "b"];
    let fragment = lazy! { @for w in words { <b>{w}</b> } };
    let page = html! { <title>{fragment}</title><p>{fragment}</p> };
    assert_eq!(
        page.as_str(),
        "<title>&#60;b&#62;a&#60;/b&#62;&#60;b&#62;b&#60;/b&#62;</title><p><b>a</b><b>b</b></p>"
    );
}

#[test]
fn integers_are_written_as_display_writes_them_in_every_context() {
    for n in [
        0_i64,
        9,
        10,
        99,
        100,
        999,
        1000,
        9999,
        10_000,
        -1,
        -10_000,
        i64::MAX,
        i64::MIN,
    ] {
        let page = html! { <p data-n={n}>{n}</p><title>{n}</title><a href=("/n/" {n})>"x"</a> };
        assert_eq!(
            page.as_str(),
            format!(r#"<p data-n="{n}">{n}</p><title>{n}</title><a href="/n/{n}">x</a>"#)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn merged_loops_match_the_plain_loop(rows in prop::collection::vec(prop::collection::vec(any::<i64>(), 0..6), 0..6)) {
        prop_assert_eq!(table(&rows).into_string(), expected_table(&rows));
    }
}
