// Casting to unsized types: slice types without a reference.
fn sum(values: &[u32]) -> u32 {
    let mut s = 0;
    for v in values {
        s += v;
    }
    s
}

fn main() {
    let data = [4u32, 5, 6];
    let slice = data as [u32];
    let name = b"disk0" as [u8];
    println!("{} {}", sum(&data), name.len());
    let _ = slice;
}
