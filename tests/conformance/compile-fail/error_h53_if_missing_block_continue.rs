// Trailing `&&` before the block, followed by more mistakes in the same function.
fn main() {
    let ready = true;
    let count = 3;
    if ready && {
        println!("go");
    }
    let flag: bool = count;
    let w = 5
    println!("{} {}", flag, w);
}
