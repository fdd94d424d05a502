fn max(a: i32, b: i32) -> i32 {
    if a > b { a } else { b }
}

fn main() {
    let scores = [12, 40, 33];
    let mut max = 0;
    for s in scores {
        max = max(max, s);
    }
    println!("{}", max);
}
