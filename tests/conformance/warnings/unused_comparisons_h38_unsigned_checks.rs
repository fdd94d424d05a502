// lints: unused_comparisons unused_must_use path_statements
// Defensive checks that can never be false, and expressions used as statements.
fn safe_index(i: usize, len: usize) -> bool {
    i >= 0 && i < len
}

fn validate(age: u8) -> &'static str {
    if age < 0 {
        "impossible"
    } else if age > 150 {
        "suspicious"
    } else {
        "ok"
    }
}

fn main() {
    let mut count: u32 = 10;
    count + 1;
    count == 11;
    count;
    count.wrapping_add(5);
    count += 1;
    println!("{} {} {}", safe_index(2, 5), validate(200), count);
}
