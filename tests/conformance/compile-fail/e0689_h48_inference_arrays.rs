// Integer and float literal inference through array elements and loops.
fn takes_u8(x: u8) -> u8 {
    x.wrapping_mul(3)
}

fn main() {
    let a = [1, 2, 3, 250];
    let mut acc = 0;
    for x in a {
        acc = takes_u8(x).wrapping_add(acc);
    }
    println!("acc = {acc}");

    let b = [10, 20, 30];
    let total: i64 = b[0] + b[1] + b[2];
    println!("total = {total}, max = {}", i64::MAX.abs_diff(b[2]));

    let mut c = [0; 3];
    c[1] = 7u16;
    println!("c = {:?}, bits = {}", c, c[1].count_ones());

    let fs = [1.5, 2.25, -0.125];
    let mut prod = 1.0;
    for f in &fs {
        prod *= f;
    }
    println!("prod = {prod}, floor = {}", prod.floor());

    let idx = [2, 0, 1];
    let names = ["zero", "one", "two"];
    for i in idx {
        print!("{} ", names[i]);
    }
    println!();

    let d = [-3, 7, -11];
    let mut m = 0;
    for &x in d.iter() {
        m = m.max(x.abs());
    }
    println!("m = {m}, signum = {}", d[2].signum());
    let neg = [-1i8; 2];
    println!("neg = {:?}, wrapped = {}", neg, neg[0].wrapping_sub(i8::MAX));
    let k = 3;
    let e = [k; 4];
    let sum_e: u64 = e[0] + e[3];
    println!("sum_e = {sum_e}");
}
