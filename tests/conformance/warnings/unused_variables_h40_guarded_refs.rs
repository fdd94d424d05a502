// lints: unused_variables
#[derive(Debug)]
struct Order {
    id: u32,
    qty: u32,
    price: u32,
}

#[derive(Debug)]
enum Line {
    Sale(Order),
    Refund { id: u32, amount: u32 },
    Note([u8; 8]),
}

fn value(line: &Line) -> i64 {
    match line {
        Line::Sale(Order { id, qty, price }) if *qty > 100 => (*qty * *price) as i64 * 9 / 10,
        Line::Sale(Order { id, qty, price }) => (*qty * *price) as i64,
        Line::Refund { id, amount } if *amount > 0 => -(*amount as i64),
        Line::Refund { id, amount } => 0,
        Line::Note(text) => 0,
    }
}

fn main() {
    let book = [
        Line::Sale(Order { id: 1, qty: 3, price: 10 }),
        Line::Sale(Order { id: 2, qty: 200, price: 1 }),
        Line::Refund { id: 3, amount: 5 },
        Line::Note(*b"checked!"),
    ];
    let mut t = 0;
    for l in &book {
        t += value(l);
    }
    println!("{}", t);
}
