use std::collections::BTreeMap;

#[derive(Debug)]
struct Sale {
    region: &'static str,
    amount: u32,
}

fn totals(sales: &[Sale]) -> BTreeMap<&'static str, u32> {
    sales
        .iter()
        .filter(|s| s.amount > 0))
        .fold(BTreeMap::new(), |mut m, s| {
            *m.entry(s.region).or_insert(0) += s.amount;
            m
        })
}

fn main() {
    let sales = [
        Sale { region: "north", amount: 10 },
        Sale { region: "south", amount: 0 },
        Sale { region: "north", amount: 5 },
    ];
    for (region, total) in totals(&sales) {
        println!("{region}: {total}");
    }
}
