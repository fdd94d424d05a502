// A report table using width/precision arguments, named arguments and inline captures.
#[derive(Debug, Clone, Copy)]
struct Row {
    name: &'static str,
    qty: u32,
    price: f64,
}

const ROWS: [Row; 4] = [
    Row { name: "bolts", qty: 120, price: 0.05 },
    Row { name: "washers", qty: 3000, price: 0.012 },
    Row { name: "brackets", qty: 8, price: 2.5 },
    Row { name: "hinges", qty: 42, price: 1.125 },
];

fn widest(rows: &[Row]) -> usize {
    let mut w = 0;
    for r in rows {
        if r.name.len() > w {
            w = r.name.len();
        }
    }
    w
}

fn main() {
    let w = widest(&ROWS);
    let prec: usize = 3;
    println!("{:<w$} | {:>6} | {:>9}", "item", "qty", "total");
    println!("{:-<1$}", "", w + 21);
    let mut grand = 0.0;
    for r in ROWS {
        let total = r.qty as f64 * r.price;
        grand += total;
        println!("{:<1$} | {2:>6} | {3:>9.4$}", r.name, w, r.qty, total, prec);
    }
    println!("{:>width$.p$}", grand, width = w + 21, p = 2);
    println!("{:.*} {:+.1} {:e}", 1, grand, -grand, grand);
    let first = ROWS[0];
    println!("{first:?}");
    println!("{:#?}", ROWS[2]);
    println!("{0}-{0}-{1} {name}", first.qty, first.name, name = "end");
    println!("[{:^9}] [{:*>7}] [{:08.3}] [{:#06x}] [{:#b}]", "mid", 42, -3.14159, 255, 5u8);
    println!("{{literal braces}} {}%", 50);
}
