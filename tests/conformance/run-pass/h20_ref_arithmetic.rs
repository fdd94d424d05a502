// Arithmetic mixing references and values: `&a + b`, `*r * 2`, `a - &b`,
// compound assignment through `&mut`, comparisons through derefs.
fn sum_refs(values: &[i64]) -> i64 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn scale_all(values: &mut [i64; 4], k: i64) {
    for v in values.iter_mut() {
        *v = *v * k;
    }
}

fn bump(counter: &mut u32, by: &u32) {
    *counter += by;
    *counter = *counter * 2 - by;
}

fn main() {
    let a = 10;
    let b = 3;
    let ra = &a;
    let rb = &b;
    println!("{}", &a + b);
    println!("{}", a - &b);
    println!("{}", ra * rb);
    println!("{}", *ra * 2 + *rb);
    println!("{}", ra % 4 == 2);
    println!("{}", -ra);

    let f = 2.5;
    let rf = &f;
    println!("{}", rf * 4.0 + &f);

    let mut values = [1, -2, 3, 4];
    scale_all(&mut values, 3);
    println!("{:?} {}", values, sum_refs(&values));

    let mut counter = 5;
    let step = 4;
    bump(&mut counter, &step);
    println!("{}", counter);

    let rr = &&a;
    println!("{}", **rr + 1);

    let mut best = &values[0];
    for v in values.iter() {
        if v > best {
            best = v;
        }
    }
    println!("{}", best);

    let flags = [true, false, true];
    let mut ones = 0;
    for f in &flags {
        if *f {
            ones += 1;
        }
    }
    println!("{} {}", ones, !flags[1] & flags[0]);

    let x = 0b1010u8;
    let rx = &x;
    println!("{} {} {}", rx << 2, rx ^ 0xff, rx | &1);
}
