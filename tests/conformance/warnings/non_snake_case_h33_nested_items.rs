// lints: dead_code unused_variables non_upper_case_globals non_snake_case
fn outer(n: u32) -> u32 {
    const base: u32 = 7;
    fn Helper(x: u32) -> u32 {
        x + 1
    }
    fn unused_inner() -> u32 {
        0
    }
    struct Scratch {
        a: u32,
        b: u32,
    }
    let s = Scratch { a: n, b: 2 };
    let Tmp = s.a + base;
    let spare = 4;
    Helper(Tmp)
}

fn main() {
    println!("{}", outer(3));
}
