// Valid: local items with shadowing across blocks.
const N: usize = 3;

fn fill() -> [u8; N] {
    const N: usize = 2;
    let mut out = [0u8; 3];
    let mut i = 0;
    while i < N {
        out[i] = i as u8 + 1;
        i += 1;
    }
    out
}

fn main() {
    let a = fill();
    let total = {
        fn add(xs: &[u8]) -> u32 {
            let mut s = 0u32;
            for &x in xs {
                s += x as u32;
            }
            s
        }
        add(&a)
    };
    let shadow = {
        let total = total * 2;
        total + 1
    };
    mod_like();
    println!("{:?} {} {} {}", a, total, shadow, N);

    fn mod_like() {
        use std::f64::consts::PI as P;
        println!("{:.2}", P);
    }
}
