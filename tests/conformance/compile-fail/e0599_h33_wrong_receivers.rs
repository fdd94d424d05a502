// Methods that exist on one primitive but not another.
fn main() {
    let u: u32 = 9;
    let i: i32 = -9;
    let f: f32 = 9.0;
    let b: u8 = b'k';
    let s = "word";
    let c = 'k';
    let a1 = u.abs();
    let a2 = u.signum();
    let r = i.sqrt();
    let fl = i.floor();
    let p = u.pow(-1);
    let e = f.pow(2);
    let al = b.is_alphabetic();
    let al2 = s.is_alphabetic();
    let cc = c.count_ones();
    let ok = b.is_ascii_alphabetic() && c.is_ascii_hexdigit();
    let t = true.count_ones();
    let m = f.min(1);
    let w = u.wrapping_sub(i);
    println!("{} {} {} {} {} {} {} {} {} {} {} {} {}", a1, a2, r, fl, p, e, al, al2, cc, ok, t, m, w);
}
