// Swapping sides of a trade pair held by reference: tuple fields behind `&`.
#[derive(Debug)]
struct Asset {
    code: u32,
    amount: u64,
}

fn buy_side(pair: &(Asset, Asset)) -> Asset {
    pair.0
}

fn sell_amount(pair: &(Asset, Asset)) -> u64 {
    pair.1.amount
}

fn swap_sides(pair: &mut (Asset, Asset, u8)) -> (Asset, Asset) {
    let (a, b, _) = *pair;
    (b, a)
}

fn fee(pair: &(Asset, Asset, u8)) -> u8 {
    let (_, _, f) = *pair;
    f
}

fn codes(pair: &(Asset, Asset)) -> (u32, u32) {
    let (ref a, ref b) = *pair;
    (a.code, b.code)
}

fn main() {
    let p = (Asset { code: 1, amount: 500 }, Asset { code: 2, amount: 7 });
    let mut q = (Asset { code: 3, amount: 1 }, Asset { code: 4, amount: 2 }, 9);
    println!("{} {:?} {}", sell_amount(&p), codes(&p), fee(&q));
    let a = buy_side(&p);
    let s = swap_sides(&mut q);
    println!("{:?} {:?}", a, s);
}
