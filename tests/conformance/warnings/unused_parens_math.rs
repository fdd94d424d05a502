// lints: unused_parens
// Parentheses around conditions, returned values and assigned expressions.
fn bmi(weight_kg: f64, height_m: f64) -> f64 {
    return (weight_kg / (height_m * height_m));
}

fn main() {
    let w = 72.0;
    let h = 1.8;
    let value = (bmi(w, h));
    if (value > 25.0) {
        println!("overweight");
    }
    let mut i = 0;
    while (i < 3) {
        i += 1;
    }
    for n in (0..2) {
        println!("{}", n);
    }
    match (i) {
        3 => println!("three {:.2}", value),
        _ => println!("other"),
    }
}
