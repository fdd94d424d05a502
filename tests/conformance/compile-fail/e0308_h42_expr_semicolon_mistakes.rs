// Expression mistakes: a stray semicolon in a function body and in a block used as a value.
fn square(n: i32) -> i32 {
    // mistake 1: the semicolon turns the tail into a statement
    n * n;
}

fn hypotenuse(a: f64, b: f64) -> f64 {
    (a * a + b * b).sqrt()
}

fn main() {
    let side = 4;
    let area: i32 = {
        let s = square(side);
        // mistake 2: block evaluates to ()
        s + 1;
    };
    println!("{} {}", area, hypotenuse(3.0, 4.0));
}
