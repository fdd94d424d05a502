// Tuple indexes out of range on a tuple struct and on a tuple, and a field on a number.
struct Pair(i32, i32);

fn main() {
    let p = Pair(1, 2);
    let q = (1.5, 2.5, 3.5);
    let count = 5u32;
    println!("{} {} {}", p.2, q.3, count.value);
}
