//! Every kind of control flow: `@if` chains (with `let` and `&&`), `@for`, `@while` (and
//! `@while let`), `@match` with guards and `|` patterns.

enum Shape {
    Circle(u32),
    Square(u32),
    Dot,
}

fn render(n: Option<u32>, shapes: &[Shape]) -> vetted::Html {
    let mut countdown = 3;
    let mut stack = vec!["x", "y"];
    vetted::html! {
        @if let Some(n) = n && n > 10 {
            <p>"big " {n}</p>
        } @else if let Some(n) = n {
            <p>"small " {n}</p>
        } @else {
            <p>"none"</p>
        }
        <ul>
            @for shape in shapes {
                @match shape {
                    Shape::Circle(r) if *r > 5 => { <li>"large circle"</li> }
                    Shape::Circle(r) => { <li>"circle " {r}</li> }
                    Shape::Square(0) | Shape::Dot => { <li>"point"</li> },
                    Shape::Square(side) => { <li>"square " {side}</li> }
                }
            }
        </ul>
        @while countdown > 0 {
            <i>{countdown}</i>
            @let _ = { countdown -= 1; };
        }
        @while let Some(top) = stack.pop() { <b>{top}</b> }
    }
}

fn main() {
    let shapes = [Shape::Circle(9), Shape::Circle(2), Shape::Square(0), Shape::Dot, Shape::Square(3)];
    assert_eq!(
        render(Some(42), &shapes).as_str(),
        concat!(
            "<p>big 42</p><ul><li>large circle</li><li>circle 2</li><li>point</li>",
            "<li>point</li><li>square 3</li></ul><i>3</i><i>2</i><i>1</i><b>y</b><b>x</b>",
        ),
    );
    assert_eq!(render(Some(7), &[]).as_str(), "<p>small 7</p><ul></ul><i>3</i><i>2</i><i>1</i><b>y</b><b>x</b>");
    assert_eq!(render(None, &[]).as_str(), "<p>none</p><ul></ul><i>3</i><i>2</i><i>1</i><b>y</b><b>x</b>");
}
