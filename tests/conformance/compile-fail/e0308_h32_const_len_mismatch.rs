const N: usize = 4;
const M: usize = N - 1;

fn sum(xs: [i32; N]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn main() {
    let a: [i32; M] = [1, 2, 3];
    let b = [0i32; N];
    println!("{}", sum(b));
    println!("{}", sum(a));
    let c: [u8; 2 + 2] = [1, 2, 3, 4];
    let d: [u8; N] = c;
    let e: [u8; M] = c;
    println!("{:?} {:?}", d, e);
}
