// Operators with an unknown right operand keep the left operand's type (a literal's too); a lone binding initialised with an error is the error even when annotated.
fn ops() {
    let a = 4 * margn;
    let b: u32 = a;
    let c: u64 = 4 * cornr;
    let d: u32 = c;
    let e = 2.0 * PIE;
    let f: u8 = e;
    let g = 1 << nope();
    let h: bool = g;
    let i = 3 & nope2();
    let j: bool = i;
    let k = PIE2 * 2;
    let l: bool = k;
    let m = 5 - nope3();
    let n: u8 = m;
    let o: i64 = n as i64;
    println!("{}", b as u64 + d as u64 + o as u64);
}
fn bounds(v: &[i32]) -> (i32, Nmbr) { (v[0], v[1]) }
fn main() {
    let data = [3, 1, 2];
    let n: u32 = cnt(&data);
    let first = data[n];
    let m: usize = data.lenght();
    let flag: bool = m;
    let r = bounds(&data);
    let low: u8 = r.0;
    let (lo, hi) = bounds(&data);
    let lo_flag: bool = lo;
    let t = (cnt(&data), 4);
    let s: bool = t.1;
    let p: (i32, u8) = (1, nope());
    let q: bool = p.1;
    println!("{} {} {} {} {} {} {}", first, flag, low, hi, lo_flag, s, q);
}
