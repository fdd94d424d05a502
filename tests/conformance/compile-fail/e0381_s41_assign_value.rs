// Bindings read before any assignment: rustc suggests a value of each type.
#[derive(Debug)]
struct P { x: i32 }
#[derive(Debug, Default)]
struct Q { y: i32 }
#[derive(Debug)]
enum E { A }
fn main() {
    let a: bool;
    let b: f64;
    let c: char;
    let d: [i32; 2];
    let e: (i32, bool);
    let f: &[u8];
    let g: u8;
    let h: &i32;
    let i: P;
    let j: Q;
    let k: E;
    let l: ();
    let m: &mut i32;
    let o: [(u8, char); 3];
    println!("{} {} {} {:?} {:?} {:?} {} {} {:?} {:?} {:?} {:?} {} {:?}", a, b, c, d, e, f, g, h, i, j, k, l, m, o);
}
