// array of the wrong length
const WEIGHTS: [i32; 3] = [1, 2, 3, 4];

fn dot(a: [i32; 3], b: [i32; 3]) -> i32 {
    let mut s = 0;
    for i in 0..3 {
        s += a[i] * b[i];
    }
    s
}

fn main() {
    let v: [i32; 3] = [4, 5, 6];
    println!("{}", dot(v, WEIGHTS));
    let w = [7, 8, 9, 10];
    println!("{}", dot(w, v));
}
