// Table of constants built with associated-function call syntax.
const ROOT_TWO: f64 = f64::sqrt(2.0);
const HALF_ROOT: f64 = ROOT_TWO / 2.0;
const START_LETTER: bool = char::is_alphabetic('k');
const BLOCK: usize = usize::pow(2, 4);

fn rotate45(x: f64, y: f64) -> (f64, f64) {
    (HALF_ROOT * (x - y), HALF_ROOT * (x + y))
}

fn main() {
    let buf = [0u8; BLOCK];
    println!("{:?} {} {}", rotate45(1.0, 0.0), START_LETTER, buf.len());
}
