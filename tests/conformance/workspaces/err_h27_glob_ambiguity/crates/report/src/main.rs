use imperial::prelude::*;
use metric::prelude::*;

mod table {
    use super::*;

    pub fn row(v: u32) -> u32 {
        inches(v) + metric::to_base(v)
    }
}

fn main() {
    let a = to_base(3);
    let l = Length(4);
    println!("{} {} {:?} {}", a, label(), l, table::row(2));
    println!("{}", metric::prelude::BASE);
    let m = imperial::Miles(2);
    println!("{:?}", m);
}
