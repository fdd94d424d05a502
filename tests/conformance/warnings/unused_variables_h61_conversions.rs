// lints: unused_variables
// conversion helper with unused bindings
fn celsius_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    let temps: [f64; 3] = [0.0, 37.0, 100.0];
    let offset: i32 = 4;
    for (i, t) in temps.iter().enumerate() {
        let f = celsius_to_f(*t);
        let rounded = f.round() as i64;
        println!("{:.1}F", f);
    }
    let count = temps.len() as u32;
}
