// lints: unused_mut unused_variables
// Lint attributes on individual let statements.
fn stats(values: &[i32]) -> (i32, i32) {
    #[allow(unused_mut)]
    let mut min = i32::MAX;
    let mut max = i32::MIN;
    #[deny(unused_variables)]
    let count = values.len();
    #[warn(unused_mut)]
    let mut first = values[0];
    for v in values {
        if *v > max {
            max = *v;
        }
    }
    (first, max)
}

fn main() {
    let mut data = [3, 9, -2, 7];
    let (a, b) = stats(&data);
    println!("{} {}", a, b);
}
