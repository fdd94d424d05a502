// `continue` aimed at a labelled block instead of a loop.
#[derive(Debug, Clone, Copy)]
enum Item {
    Ok(u32),
    Skip,
    Bad,
}

fn sum_valid(items: &[Item]) -> u32 {
    let mut total = 0;
    for &it in items {
        'check: {
            let Item::Ok(v) = it else {
                if let Item::Bad = it {
                    println!("bad item");
                }
                continue 'check;
            };
            total += v;
        }
    }
    total
}

fn main() {
    let items = [Item::Ok(4), Item::Skip, Item::Bad, Item::Ok(10)];
    println!("total {}", sum_valid(&items));
}
