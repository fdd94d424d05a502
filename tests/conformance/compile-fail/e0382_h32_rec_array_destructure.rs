#[derive(Debug, Clone)]
struct Rec {
    a: i64,
    b: i64,
}

fn merge(x: Rec, y: Rec) -> Rec {
    Rec { a: x.a + y.a, b: x.b.max(y.b) }
}

fn main() {
    let r = Rec { a: 1, b: 2 };
    let r = merge(r.clone(), r);
    let s = Rec { ..r };
    println!("{:?}", r);
    let t = Rec { a: 0, ..s };
    println!("{:?} {:?}", s, t);
    let arr = [r.clone(), s.clone()];
    let [first, second] = arr;
    println!("{:?} {:?}", first, arr[1]);
    let _ = second;
}
