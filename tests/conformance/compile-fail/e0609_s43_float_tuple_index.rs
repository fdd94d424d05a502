// Tuple fields written as float literals: `1e5` is one (missing) field,
// `0.1e1` two fields sharing the token.
fn main() {
    let pair = (1, 2);
    let nested = ((1, 2), 3);
    let a = pair.1e5;
    let b = nested.0.1e1;
    let c = pair.0e1;
    let d = nested.0.1;
    println!("{} {} {} {}", a, b, c, d);
}
