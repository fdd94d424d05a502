// Binding mistakes: assigning twice to an immutable binding, and a frozen shadow.
fn total_cost(prices: &[u32]) -> u32 {
    let sum = 0;
    for p in prices {
        // mistake 1: sum is not mut
        sum += p;
    }
    sum
}

fn main() {
    let prices = [120, 45, 300];
    let mut budget = 500u32;
    {
        let budget = budget;
        println!("frozen budget {}", budget);
        // mistake 2: the shadow is immutable even though the outer is mut
        budget = 400;
    }
    budget -= total_cost(&prices);
    println!("left: {}", budget);
}
