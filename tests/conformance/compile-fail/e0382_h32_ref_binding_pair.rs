#[derive(Debug)]
struct Label {
    code: u16,
}

#[derive(Debug)]
struct Pair {
    left: Label,
    right: Label,
}

fn main() {
    let p = Pair { left: Label { code: 1 }, right: Label { code: 2 } };
    let Pair { ref left, right } = p;
    println!("{:?} {:?}", left, right);
    println!("{:?}", p.left);
    println!("{:?}", p.right);

    let q = Pair { left: Label { code: 3 }, right: Label { code: 4 } };
    let r = &q;
    let Pair { left: l2, .. } = r;
    println!("{:?}", l2);
    let tup = (Label { code: 5 }, Label { code: 6 });
    let (a, _) = tup;
    println!("{:?} {:?}", a, tup.1);
    let (_, ref b) = tup;
    println!("{:?}", b);
    let whole = tup;
    println!("{:?}", whole);
}
