// lints: unused_braces unused_parens
// DSP helpers with blocks wrapped around single expressions.
const TAPS: usize = { 4 };

fn fir(x: &[i32; TAPS], h: &[i32; TAPS]) -> i32 {
    let mut acc = { 0 };
    for i in 0..TAPS {
        acc += { x[i] * h[i] };
    }
    if { acc < 0 } {
        return { 0 };
    }
    while { acc > 1_000 } {
        acc /= 2;
    }
    match { acc % 3 } {
        0 => acc,
        _ => { acc - 1 }
    }
}

fn gain(v: i32) -> i32 {
    let doubled = { v * 2 };
    let shifted = ({ doubled >> 1 });
    shifted
}

fn main() {
    let x = [1, 2, 3, 4];
    let h = [4, 3, 2, 1];
    let y = fir(&x, &h);
    println!("{}", { y });
    println!("{}", gain(y));
}
