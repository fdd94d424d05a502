// Comparing values of different numeric types
fn in_range(v: u8, lo: i32, hi: i32) -> bool {
    v >= lo && v <= hi
}

fn main() {
    let count: usize = 10;
    let limit: u32 = 8;
    if count > limit {
        println!("too many");
    }
    let temp = 21.5;
    if temp > 20 {
        println!("warm");
    }
    let idx: i32 = 3;
    let arr = [1, 2, 3, 4];
    if idx < arr.len() {
        println!("{}", arr[idx as usize]);
    }
    println!("{}", in_range(5, 0, 10));
}
