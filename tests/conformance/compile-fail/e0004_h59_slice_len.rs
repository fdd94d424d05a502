fn summarize(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [x] => *x,
        [first, second] => first + second,
    }
}

fn main() {
    let data = [1, 2, 3, 4];
    println!("{}", summarize(&data[..2]));
    println!("{}", summarize(&data));
}
