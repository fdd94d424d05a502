// Binary operators on user types and mixed operands.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

#[derive(Debug)]
enum Kind {
    A,
    B,
}

fn main() {
    let a = Money { cents: 100 };
    let b = Money { cents: 250 };
    let sum = a + b;
    let same = a == b;
    let less = a < b;
    let k1 = Kind::A;
    let k2 = Kind::B;
    let eqk = k1 == k2;
    let s = "x" + "y";
    let mixed = 1u8 + 1u16;
    let t = (1, 2) == (1, 2);
    let arr = [1, 2] == [1, 2];
    println!("{:?} {} {} {} {} {} {} {}", sum, same, less, eqk, s, mixed, t, arr);
}
