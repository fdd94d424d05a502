// Array lengths that read locals: each one is E0435, with rustc's const help.
fn main() {
    let a: usize = 4;
    let mut b = 5;
    b += 0;
    let c = 6;
    let x = [0u8; a];
    let y = [0u8; b];
    let z = [0u8; c + 1];
    println!("{:?} {:?} {:?}", x, y, z);
}
fn f(n: usize) -> usize {
    let q = [1; n];
    q.len()
}
fn g() {
    let c = 6;
    let d = 7;
    let z = [0u8; c + d];
    let w = [0u8; (c as usize) * 2];
    let v = [0u8; { let k = 2; k }];
    println!("{:?} {:?} {:?}", z, w, v);
}
