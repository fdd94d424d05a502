// Arithmetic with references and values.
fn sum_refs(xs: &[i32]) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn max_of(xs: &[i32]) -> i32 {
    let mut best = xs[0];
    for x in xs.iter() {
        if x > best {
            best = *x;
        }
    }
    best
}

fn main() {
    let data = [4, 9, 2, 7];
    let r = &data[1];
    let twice = r * 2;
    let plus = r + &3;
    let cmp = r == 9;
    let cmp2 = *r == 9;
    let total = sum_refs(&data);
    println!("{} {} {} {} {} {}", twice, plus, cmp, cmp2, total, max_of(&data));
}
