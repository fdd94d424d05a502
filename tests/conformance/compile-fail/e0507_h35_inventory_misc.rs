// A warehouse inventory: several everyday ways of taking a value out of a borrow.
#[derive(Debug)]
struct Sku(u32, u16);

#[derive(Debug)]
struct Bin {
    label: Sku,
    spare: Sku,
    count: u32,
}

#[derive(Debug)]
struct Shelf {
    bins: [Bin; 2],
    code: Sku,
}

fn pick(shelf: &Shelf, left: bool) -> Sku {
    if left { shelf.bins[0].label } else { shelf.bins[1].label }
}

fn codes(b: &Bin) -> [Sku; 2] {
    [b.label, b.spare]
}

fn all_bins(shelf: &&Shelf) -> Sku {
    (**shelf).code
}

fn raw_number(s: &Sku) -> u32 {
    s.0
}

fn whole_bins(shelf: &Shelf) -> [Bin; 2] {
    shelf.bins
}

fn first_count(shelf: &mut Shelf) -> u32 {
    let b = &mut shelf.bins[0];
    b.count += 1;
    b.count
}

fn main() {
    let mut shelf = Shelf {
        bins: [
            Bin { label: Sku(1, 10), spare: Sku(2, 0), count: 4 },
            Bin { label: Sku(3, 11), spare: Sku(4, 0), count: 0 },
        ],
        code: Sku(99, 1),
    };
    println!("{} {}", first_count(&mut shelf), raw_number(&shelf.code));
    let r = &shelf;
    println!("{:?} {:?}", pick(r, true), codes(&r.bins[1]));
    println!("{:?} {:?}", all_bins(&r), whole_bins(r));
}
