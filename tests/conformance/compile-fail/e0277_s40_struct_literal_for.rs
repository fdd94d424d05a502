// A struct literal in a `for` head needs its parentheses (no unused_parens
// warning), but a plain struct is not something to loop over.
struct Range3 {
    start: u32,
    end: u32,
}

fn main() {
    for step in (Range3 { start: 1, end: 4 }) {
        println!("step {}", step);
    }
    let r = Range3 { start: 2, end: 5 };
    for step in r.start..r.end {
        println!("{}", step);
    }
}
