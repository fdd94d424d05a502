// Formatted print: explicit positions must exist, and captured names must be in scope.
fn print_invoice(item: &str, qty: u32, unit_cents: u32) {
    let total = qty * unit_cents;
    println!("{0:<12} x{1:>3} @ {2:>6}", item, qty, unit_cents);
    // mistake 1: position 2 does not exist, there are two arguments
    println!("{0} costs {2} cents", item, total);
    println!("{:>24}", total);
}

fn main() {
    let items = [("pencil", 3u32, 45u32), ("notebook", 2, 250)];
    for (name, qty, price) in items {
        print_invoice(name, qty, price);
    }
    // mistake 2: `grand` is not a variable here
    println!("grand total: {grand}");
}
