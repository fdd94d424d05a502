// lints: unconditional_panic
// regen: build
// Division by constant zero and out-of-range constant indices
fn main() {
    let total = 100;
    let avg = total / 0;
    let rem = 7 % 0;
    let arr = [1, 2, 3];
    let x = arr[3];
    let y = i32::MIN / -1;
    let z = i64::MIN % -1;
    println!("{} {} {} {} {}", avg, rem, x, y, z);
}
