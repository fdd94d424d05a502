// Values that are not references are dereferenced: a copied loop element and a field
// read out of a struct; then an integer is indexed.
#[derive(Clone, Copy)]
struct Stock {
    count: u32,
    price: u32,
}

fn value(stock: &[Stock]) -> u32 {
    let mut total = 0;
    for s in stock.iter() {
        let c = s.count;
        total += *c * s.price;
    }
    total
}

fn main() {
    let shelf = [Stock { count: 3, price: 10 }, Stock { count: 1, price: 99 }];
    let first = shelf[0];
    let price = *first.price;
    let code: u32 = 4021;
    let digit = code[0];
    println!("{} {} {}", value(&shelf), price, digit);
}
