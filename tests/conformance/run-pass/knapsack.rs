// 0/1 knapsack by dynamic programming, with the chosen items reconstructed.
const CAPACITY: usize = 15;

struct Item {
    name: &'static str,
    weight: usize,
    value: u32,
}

fn main() {
    let items = [
        Item { name: "tent", weight: 5, value: 40 },
        Item { name: "stove", weight: 3, value: 25 },
        Item { name: "camera", weight: 2, value: 30 },
        Item { name: "books", weight: 6, value: 12 },
        Item { name: "food", weight: 4, value: 45 },
        Item { name: "rope", weight: 1, value: 8 },
    ];
    let mut best = [[0u32; CAPACITY + 1]; 7];
    for i in 1..=items.len() {
        let item = &items[i - 1];
        for w in 0..=CAPACITY {
            best[i][w] = best[i - 1][w];
            if item.weight <= w {
                let with = best[i - 1][w - item.weight] + item.value;
                if with > best[i][w] {
                    best[i][w] = with;
                }
            }
        }
    }
    println!("best value {} for capacity {}", best[items.len()][CAPACITY], CAPACITY);
    let mut w = CAPACITY;
    let mut used = 0;
    for i in (1..=items.len()).rev() {
        if best[i][w] != best[i - 1][w] {
            let item = &items[i - 1];
            println!("  take {:<7} weight {} value {}", item.name, item.weight, item.value);
            w -= item.weight;
            used += item.weight;
        }
    }
    println!("weight used {}", used);
}
