//! `@if`, `@for`, `@while`, `@match` and `@let` inside templates.

use vetted::{Html, html};
use vetted_tests::{assert_body, el, text};

fn sign(n: i32) -> Html {
    html! {
        @if n < 0 {
            <b>"negative"</b>
        } @else if n == 0 {
            <i>"zero"</i>
        } @else {
            "positive"
        }
    }
}

#[test]
fn if_else_if_else_picks_one_branch() {
    assert_eq!(sign(-3).as_str(), "<b>negative</b>");
    assert_eq!(sign(0).as_str(), "<i>zero</i>");
    assert_eq!(sign(9).as_str(), "positive");
}

#[test]
fn if_without_else_renders_nothing_when_false() {
    for (flag, expected) in [(true, "<p>a<b>yes</b>z</p>"), (false, "<p>az</p>")] {
        let page = html! { <p>"a" @if flag { <b>"yes"</b> } "z"</p> };
        assert_eq!(page.as_str(), expected);
    }
}

#[test]
fn if_let_binds_the_pattern() {
    fn greet(user: Option<&str>) -> Html {
        html! {
            @if let Some(name) = user {
                <p>"Hi " {name}</p>
            } @else {
                <p>"Sign in"</p>
            }
        }
    }
    assert_eq!(greet(Some("<Ada>")).as_str(), "<p>Hi &#60;Ada&#62;</p>");
    assert_eq!(greet(None).as_str(), "<p>Sign in</p>");
}

#[test]
fn else_if_let_binds_the_pattern() {
    fn pick(first: Option<u8>, second: Result<u8, ()>) -> Html {
        html! {
            @if let Some(a) = first {
                "first " {a}
            } @else if let Ok(b) = second {
                "second " {b}
            } @else {
                "none"
            }
        }
    }
    assert_eq!(pick(Some(1), Ok(2)).as_str(), "first 1");
    assert_eq!(pick(None, Ok(2)).as_str(), "second 2");
    assert_eq!(pick(None, Err(())).as_str(), "none");
}

#[test]
fn let_chains_combine_patterns_and_conditions() {
    fn big(value: Option<i32>, limit: Option<i32>) -> Html {
        html! {
            @if let Some(x) = value && x > 1 && let Some(max) = limit && x < max {
                <b>{x} "<" {max}</b>
            } @else {
                "no"
            }
        }
    }
    assert_eq!(big(Some(5), Some(10)).as_str(), "<b>5&#60;10</b>");
    assert_eq!(big(Some(1), Some(10)).as_str(), "no");
    assert_eq!(big(Some(50), Some(10)).as_str(), "no");
    assert_eq!(big(None, Some(10)).as_str(), "no");
}

#[test]
fn for_renders_each_item_in_order() {
    let items = vec!["<a>", "b", "c&"];
    let page = html! { <ul> @for item in &items { <li>{item}</li> } </ul> };
    assert_eq!(
        page.as_str(),
        "<ul><li>&#60;a&#62;</li><li>b</li><li>c&amp;</li></ul>"
    );
    // Iterating by reference left the vector usable.
    assert_eq!(items.len(), 3);
    assert_body(
        page.as_str(),
        &[el(
            "ul",
            &[],
            [
                el("li", &[], [text("<a>")]),
                el("li", &[], [text("b")]),
                el("li", &[], [text("c&")]),
            ],
        )],
    );
}

#[test]
fn for_over_nothing_renders_nothing() {
    let items: Vec<String> = Vec::new();
    assert_eq!(
        html! { <ul> @for item in &items { <li>{item}</li> } </ul> }.as_str(),
        "<ul></ul>"
    );
}

#[test]
fn for_destructures_tuples_and_structs() {
    struct Point {
        x: i32,
        y: i32,
    }
    let points = [Point { x: 1, y: 2 }, Point { x: -3, y: 4 }];
    let page = html! {
        @for (i, Point { x, y }) in points.iter().enumerate() {
            <i data-index={i}>{x} "," {y}</i>
        }
    };
    assert_eq!(
        page.as_str(),
        r#"<i data-index="0">1,2</i><i data-index="1">-3,4</i>"#
    );
}

