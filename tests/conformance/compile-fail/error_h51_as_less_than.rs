// Cast followed by comparison: the classic generic-argument trap
fn main() {
    let idx: i32 = 2;
    let arr = [10, 20, 30];
    if idx as usize < arr.len() {
        println!("{}", arr[idx as usize]);
    }
    let n: u8 = 7;
    let ok = n as u32 << 2;
    println!("{}", ok);
}
