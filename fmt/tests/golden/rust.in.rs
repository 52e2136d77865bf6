//! The Rust inside the markup: laid out by prettyplease when it fits on one line with the
//! same tokens, otherwise kept as written.

use vetted::html;

fn expressions(items: &[u32], attrs: vetted::Attributes) -> vetted::Html {
    html! {
        <p id={ items.len() } ..{ &attrs } data-sum={items.iter().sum::<u32>( )}>{ a+b } {items . len()}</p>
        @if items.len()>2&&flag { "many" } @else if let Some(x)=items.first() { {x} }
        @for (i,x) in items.iter().enumerate() { {i} {*x} }
        @while let Some(top)=stack.pop() { {top} }
        @match items.len(){ 0 => { "none" } _ => { "some" } }
        // Kept: a comment, a block on several lines, a string with `//` in it.
        <p>{ a /* why */ + b }</p>
        <p>{{ let mut total = 0; for n in items { total += n } total }}</p>
        <p>{format!("https://{}",  host)}</p>
    }
}
