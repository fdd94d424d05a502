// `elseif` written as one word.
fn sign(x: i64) -> i64 {
    if x > 0 {
        1
    } elseif x < 0 {
        -1
    } else {
        0
    }
}

fn main() {
    let xs = [5, -2, 0];
    let mut acc = 0;
    for x in xs {
        acc += sign(x);
    }
    println!("{}", acc);
}
