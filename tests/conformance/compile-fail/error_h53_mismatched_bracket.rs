// Closing an array with `)` instead of `]`.
fn sum(xs: &[i64]) -> i64 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn main() {
    let data = [1, 2, 3, 4, 5);
    println!("{}", sum(&data));
}
