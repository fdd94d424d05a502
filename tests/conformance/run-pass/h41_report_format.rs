//! Formats a small sales report with width/precision arguments taken from locals.
#![allow(clippy::needless_range_loop)]

/// One row of the report.
#[derive(Debug, Clone, Copy)]
struct Row {
    /// Region name.
    region: &'static str,
    units: u32,
    price_cents: u64,
}

static ROWS: [Row; 4] = [
    Row { region: "north", units: 120, price_cents: 1_999 },
    Row { region: "south-east", units: 7, price_cents: 125_000 },
    Row { region: "west", units: 0, price_cents: 450 },
    Row { region: "central", units: 42, price_cents: 3_333 },
];

const RULE: &str = "----------------------------------------";

fn widest(rows: &[Row]) -> usize {
    let mut w = "region".len();
    for r in rows {
        if r.region.len() > w {
            w = r.region.len();
        }
    }
    w
}

fn total_cents(r: &Row) -> u64 {
    r.units as u64 * r.price_cents
}

fn main() {
    let width = widest(&ROWS);
    let prec = 2;
    println!("{:<width$} | {:>6} | {:>12}", "region", "units", "revenue");
    println!("{}", &RULE[..width + 24]);
    let mut grand = 0u64;
    for i in 0..ROWS.len() {
        let row = ROWS[i];
        let cents = total_cents(&row);
        grand += cents;
        let dollars = cents as f64 / 100.0;
        println!("{:<width$} | {:>6} | {:>12.prec$}", row.region, row.units, dollars);
    }
    println!("{}", &RULE[..width + 24]);
    let g = grand as f64 / 100.0;
    println!("{:<width$} | {:>6} | {g:>12.prec$}", "total", "");
    println!("{0:>1$}|{0:<1$}|{0:^1$}|", "ab", 6);
    println!("{:*^20}", " done ");
    println!("{:#010x} {:#o} {:+} {:e}", grand, grand % 512, -(grand as i64), grand);
    let pair = (ROWS[0].region, ROWS[1].units);
    println!("{pair:?} {:?}", ROWS[2]);
    println!("{:#?}", ROWS[3]);
    println!("{{literal braces}} {:5}|{:<5}|{:>3}", true, 'x', '\u{e9}');
    let raw = r#"a "raw" string \n stays"#;
    println!("{} ({} bytes)", raw, raw.len());
    let long = "first part \
                second part";
    println!("{long}");
}
