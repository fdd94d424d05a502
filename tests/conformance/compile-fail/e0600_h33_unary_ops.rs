// Unary operators on unsuitable types.
struct Temp(i32);

fn flip(b: bool) -> bool {
    -b
}

fn main() {
    let u: u32 = 5;
    let n = -u;
    let t = Temp(4);
    let nt = -t;
    let s = "hi";
    let ns = !s;
    let f = 2.5;
    let nf = !f;
    let ok = !7u8;
    let c = -'a';
    println!("{} {} {} {}", n, flip(true), ok, c);
    let _ = (nt, ns, nf);
}