#[test]
fn for_accepts_or_patterns() {
    let results: [Result<u8, u8>; 3] = [Ok(1), Err(2), Ok(3)];
    let page = html! { @for Ok(n) | Err(n) in results { {n} } };
    assert_eq!(page.as_str(), "123");
}

#[test]
fn while_loops_until_the_condition_fails() {
    let mut stack = vec![1, 2, 3];
    let page = html! {
        @while let Some(top) = stack.pop() {
            <b>{top}</b>
        }
    };
    assert_eq!(page.as_str(), "<b>3</b><b>2</b><b>1</b>");
    assert!(stack.is_empty());

    let mut left = 3;
    let countdown = html! {
        @while left > 0 {
            {left}
            " "
            @let () = left -= 1;
        }
        "liftoff"
    };
    assert_eq!(countdown.as_str(), "3 2 1 liftoff");
}

#[test]
fn match_with_guards_and_bindings() {
    fn describe(n: i64) -> Html {
        html! {
            @match n {
                0 => { "zero" }
                x if x < 0 => { "negative " {x} }
                digit @ 1..=9 => { <b>"digit " {digit}</b> },
                _ => { "big" }
            }
        }
    }
    assert_eq!(describe(0).as_str(), "zero");
    assert_eq!(describe(-4).as_str(), "negative -4");
    assert_eq!(describe(7).as_str(), "<b>digit 7</b>");
    assert_eq!(describe(12).as_str(), "big");
}

#[test]
fn match_binds_enum_fields() {
    enum Shape {
        Circle { r: u32 },
        Rect(u32, u32),
        Empty,
    }
    let shapes = [Shape::Circle { r: 2 }, Shape::Rect(3, 4), Shape::Empty];
    let page = html! {
        @for shape in &shapes {
            @match shape {
                Shape::Circle { r } => { <circle-shape data-r={r}></circle-shape> }
                Shape::Rect(w, h) if w == h => { "square" }
                Shape::Rect(w, h) => { <rect-shape data-w={w} data-h={h}></rect-shape> }
                Shape::Empty => {}
            }
        }
    };
    assert_eq!(
        page.as_str(),
        r#"<circle-shape data-r="2"></circle-shape><rect-shape data-w="3" data-h="4"></rect-shape>"#
    );
}

#[test]
fn let_is_visible_to_later_nodes() {
    let items = ["a", "b", "c"];
    let page = html! {
        @let total = items.len();
        <p>"Total: " {total}</p>
        @let (first, rest) = items.split_first().expect("three items");
        <p>{first} "+" {rest.len()}</p>
    };
    assert_eq!(page.as_str(), "<p>Total: 3</p><p>a+2</p>");
}

#[test]
fn let_can_shadow_an_earlier_binding() {
    let page = html! {
        @let x = 1;
        {x}
        @let x = "<two>";
        {x}
    };
    assert_eq!(page.as_str(), "1&#60;two&#62;");
}

#[test]
fn let_inside_a_loop_is_per_iteration() {
    let page = html! {
        @for i in 1..=3_u32 {
            @let square = i * i;
            <i>{square}</i>
        }
    };
    assert_eq!(page.as_str(), "<i>1</i><i>4</i><i>9</i>");
}

#[test]
fn let_inside_an_element_binds_only_inside_it() {
    let page = html! {
        @let x = "outer";
        <div>
            @let x = "inner";
            {x}
        </div>
        {x}
        <ul>
            @let n = 2;
            <li>{n}</li>
            <li>{n + 1}</li>
        </ul>
    };
    assert_eq!(
        page.as_str(),
        "<div>inner</div>outer<ul><li>2</li><li>3</li></ul>"
    );
}

#[test]
fn let_inside_a_branch_binds_only_inside_it() {
    let flag = true;
    let page = html! {
        @let x = 1;
        @if flag {
            @let x = 2;
            {x}
        }
        {x}
    };
    assert_eq!(page.as_str(), "21");
}

