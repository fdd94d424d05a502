// Minimum coins and number of ways, with dynamic programming over fixed arrays.
const MAX_AMOUNT: usize = 100;
const NONE: u32 = u32::MAX;

struct CoinSet {
    name: &'static str,
    coins: [u32; 5],
    count: usize,
}

impl CoinSet {
    fn coins(&self) -> &[u32] {
        &self.coins[..self.count]
    }

    fn min_coins(&self, amount: usize) -> (u32, [u32; 5]) {
        let mut best = [NONE; MAX_AMOUNT + 1];
        let mut last = [0usize; MAX_AMOUNT + 1];
        best[0] = 0;
        for a in 1..=amount {
            for (k, &c) in self.coins().iter().enumerate() {
                let c = c as usize;
                if c <= a && best[a - c] != NONE && best[a - c] + 1 < best[a] {
                    best[a] = best[a - c] + 1;
                    last[a] = k;
                }
            }
        }
        let mut used = [0u32; 5];
        if best[amount] == NONE {
            return (NONE, used);
        }
        let mut a = amount;
        while a > 0 {
            let k = last[a];
            used[k] += 1;
            a -= self.coins[k] as usize;
        }
        (best[amount], used)
    }

    fn ways(&self, amount: usize) -> u64 {
        let mut ways = [0u64; MAX_AMOUNT + 1];
        ways[0] = 1;
        for &c in self.coins() {
            for a in c as usize..=amount {
                ways[a] += ways[a - c as usize];
            }
        }
        ways[amount]
    }
}

fn main() {
    let sets = [
        CoinSet { name: "euro", coins: [1, 2, 5, 10, 20], count: 5 },
        CoinSet { name: "odd", coins: [1, 3, 4, 0, 0], count: 3 },
        CoinSet { name: "gappy", coins: [5, 7, 0, 0, 0], count: 2 },
    ];
    let amounts = [6usize, 23, 99, 3];
    for set in &sets {
        println!("{} coins {:?}", set.name, set.coins());
        for &amount in &amounts {
            let (n, used) = set.min_coins(amount);
            match n {
                NONE => println!("  {:>3}: impossible", amount),
                1 => println!("  {:>3}: a single coin", amount),
                _ => {
                    print!("  {:>3}: {} coins =", amount, n);
                    for (k, &u) in used[..set.count].iter().enumerate() {
                        if u > 0 {
                            print!(" {}x{}", u, set.coins[k]);
                        }
                    }
                    println!(" ({} ways)", set.ways(amount));
                }
            }
        }
    }
}
