// Forgetting `&` in a slice parameter type and returning a bare slice type.
fn sum(values: [i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn evens() -> [i32] {
    [2, 4, 6, 8]
}

fn max_of(values: &[i32]) -> i32 {
    let mut best = values[0];
    for &v in values {
        if v > best {
            best = v;
        }
    }
    best
}

fn main() {
    let data = [5, 3, 9, 1];
    println!("sum {}", sum(data));
    println!("max {}", max_of(&data));
    println!("{:?}", evens());
}
