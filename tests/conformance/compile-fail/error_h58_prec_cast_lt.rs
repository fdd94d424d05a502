fn main() {
    let count = 3i32;
    let limit = 10i64;
    if count as i64 < limit {
        println!("small");
    }
}
