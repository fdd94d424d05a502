// Work-in-progress code: placeholders bound with `let` and then printed.
#[derive(Debug, Clone, Copy)]
struct Invoice {
    net: u32,
    vat_pct: u32,
}

fn gross(inv: &Invoice) -> u32 {
    inv.net + inv.net * inv.vat_pct / 100
}

fn summary(invoices: &[Invoice]) {
    let mut sum = 0;
    for inv in invoices {
        sum += gross(inv);
    }
    println!("total gross: {sum}");
    let rounding = todo!();
    println!("rounding adjustment: {}", rounding);
}

fn main() {
    let invs = [Invoice { net: 1000, vat_pct: 20 }, Invoice { net: 250, vat_pct: 7 }];
    if invs.len() > 5 {
        summary(&invs);
    }
    println!("{}", gross(&invs[0]));
}