#[test]
fn control_flow_nests_inside_elements() {
    struct Row {
        name: &'static str,
        tags: Vec<&'static str>,
        admin: bool,
    }
    let rows = [
        Row {
            name: "<Ada>",
            tags: vec!["x", "y"],
            admin: true,
        },
        Row {
            name: "Bob",
            tags: vec![],
            admin: false,
        },
    ];
    let page = html! {
        <table>
            <tbody>
                @for (i, row) in rows.iter().enumerate() {
                    <tr data-row={i}>
                        <td>{row.name} @if row.admin { " " <b>"admin"</b> } </td>
                        <td>
                            @if row.tags.is_empty() {
                                "-"
                            } @else {
                                @for tag in &row.tags { <span>{tag}</span> }
                            }
                        </td>
                    </tr>
                }
            </tbody>
        </table>
    };
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<table><tbody><tr data-row="0"><td>&#60;Ada&#62; <b>admin</b></td>"#,
            r#"<td><span>x</span><span>y</span></td></tr>"#,
            r#"<tr data-row="1"><td>Bob</td><td>-</td></tr></tbody></table>"#
        )
    );
    assert_body(
        page.as_str(),
        &[el(
            "table",
            &[],
            [el(
                "tbody",
                &[],
                [
                    el(
                        "tr",
                        &[("data-row", "0")],
                        [
                            // Adjacent text is one node in the DOM.
                            el("td", &[], [text("<Ada> "), el("b", &[], [text("admin")])]),
                            el(
                                "td",
                                &[],
                                [el("span", &[], [text("x")]), el("span", &[], [text("y")])],
                            ),
                        ],
                    ),
                    el(
                        "tr",
                        &[("data-row", "1")],
                        [el("td", &[], [text("Bob")]), el("td", &[], [text("-")])],
                    ),
                ],
            )],
        )],
    );
}

#[test]
fn control_flow_inside_title_and_textarea_writes_escaped_text() {
    let draft = true;
    let lines = ["a<", "b&"];
    let page = html! {
        <title> @if draft { "[draft] " } "Post"</title>
        <textarea> @for line in lines { {line} "\n" } </textarea>
    };
    assert_eq!(
        page.as_str(),
        "<title>[draft] Post</title><textarea>\na&#60;\nb&amp;\n</textarea>"
    );
}

#[test]
fn nested_match_inside_if_inside_for() {
    let values: [Option<u8>; 3] = [Some(1), None, Some(200)];
    let page = html! {
        @for value in values {
            @if let Some(v) = value {
                @match v {
                    0..=9 => { "s" }
                    _ => { "L" }
                }
            } @else {
                "-"
            }
        }
    };
    assert_eq!(page.as_str(), "s-L");
}

// `break`, `continue` and `return` in template code: refused where they would leave markup
// open (see `ui-tests/tests/fail/control-flow`), allowed where the markup is balanced or the
// jump stays inside the expression.

#[test]
fn loop_jumps_at_the_loop_body_top_level_skip_whole_items() {
    let items = ["3", "x", "5", "stop", "7"];
    let page = html! {
        <ul>
            @for item in items {
                @let () = if item == "stop" { break };
                @let Ok(n) = item.parse::<i32>() else { continue };
                <li>{n}</li>
                "\n"
            }
        </ul>
    };
    assert_eq!(page.as_str(), "<ul><li>3</li>\n<li>5</li>\n</ul>");

    let mut left = 5;
    let countdown = html! {
        @while left > 0 {
            @let () = left -= 1;
            @let true = left % 2 == 0 else { continue };
            <b>{left}</b>
            @let false = left == 2 else { break };
        }
        <i>"done"</i>
    };
    assert_eq!(countdown.as_str(), "<b>4</b><b>2</b><i>done</i>");
}

