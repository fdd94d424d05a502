// lints: unused_variables unused_mut unused_assignments
// A learner's early program full of leftovers.
fn convert(fahrenheit: f64, precise: bool) -> f64 {
    let offset = 32.0;
    let mut factor = 5.0 / 9.0;
    (fahrenheit - 32.0) * factor
}

fn main() {
    let mut x = 5;
    let y = 10;
    let mut total = 0;
    total = 42;
    total = x * 2;
    println!("total {total}");

    let mut guess = 0;
    for attempt in 0..3 {
        guess = attempt * 7;
    }

    let (a, b) = (1, 2);
    println!("a = {a}");
    let mut unused_result = convert(212.0, true);
    println!("{}", convert(100.0, false));
}
