// coercions rustc performs silently: &mut to &, unsizing, deref, never
fn sum(xs: &[i32]) -> i32 {
    let mut t = 0;
    for &x in xs {
        t += x;
    }
    t
}

fn show(s: &str) -> usize {
    s.len()
}

fn read(x: &u32) -> u32 {
    *x
}

fn pick(flag: bool) -> u32 {
    let v = match flag {
        true => 10,
        false => panic!("no value"),
    };
    v
}

fn main() {
    let three = [1, 2, 3];
    let four = [4, 5, 6, 7];
    let mut counter: u32 = 5;
    let r = read(&mut counter);
    let total = sum(&three) + sum(&four);
    let words = ["a", "bb"];
    let w: &&str = &words[1];
    let n = show(w);
    let bytes: &[u8] = b"xyz";
    let pick_slice: &[i32] = if total > 10 { &three } else { &four };
    let both: [&[i32]; 2] = [&three, &four];
    let lit = 5;
    let small: u8 = lit;
    println!("{} {} {} {} {} {} {} {}", r, total, n, bytes.len(), pick_slice.len(), both[1].len(), small, pick(true));
}
