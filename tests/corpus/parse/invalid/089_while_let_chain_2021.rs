// edition:2021
fn drain_positive(v: &mut Vec<i32>) -> i32 {
    let mut total = 0;
    while let Some(x) = v.pop() && x > 0 {
        total += x;
    }
    total
}

fn main() {
    let mut v = vec![-1, 2, 3];
    println!("{}", drain_positive(&mut v));
}
