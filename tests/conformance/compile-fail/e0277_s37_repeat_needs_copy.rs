// [value; N] with N > 1 copies the value: E0277 when it is not Copy (once per type in a body); consts, N = 0 and N = 1 are fine.
#[derive(Debug, Clone)]
struct Cell { alive: bool }
#[derive(Clone, Copy)]
struct P { x: u8 }
struct Q { x: u8 }
struct Other { v: u8 }
const EMPTY: Q = Q { x: 0 };
fn board() {
    let board = [Cell { alive: false }; 4];
    let ok = [P { x: 1 }; 3];
    let one = [Q { x: 1 }; 1];
    let zero = [Q { x: 1 }; 0];
    let c = [EMPTY; 3];
    let row = [[Cell { alive: true }; 2]; 2];
    println!("{:?} {} {} {} {}", board, ok[0].x, one[0].x, zero.len(), c[0].x + row.len() as u8);
}
fn a() -> usize { let b = [Cell { alive: false }; 4]; let c = [Other { v: 1 }; 2]; let d = [Cell { alive: true }; 3]; b.len() + c.len() + d.len() }
fn b() -> usize { let row = [[Other { v: 1 }; 2]; 2]; let mut n = 1; n += 1; row.len() }
fn c(x: Other) -> usize { let r = [x; 2]; r.len() }
fn main() { board(); let _ = (a(), b(), c(Other { v: 1 })); let mut z = 0; z = 1; }
