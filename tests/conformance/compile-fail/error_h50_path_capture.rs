const LIMIT: u32 = 64;

fn main() {
    println!("limit is {LIMIT}");
    println!("max is {u32::MAX}");
}
