// After an arm, element or break value of the error type, rustc's CoerceMany compares no later one; casts, conditions and index ranges of an error are the error.
fn coerce_many() {
    let a = [1.0, nope(), "x"];
    let b: [f64; 3] = [1.0, nope2(), "y"];
    let c = loop { if a.len() > 1 { break 1.5; } if b.len() > 2 { break nope3(); } break "z"; };
    let d = if a.len() > 0 { nope4() } else { "w" };
    let e: bool = d;
    println!("{:?} {:?} {}", a, b, c);
}
fn main() {
    let hist = [0u32; 5];
    let b = bucketof(7) as usize;            // E0425
    let slot: u32 = b;                       // rustc: silent; sluice E0308
    let grade = if passed(84) { 'A' } else { 'F' };  // E0425
    let g: u8 = grade;                       // rustc: silent; sluice E0308
    let tail = &hist[start()..];             // E0425
    let first: u32 = tail;                   // rustc: silent; sluice E0308
    println!("{} {} {}", slot, g, first);
}
