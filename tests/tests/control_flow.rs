//! `@if`, `@for`, `@while`, `@match` and `@let` inside templates.

use vetted::{Html, html};
use vetted_tests::{assert_body, el, text};

fn sign(n: i32) -> Html {
    html! {
        @if n < 0 { <b>"negative"</b> }
        @else if n == 0 { <i>"zero"</i> }
        @else { "positive" }
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
            @if let Some(name) = user { <p>"Hi " {name}</p> } @else { <p>"Sign in"</p> }
        }
    }
    assert_eq!(greet(Some("<Ada>")).as_str(), "<p>Hi &lt;Ada&gt;</p>");
    assert_eq!(greet(None).as_str(), "<p>Sign in</p>");
}

#[test]
fn else_if_let_binds_the_pattern() {
    fn pick(first: Option<u8>, second: Result<u8, ()>) -> Html {
        html! {
            @if let Some(a) = first { "first " {a} }
            @else if let Ok(b) = second { "second " {b} }
            @else { "none" }
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
    assert_eq!(big(Some(5), Some(10)).as_str(), "<b>5&lt;10</b>");
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
        "<ul><li>&lt;a&gt;</li><li>b</li><li>c&amp;</li></ul>"
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
    let page = html! { @while let Some(top) = stack.pop() { <b>{top}</b> } };
    assert_eq!(page.as_str(), "<b>3</b><b>2</b><b>1</b>");
    assert!(stack.is_empty());

    let mut left = 3;
    let countdown = html! {
        @while left > 0 {
            {left} " "
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
    assert_eq!(page.as_str(), "1&lt;two&gt;");
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
        <div>@let x = "inner"; {x}</div>
        {x}
        <ul>@let n = 2; <li>{n}</li><li>{n + 1}</li></ul>
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
        @if flag { @let x = 2; {x} }
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
                        <td>{row.name} @if row.admin { " " <b>"admin"</b> }</td>
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
            r#"<table><tbody><tr data-row="0"><td>&lt;Ada&gt; <b>admin</b></td>"#,
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
        <title>@if draft { "[draft] " } "Post"</title>
        <textarea>@for line in lines { {line} "\n" }</textarea>
    };
    assert_eq!(
        page.as_str(),
        "<title>[draft] Post</title><textarea>\na&lt;\nb&amp;\n</textarea>"
    );
}

#[test]
fn nested_match_inside_if_inside_for() {
    let values: [Option<u8>; 3] = [Some(1), None, Some(200)];
    let page = html! {
        @for value in values {
            @if let Some(v) = value {
                @match v { 0..=9 => { "s" } _ => { "L" } }
            } @else {
                "-"
            }
        }
    };
    assert_eq!(page.as_str(), "s-L");
}