#[test]
fn jumps_caught_inside_a_value_are_allowed_inside_markup() {
    let rows = [[1, -2, 3], [-1, 5, 6]];
    let page = html! {
        @for row in rows {
            <tr
                data-first-negative={{ let mut at = 0; loop { if row[at] < 0 { break at } at += 1 } }}
                title={ 'sum: { if row[0] < 0 { break 'sum 0 } row.iter().sum::<i32>() } }
            >
                <td>
                    { row.iter().filter(|n| **n > 0).map(|n| if *n > 4 { scaled(*n) } else { *n }).sum::<i32>() }
                </td>
                <td>
                    {{ let mut total = 0; for n in row { if n < 0 { continue } total += n } total }}
                </td>
                <td>{ row.iter().map(|n| { if *n < 0 { return 0 } *n }).max().unwrap_or(0) }</td>
                <td>{{ let mut n = 0; loop { n += 1; if n == 5 { break n } } }}</td>
            </tr>
        }
    };
    fn scaled(n: i32) -> i32 {
        n * 10
    }
    assert_eq!(
        page.as_str(),
        concat!(
            r#"<tr data-first-negative="1" title="2"><td>4</td><td>4</td><td>3</td><td>5</td></tr>"#,
            r#"<tr data-first-negative="0" title="0"><td>110</td><td>11</td><td>6</td><td>5</td></tr>"#,
        )
    );
}

#[test]
fn returns_inside_closures_and_at_the_top_level_of_lazy_templates_are_allowed() {
    use vetted::{Render, lazy};

    fn badges<'a>(labels: &'a [&'a str]) -> impl Render + 'a {
        lazy! {
            <p>
                { labels.iter().map(|label| { if label.is_empty() { return 0 } label.len() }).sum::<usize>() }
            </p>
            // At the top level every element is closed: the rest is simply not written.
            @let [first, ..] = labels else { return };
            <b>{first}</b>
        }
    }
    let some = ["ab", "", "c"];
    assert_eq!(
        html! { <div>{badges(&some)}</div> }.as_str(),
        "<div><p>3</p><b>ab</b></div>"
    );
    assert_eq!(
        html! { <div>{badges(&[])}</div> "after" }.as_str(),
        "<div><p>0</p></div>after"
    );
}

#[test]
fn returns_at_the_top_level_of_component_children_end_only_the_children() {
    use vetted::Render;

    #[derive(vetted::Component)]
    struct Card<C> {
        children: C,
    }
    impl<C: Render> Render for Card<C> {
        fn render_to(&self, out: &mut Html) {
            out.push(&html! { <section>{self.children}</section> });
        }
    }
    let page = |name: Option<&str>| {
        html! {
            <Card>
                <h2>"Profile"</h2>
                @let Some(name) = name else { return };
                <p>{name}</p>
            </Card>
            <footer></footer>
        }
    };
    assert_eq!(
        page(Some("<Ada>")).as_str(),
        "<section><h2>Profile</h2><p>&#60;Ada&#62;</p></section><footer></footer>"
    );
    assert_eq!(
        page(None).as_str(),
        "<section><h2>Profile</h2></section><footer></footer>"
    );
}

#[test]
fn return_question_mark_and_outer_labels_in_html_drop_the_whole_buffer() {
    fn title(name: Option<&str>) -> Option<Html> {
        Some(html! { <h1 title={name?}>{name?}</h1> })
    }
    assert_eq!(
        title(Some("a")).map(Html::into_string).as_deref(),
        Some(r#"<h1 title="a">a</h1>"#)
    );
    assert!(title(None).is_none());

    fn list(items: &[&str]) -> Html {
        html! {
            <ul>
                @for item in items {
                    <li>
                        { if item.is_empty() { return html! { <p>"empty item"</p> } } else { item } }
                    </li>
                }
            </ul>
        }
    }
    assert_eq!(list(&["a", "b"]).as_str(), "<ul><li>a</li><li>b</li></ul>");
    assert_eq!(list(&["a", ""]).as_str(), "<p>empty item</p>");

    // A labeled jump names a loop around the template: the unfinished page is dropped.
    let mut pages = Vec::new();
    'pages: for group in [["a", "b"], ["c", ""], ["d", "e"]] {
        pages.push(html! {
            @for item in group {
                <li>{if item.is_empty() { continue 'pages } else { item }}</li>
            }
        });
    }
    let pages: Vec<&str> = pages.iter().map(Html::as_str).collect();
    assert_eq!(pages, ["<li>a</li><li>b</li>", "<li>d</li><li>e</li>"]);
}
